import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { templateJsonSchemaText } from '../../src/core/templates/template-json-schema.js';

describe('docs/template.schema.json', () => {
  it('is the zod template schema as JSON Schema (regenerate: npm run reelforge -- templates schema, then prettier)', () => {
    const committed = readFileSync(resolve(import.meta.dirname, '../../docs/template.schema.json'), 'utf8');
    // Compared as JSON: the committed file is prettier-formatted.
    expect(JSON.parse(committed)).toEqual(JSON.parse(templateJsonSchemaText()));
  });
});
