import { randomUUID } from 'node:crypto';
import { rename, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { CaptionCue } from '#core/narration/caption-cues.js';
import { formatSrt, formatVtt } from '#core/narration/subtitle-files.js';
import type { CaptionFileWriter } from '../../application/narration/narration-step.js';

/** `<base>.vtt` and `<base>.srt` beside `<base>.mp4`, each written under a temp name, then renamed. */
export class FsCaptionFileWriter implements CaptionFileWriter {
  async write(outputDir: string, baseName: string, cues: readonly CaptionCue[]): Promise<string[]> {
    const files = [
      { path: join(outputDir, `${baseName}.vtt`), text: formatVtt(cues) },
      { path: join(outputDir, `${baseName}.srt`), text: formatSrt(cues) },
    ];
    const written: string[] = [];
    try {
      for (const file of files) {
        const temp = join(outputDir, `.${baseName}.${randomUUID()}.partial`);
        try {
          await writeFile(temp, file.text);
          await rename(temp, file.path);
        } finally {
          await rm(temp, { force: true });
        }
        written.push(file.path);
      }
      return written;
    } catch (error) {
      await Promise.all(written.map((path) => rm(path, { force: true })));
      throw error;
    }
  }
}
