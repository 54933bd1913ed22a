import { createHash } from 'node:crypto';
import { createReadStream, existsSync } from 'node:fs';
import { mkdir, rename, rm, symlink } from 'node:fs/promises';
import { dirname, join, resolve } from 'node:path';
import type { FarmJobTicketBody } from '#shared/farm-contract.js';
import type { FarmWorkerClient } from './farm-worker-client.js';

async function sha256Of(path: string): Promise<string> {
  const hash = createHash('sha256');
  for await (const chunk of createReadStream(path)) hash.update(chunk as Buffer);
  return hash.digest('hex');
}

/**
 * A worker's cache of job inputs, by sha256: each file is downloaded once (under a temp name,
 * checked, then renamed), whatever number of jobs use it. `placeInputs` lays out a job's script
 * folder as the script sees it, with links into the cache, and returns that folder.
 */
export class FarmInputCache {
  constructor(
    private readonly dir: string,
    private readonly client: FarmWorkerClient,
  ) {}

  async fetch(jobId: string, sha256: string): Promise<string> {
    const path = join(this.dir, sha256);
    if (existsSync(path)) return path;
    await mkdir(this.dir, { recursive: true });
    const temp = join(this.dir, `.${sha256}.${process.pid}.${Date.now()}.part`);
    try {
      await this.client.downloadInput(jobId, sha256, temp);
      const actual = await sha256Of(temp);
      if (actual !== sha256) {
        throw new Error(`input ${sha256} of job ${jobId} arrived with sha256 ${actual}; not used`);
      }
      await rename(temp, path);
      return path;
    } finally {
      await rm(temp, { force: true });
    }
  }

  /**
   * Lays the inputs out and returns where the script's paths to files outside its folder now
   * lead (for `ScriptParseInput.mediaPaths`): keyed by the path the worker's parse resolves,
   * whether the script wrote it absolute or relative.
   */
  async placeInputs(ticket: FarmJobTicketBody, scriptDir: string): Promise<Record<string, string>> {
    await mkdir(scriptDir, { recursive: true });
    const moved: Record<string, string> = {};
    for (const input of ticket.inputs) {
      const cached = await this.fetch(ticket.jobId, input.sha256);
      const placed = join(scriptDir, ...input.relativePath.split('/'));
      await mkdir(dirname(placed), { recursive: true });
      await rm(placed, { force: true });
      await symlink(cached, placed);
      if (input.namedAs) {
        moved[resolve(input.namedAs.absolutePath)] = placed;
        moved[resolve(scriptDir, ...input.namedAs.fromScriptFolder.split('/'))] = placed;
      }
    }
    return moved;
  }
}
