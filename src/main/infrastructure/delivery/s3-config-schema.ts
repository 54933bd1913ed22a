import { z } from 'zod';

const text = (what: string) =>
  z
    .string({ error: `expected ${what}` })
    .trim()
    .min(1, { error: `expected ${what}` });

/**
 * `delivery.s3` in config.json: where completed renders are uploaded. The keys may also come from
 * REELFORGE_S3_ACCESS_KEY_ID / REELFORGE_S3_SECRET_ACCESS_KEY (which win), and are never shown.
 */
export const s3DeliveryConfigSchema = z.strictObject({
  endpoint: z.url({ protocol: /^https?$/, error: 'expected an http:// or https:// address' }).optional(),
  region: text('a region name, e.g. "us-east-1"'),
  bucket: text('a bucket name'),
  prefix: z.string({ error: 'expected a key prefix as text' }).optional(),
  access_key_id: text('the access key id as text').optional(),
  secret_access_key: text('the secret access key as text').optional(),
  force_path_style: z.boolean({ error: 'expected true or false' }).optional(),
  public_base_url: z
    .url({ protocol: /^https?$/, error: 'expected an http:// or https:// address' })
    .optional(),
  cache_control: text('a Cache-Control header value').optional(),
});

export const deliveryConfigSchema = z.strictObject({ s3: s3DeliveryConfigSchema.optional() });

export type S3DeliveryConfig = z.output<typeof s3DeliveryConfigSchema>;
