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
});
