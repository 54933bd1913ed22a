import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

// The composition also runs in the desktop preview's <Player> (a browser page built by Vite),
// so nothing it imports may need Node (the bundle is built by scripts/build-remotion-bundle.ts).
const NODE_ONLY = /from ['"](node:|fs['"]|path['"]|os['"]|child_process|@remotion\/(renderer|bundler))/;
const root = import.meta.dirname;

describe('the Remotion project', () => {
  it('imports no Node APIs outside tests', () => {
    const files = readdirSync(root, { recursive: true, encoding: 'utf8' }).filter(
      (f) => /\.tsx?$/.test(f) && !f.endsWith('.test.ts'),
    );
    expect(files.length).toBeGreaterThan(5);
    const offenders = files.filter((f) => NODE_ONLY.test(readFileSync(join(root, f), 'utf8')));
    expect(offenders).toEqual([]);
  });
});
