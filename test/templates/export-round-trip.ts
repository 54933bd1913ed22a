import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { expect } from 'vitest';
import { runCli } from '../support/run-cli.js';
import type { TemplateService } from './template-service.js';

/**
 * `templates export <id> <out>` through the CLI, then `templates import <out> --id <againId>`:
 * the export must say which file it carried (`<id>.files/<fileName>`) and put it beside `out`,
 * and the import of the export must succeed. Both runs use the temp data folder.
 */
export async function exportAndImportAgain(
  templates: TemplateService,
  id: string,
  fileName: string,
  againId: string,
): Promise<void> {
  const env = { REELFORGE_DATA_DIR: templates.folder };
  const out = join(templates.folder, 'exported', `${id}.json`);
  const exported = await runCli(['templates', 'export', id, out], env);
  expect([exported.code, exported.stderr]).toEqual([
    0,
    `exported template "${id}" to ${out} (with ${id}.files/${fileName})\n`,
  ]);
  expect(existsSync(join(dirname(out), `${id}.files`, fileName))).toBe(true);
  const again = await runCli(['templates', 'import', out, '--id', againId], env);
  expect([again.code, again.stderr]).toEqual([0, '']);
}
