import { randomUUID } from 'node:crypto';
import { mkdir, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { durationOf, encodeWav, type PcmAudio } from './wav.js';

/**
 * A voice's synthesized speech kept as a WAV file named after the voice (`<prefix>-<uuid>.wav`) in
 * `outputDir` (the system temp folder when none is set): the renderers and the voice cache read
 * files. Answers the file and its length.
 */
export async function saveVoiceWav(
  audio: PcmAudio,
  prefix: string,
  outputDir: string | undefined,
): Promise<{ audioPath: string; durationSeconds: number }> {
  const folder = outputDir ?? tmpdir();
  await mkdir(folder, { recursive: true });
  const audioPath = join(folder, `${prefix}-${randomUUID()}.wav`);
  await writeFile(audioPath, encodeWav(audio));
  return { audioPath, durationSeconds: durationOf(audio) };
}
