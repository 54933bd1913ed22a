// @vitest-environment happy-dom
import { act, cleanup, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it } from 'vitest';
import { FakeReelforgeApi } from '../../test-support/fake-api.js';
import { NARRATION } from '../../test-support/narration-fixtures.js';
import { renderWithApi } from '../../test-support/render-with-api.js';
import { NarrationPanel } from './NarrationPanel.js';

afterEach(cleanup);

async function open(api = new FakeReelforgeApi()) {
  const user = userEvent.setup();
  const rendered = renderWithApi(<NarrationPanel />, api);
  await screen.findByTestId('narration-default-voice');
  return { ...rendered, user };
}

describe('NarrationPanel', () => {
  it('saves the chosen default voice (and only what changed)', async () => {
    const { api, user } = await open();
    const select = screen.getByTestId('narration-default-voice') as HTMLSelectElement;
    expect(select.value).toBe('off');
    const save = screen.getByTestId('narration-save') as HTMLButtonElement;
    expect(save.disabled).toBe(true);
    await user.selectOptions(select, 'espeak-ng:en-gb');
    await user.click(save);
    await waitFor(() =>
      expect(api.callsTo('narration.update')).toEqual([{ defaultVoice: 'espeak-ng:en-gb' }]),
    );
    expect(await screen.findByText('Narration saved')).toBeTruthy();
    expect(select.value).toBe('espeak-ng:en-gb');
    expect(save.disabled).toBe(true);
  });

  it('follows config.json changed elsewhere (a settings event)', async () => {
    const { api } = await open();
    api.narration = { ...api.narration, defaultVoice: 'espeak-ng:de' };
    act(() => api.emit('settings', api.settings));
    await waitFor(() =>
      expect((screen.getByTestId('narration-default-voice') as HTMLSelectElement).value).toBe('espeak-ng:de'),
    );
  });

  it('shows why a provider cannot speak and refuses a rate out of range', async () => {
    const { api, user } = await open();
    expect(screen.getByTestId('voice-provider-piper').textContent).toMatch(/not configured/);
    expect(screen.getByTestId('voice-provider-elevenlabs').textContent).toMatch(/online/);
    expect(screen.getByTestId('voice-provider-espeak-ng').textContent).toMatch(
      /offline.*available \(1\.51\)/,
    );
    const rate = screen.getByTestId('narration-rate');
    await user.clear(rate);
    await user.type(rate, '9');
    expect(screen.getByTestId('error-narration.rate').textContent).toBe('must be a number from 0.25 to 4');
    expect((screen.getByTestId('narration-save') as HTMLButtonElement).disabled).toBe(true);
    expect(api.callsTo('narration.update')).toEqual([]);
  });

  it('in a browser page, shows piper paths read-only with where to set them, and offers no dialog', async () => {
    await open(
      new FakeReelforgeApi({ narration: { ...NARRATION, piper: { binaryPath: '/opt/piper/piper' } } }),
    );
    const binary = screen.getByTestId('narration-piper-binaryPath') as HTMLInputElement;
    expect(binary.readOnly).toBe(true);
    expect(binary.value).toBe('/opt/piper/piper');
    expect((screen.getByTestId('narration-piper-modelPath') as HTMLInputElement).readOnly).toBe(true);
    expect(screen.getByText(/Set providers\.piper\.binary_path in config\.json/)).toBeTruthy();
    expect(screen.queryByRole('button', { name: 'Choose…' })).toBeNull();
  });

  it('in the desktop app, asks main to open the file dialog and shows what it saved', async () => {
    const api = new FakeReelforgeApi({ narration: { ...NARRATION, canChooseFiles: true } });
    api.override('narration.chooseFile', ({ field }) => ({
      ...api.narration,
      piper: { [field]: '/home/me/voices/en_US-lessac-medium.onnx' },
    }));
    const { user } = await open(api);
    const [, chooseModel] = screen.getAllByRole('button', { name: 'Choose…' });
    await user.click(chooseModel!);
    expect(api.callsTo('narration.chooseFile')).toEqual([{ field: 'modelPath' }]);
    await waitFor(() =>
      expect((screen.getByTestId('narration-piper-modelPath') as HTMLInputElement).value).toBe(
        '/home/me/voices/en_US-lessac-medium.onnx',
      ),
    );
  });

  it('sends a cloud voice key once and never shows it again', async () => {
    const { api, user } = await open();
    const eleven = screen.getByTestId('voice-provider-elevenlabs');
    const input = within(eleven).getByLabelText('API key') as HTMLInputElement;
    expect(input.type).toBe('password');
    await user.type(input, 'sk-eleven-secret');
    await user.click(within(eleven).getByRole('button', { name: 'Save key' }));
    await waitFor(() =>
      expect(api.callsTo('settings.setApiKey')).toEqual([
        { providerId: 'elevenlabs', apiKey: 'sk-eleven-secret' },
      ]),
    );
    await within(screen.getByTestId('voice-provider-elevenlabs')).findByTestId('apikey-saved-elevenlabs');
    expect(document.body.innerHTML).not.toContain('sk-eleven-secret');
    expect(within(screen.getByTestId('voice-provider-espeak-ng')).queryByLabelText('API key')).toBeNull();
  });
});
