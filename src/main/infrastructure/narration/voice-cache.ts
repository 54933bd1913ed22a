import { createHash, randomUUID } from 'node:crypto';
import { copyFile, mkdir, readFile, rename, rm, stat, writeFile } from 'node:fs/promises';
import { extname, join } from 'node:path';
import { z } from 'zod';
import type {
  SynthesizeOptions,
  VoiceProvider,
  VoiceSynthesis,
} from '../../application/narration/voice-provider.js';

const entrySchema = z.object({
  audioFile: z.string().regex(/^[0-9a-f]{64}\.[a-z0-9]{1,5}$/),
  durationSeconds: z.number().positive(),
  words: z.array(
    z.object({ text: z.string(), startSeconds: z.number().min(0), endSeconds: z.number().min(0) }),
  ),
});

/** The cache key: the same provider, voice, rate and text always sound the same. */
export function voiceCacheKey(providerId: string, voice: string, rate: number, text: string): string {
  return createHash('sha256')
    .update(JSON.stringify([providerId, voice, rate, text]))
    .digest('hex');
}

/**
 * A voice provider with its results kept in a folder (`<data folder>/cache/voices`), keyed by
 * (provider, voice, rate, text): re-rendering after editing one scene synthesizes only that scene.
 * An entry is its audio file plus a small JSON file written last (temp name, then rename), so a
 * half-written entry is never read; an unreadable entry is synthesized again.
 */
export class CachingVoiceProvider implements VoiceProvider {
  constructor(
    private readonly inner: VoiceProvider,
    private readonly dir: string,
  ) {}

  get id() {
    return this.inner.id;
  }
  get name() {
    return this.inner.name;
  }
  get capabilities() {
    return this.inner.capabilities;
  }
  get defaultVoice() {
    return this.inner.defaultVoice;
  }
  get settingsFields() {
    return this.inner.settingsFields;
  }
  isAvailable() {
    return this.inner.isAvailable();
  }
  async listVoices(): Promise<readonly string[]> {
    return (await this.inner.listVoices?.()) ?? [];
  }

  async synthesize(text: string, voice: string, options: SynthesizeOptions): Promise<VoiceSynthesis> {
    const key = voiceCacheKey(this.inner.id, voice, options.rate, text);
    const entryPath = join(this.dir, `${key}.json`);
    const cached = await this.#read(entryPath);
    if (cached) return cached;

    const made = await this.inner.synthesize(text, voice, options);
    await mkdir(this.dir, { recursive: true });
    const audioFile = `${key}${extname(made.audioPath).toLowerCase() || '.wav'}`;
    await moveFile(made.audioPath, join(this.dir, audioFile));
    const entry = { audioFile, durationSeconds: made.durationSeconds, words: made.words };
    const temp = join(this.dir, `.${key}.${randomUUID()}.tmp`);
    await writeFile(temp, JSON.stringify(entry));
    await rename(temp, entryPath);
    return { audioPath: join(this.dir, audioFile), durationSeconds: made.durationSeconds, words: made.words };
  }

  async #read(entryPath: string): Promise<VoiceSynthesis | undefined> {
    try {
      const entry = entrySchema.parse(JSON.parse(await readFile(entryPath, 'utf8')));
      const audioPath = join(this.dir, entry.audioFile);
      await stat(audioPath);
      return { audioPath, durationSeconds: entry.durationSeconds, words: entry.words };
    } catch {
      return undefined;
    }
  }
}

/** Rename, or copy and delete when the two folders are on different file systems. */
async function moveFile(from: string, to: string): Promise<void> {
  try {
    await rename(from, to);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'EXDEV') throw error;
    await copyFile(from, to);
    await rm(from, { force: true });
  }
}
