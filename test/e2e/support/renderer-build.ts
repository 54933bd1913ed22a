// The built UI the loopback server serves. Built here when missing so `npx vitest run test/e2e`
// works alone, then copied to a private folder: other work in the repo may rebuild out/renderer
// (emptying it for a moment) while the browser is still loading assets.
import { execFileSync } from 'node:child_process';
import { cpSync, existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';

export const REPO_ROOT = resolve(import.meta.dirname, '../../..');
const OUT_DIR = join(REPO_ROOT, 'out');
const BUILT_RENDERER = join(OUT_DIR, 'renderer');

/** Asset paths (`./assets/…`) that index.html loads. */
function referencedAssets(indexHtml: string): string[] {
  return [...indexHtml.matchAll(/(?:src|href)="\.\/(assets\/[^"]+)"/g)].map((match) => match[1]!);
}

/** True when index.html and every script and stylesheet it names are on disk. */
export function isRendererBuilt(rendererDir = BUILT_RENDERER): boolean {
  const index = join(rendererDir, 'index.html');
  if (!existsSync(index)) return false;
  const assets = referencedAssets(readFileSync(index, 'utf8'));
  return assets.length > 0 && assets.every((asset) => existsSync(join(rendererDir, asset)));
}

/** Runs `electron-vite build` once when <outDir>/renderer is missing or incomplete. */
export function ensureRendererBuilt(outDir = OUT_DIR): void {
  const rendererDir = join(outDir, 'renderer');
  if (isRendererBuilt(rendererDir)) return;
  const args = ['electron-vite', 'build', ...(outDir === OUT_DIR ? [] : ['--outDir', outDir])];
  const command = `npx ${args.join(' ')}`;
  console.log(`[e2e] ${rendererDir} is missing or incomplete: running \`${command}\` once…`);
  const started = Date.now();
  execFileSync('npx', args, { cwd: REPO_ROOT, stdio: 'inherit' });
  console.log(`[e2e] UI built in ${((Date.now() - started) / 1000).toFixed(1)} s`);
  if (!isRendererBuilt(rendererDir)) throw new Error(`${rendererDir}: still incomplete after \`${command}\``);
}

/** Copies the built UI into `targetDir` and returns it, checked complete. */
export function snapshotRenderer(targetDir: string): string {
  cpSync(BUILT_RENDERER, targetDir, { recursive: true });
  if (!isRendererBuilt(targetDir))
    throw new Error(`${targetDir}: copy of ${BUILT_RENDERER} is incomplete (was it being rebuilt?)`);
  return targetDir;
}
