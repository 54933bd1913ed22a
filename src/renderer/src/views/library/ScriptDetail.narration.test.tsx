// @vitest-environment happy-dom
import { cleanup, screen, waitFor } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { FakeReelforgeApi } from '../../test-support/fake-api.js';
import { makeEntry, SETTINGS, WATER } from '../../test-support/fixtures.js';
import { NARRATION } from '../../test-support/narration-fixtures.js';
import { renderWithApi } from '../../test-support/render-with-api.js';
import { ScriptDetail } from './ScriptDetail.js';

afterEach(cleanup);

/** The voice the preview was given, once the page knows it ('' before). */
const previewVoice = () => document.querySelector('.script-preview')?.getAttribute('data-narration-voice');
const note = () => screen.queryByTestId('preview-narration-differs')?.textContent ?? '';

describe('ScriptDetail: the preview of a narrated script', () => {
  it('previews captions for the default voice when the script names none, and none when it is off', async () => {
    const api = new FakeReelforgeApi({ narration: { ...NARRATION, defaultVoice: 'espeak-ng:en-us' } });
    renderWithApi(<ScriptDetail entry={makeEntry()} onBack={() => undefined} />, api);
    await waitFor(() => expect(note()).toMatch(/estimated from the text/));
    cleanup();
    const silent = new FakeReelforgeApi();
    renderWithApi(<ScriptDetail entry={makeEntry()} onBack={() => undefined} />, silent);
    await waitFor(() => expect(previewVoice()).toBe('off'));
    expect(note()).toBe('');
  });

  it("takes the channel's voice over the default, and the script's over both", async () => {
    const channelOff = { ...WATER, narration: { voice: 'off' } };
    const api = new FakeReelforgeApi({
      narration: { ...NARRATION, defaultVoice: 'espeak-ng:en-us' },
      settings: { ...SETTINGS, channels: [channelOff] },
    });
    renderWithApi(<ScriptDetail entry={makeEntry()} onBack={() => undefined} />, api);
    await waitFor(() => expect(previewVoice()).toBe('off'));
    expect(note()).toBe('');
    cleanup();
    const spoken = makeEntry();
    renderWithApi(
      <ScriptDetail
        entry={{ ...spoken, script: { ...spoken.script!, voice: 'espeak-ng:en-gb' } }}
        onBack={() => undefined}
      />,
      api,
    );
    await waitFor(() => expect(note()).toMatch(/estimated from the text/));
  });

  it("shows the timeline main spoke with the render's voice: its scene lengths and its word times", async () => {
    const api = new FakeReelforgeApi({ narration: { ...NARRATION, defaultVoice: 'espeak-ng:en-us' } });
    const entry = makeEntry();
    const timeline = entry.timeline!;
    const longer = timeline.scenes.map((scene, i) => ({
      ...scene,
      startSeconds: scene.startSeconds + i * 1.5,
      durationSeconds: scene.durationSeconds + 1.5,
    }));
    const spoken = {
      ...timeline,
      scenes: longer,
      durationSeconds: timeline.durationSeconds + 1.5 * longer.length,
      narration: { voice: 'espeak-ng:en-us', words: [], burnInCaptions: true },
    };
    const asked: string[] = [];
    api.override('library.narration', ({ id }) => {
      asked.push(id);
      return { timeline: spoken };
    });
    renderWithApi(<ScriptDetail entry={entry} onBack={() => undefined} />, api);
    await waitFor(() => expect(note()).toMatch(/timed to the speech the render will use/));
    expect(asked).toEqual([entry.id]);
    const lengths = screen.getAllByTestId('scene-row').map((row) => row.children[4]!.textContent);
    expect(lengths).toEqual(longer.map((scene) => `${scene.durationSeconds.toFixed(2)} s`));
  });
});
