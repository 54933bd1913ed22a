import { execFile } from 'node:child_process';

const versions = new Map<string, Promise<string | undefined>>();

/**
 * "Chromium 156.0.8078.108" for a browser binary, asked once per path while the answer is known.
 * Undefined when the binary does not say (Windows Chrome ignores --version); that never makes the
 * browser unusable. A lookup that failed to run (e.g. timed out under load) is not kept, so the
 * next call asks again; a binary that ran but named no version is not asked again.
 */
export function browserVersion(executable: string): Promise<string | undefined> {
  const cached = versions.get(executable);
  if (cached) return cached;
  const pending = new Promise<string | undefined>((resolve) => {
    execFile(executable, ['--version'], { timeout: 5_000 }, (error, stdout) => {
      if (error && versions.get(executable) === pending) versions.delete(executable);
      const match = /(Google Chrome|Chromium|Chrome)[^\d]*([\d.]+)/.exec(String(stdout));
      resolve(error || !match ? undefined : `${match[1]} ${match[2]}`);
    });
  });
  versions.set(executable, pending);
  return pending;
}
