import { z } from 'zod';
import { templateSchema } from './template-schema.js';

/**
 * The template format as JSON Schema, committed as docs/template.schema.json (editors validate and
 * complete template files with it). Regenerate with `npm run reelforge -- templates schema > docs/template.schema.json`.
 */
export function templateJsonSchema(): Record<string, unknown> {
  return {
    ...z.toJSONSchema(templateSchema, { io: 'input' }),
    $id: 'https://reelforge.local/template.schema.json',
    title: 'Reelforge template',
  };
}

export function templateJsonSchemaText(): string {
  return `${JSON.stringify(templateJsonSchema(), null, 2)}\n`;
}
