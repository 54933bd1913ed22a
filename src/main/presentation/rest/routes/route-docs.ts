import { restErrorSchema } from '#shared/rest-contract.js';
import type { RestResponseDoc } from '../rest-route.js';

/** An error answer in the OpenAPI document. */
export const errorDoc = (description: string): RestResponseDoc => ({ description, schema: restErrorSchema });
