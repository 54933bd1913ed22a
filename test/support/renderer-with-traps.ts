import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/**
 * A built renderer folder for the servers that serve the page (app:// and loopback): index.html
 * (`indexHtml`), assets/app.js, and the traps a server must not serve — a `.env` file inside it,
 * and a secret right beside it (where a traversal would land) that `link.json` points to.
 */
export function makeRendererWithTraps(
  prefix: string,
  indexHtml: string,
): { rendererDir: string; cleanup: () => void } {
  const baseDir = mkdtempSync(join(tmpdir(), prefix));
  const rendererDir = join(baseDir, 'renderer');
  mkdirSync(join(rendererDir, 'assets'), { recursive: true });
  writeFileSync(join(baseDir, 'secret.json'), '{"secret":"leaked"}');
  symlinkSync(join(baseDir, 'secret.json'), join(rendererDir, 'link.json'));
  writeFileSync(join(rendererDir, 'index.html'), indexHtml);
  writeFileSync(join(rendererDir, 'assets', 'app.js'), 'console.log("ui");');
  writeFileSync(join(rendererDir, '.env'), 'SECRET=1');
  return { rendererDir, cleanup: () => rmSync(baseDir, { recursive: true, force: true }) };
}
