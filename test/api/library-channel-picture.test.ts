// The library's timelines tell the preview that a channel has the FFmpeg provider's picture (and
// which version of the file): a small marker, asked for once per channel per listing — not the
// picture itself, and not a look at the file per entry.
import { afterEach, describe, expect, it } from 'vitest';
import { ScriptLibrary } from '../../src/main/application/script-library.js';
import { createReelforgeCore } from '../../src/main/composition-root.js';
import { SqliteLibraryRepository } from '../../src/main/infrastructure/storage/index.js';
import { jsonScript } from '../support/json-script.js';
import { makeTempDir } from '../support/temp-dir.js';

const script = (channel: string, topic: string) =>
  JSON.stringify(jsonScript({ channel, topic }, ['Breathe in.', 'One calm point.', 'Follow.']));

const temps: ReturnType<typeof makeTempDir>[] = [];
const cores: ReturnType<typeof createReelforgeCore>[] = [];
afterEach(async () => {
  for (const core of cores.splice(0)) await core.service.close();
  for (const temp of temps.splice(0)) temp.cleanup();
});

function libraryAsking(picture: (channel: string) => { version: string } | undefined): ScriptLibrary {
  const temp = makeTempDir();
  temps.push(temp);
  const core = createReelforgeCore({ dataDir: temp.path, env: {} });
  cores.push(core);
  return new ScriptLibrary({
    repository: new SqliteLibraryRepository(core.database),
    reader: core.scripts,
    channels: core.channels,
    listFolder: async () => undefined,
    ffmpegChannelPicture: picture,
  });
}

describe('the FFmpeg channel picture on library timelines', () => {
  it("marks each entry of a channel with a picture with the file's version, asking once per channel per list", async () => {
    const asked: string[] = [];
    const library = libraryAsking((channel) => {
      asked.push(channel);
      return channel === 'water' ? { version: '2400000-1700000000000' } : undefined;
    });
    await library.addFiles([
      ...['a', 'b', 'c', 'd', 'e'].map((topic) => ({
        name: `${topic}.json`,
        content: script('water', topic),
      })),
      ...['f', 'g'].map((topic) => ({ name: `${topic}.json`, content: script('air', topic) })),
    ]);
    asked.length = 0;

    const entries = library.list();
    expect(asked.sort()).toEqual(['air', 'water']);
    const pictures = entries.map((entry) => [entry.channel, entry.timeline?.style.ffmpegChannelPicture]);
    expect(pictures).toEqual([
      ...Array.from({ length: 5 }, () => ['water', { version: '2400000-1700000000000' }]),
      ['air', undefined],
      ['air', undefined],
    ]);
    // A marker only: no picture bytes, no path.
    expect(JSON.stringify(entries)).not.toMatch(/data:|base64/);

    // The next listing asks again (the file may have changed since).
    asked.length = 0;
    library.list();
    expect(asked.sort()).toEqual(['air', 'water']);
  });
});
