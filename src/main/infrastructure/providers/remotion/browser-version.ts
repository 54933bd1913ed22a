import { execFile } from 'node:child_process';

const versions = new Map<string, Promise<string | undefined>>();

/**
 * "Chromium 156.0.8078.108" for a browser binary, asked once per path. Undefined when the binary
 * does not say (Windows Chrome ignores --version); that never makes the browser unusable.
 */
export function browserVersion(executable: string): Promise<string | undefined> {
  let pending = versions.get(executable);
  if (!pending) {
    pending = new Promise((resolve) => {
      execFile(executable, ['--version'], { timeout: 5_000 }, (error, stdout) => {
        const match = /(Google Chrome|Chromium|Chrome)[^\d]*([\d.]+)/.exec(String(stdout));
        resolve(error || !match ? undefined : `${match[1]} ${match[2]}`);
      });
    });
    versions.set(executable, pending);
  }
  return pending;
}
