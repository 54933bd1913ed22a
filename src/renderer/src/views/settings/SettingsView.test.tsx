// @vitest-environment happy-dom
import { act, cleanup, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it } from 'vitest';
import { FakeReelforgeApi } from '../../test-support/fake-api.js';
import { APP_INFO, SETTINGS } from '../../test-support/fixtures.js';
import { renderWithApi } from '../../test-support/render-with-api.js';
import { SettingsView } from './SettingsView.js';

afterEach(cleanup);

/** A fake API whose settings say which environment variables decide which fields. */
function withEnvironment(
  setByEnvironment: Readonly<Record<string, string>>,
  options?: ConstructorParameters<typeof FakeReelforgeApi>[0],
) {
  const api = new FakeReelforgeApi(options);
  api.override('settings.get', () => ({ ...SETTINGS, setByEnvironment }));
  return api;
}

async function open(api = new FakeReelforgeApi()) {
  const user = userEvent.setup();
  const rendered = renderWithApi(<SettingsView />, api);
  await screen.findByTestId('settings-default-provider');
  return { ...rendered, user };
}

describe('SettingsView', () => {
  it('saves only the changed fields as a patch and applies the result', async () => {
    const { api, user } = await open();
    const save = screen.getByTestId('settings-save') as HTMLButtonElement;
    expect(save.disabled).toBe(true);

    await user.selectOptions(screen.getByTestId('settings-default-quality'), 'draft');
    const concurrency = screen.getByTestId('settings-concurrency');
    await user.clear(concurrency);
    await user.type(concurrency, '4');
    const ffmpeg = screen.getByTestId('provider-settings-ffmpeg');
    const timeout = within(ffmpeg).getByLabelText('Timeout (seconds)');
    await user.clear(timeout);
    await user.type(timeout, '120');
    await user.click(
      within(screen.getByTestId('provider-settings-mock')).getByRole('checkbox', { name: 'Enable Mock' }),
    );
    await user.click(save);

    await waitFor(() => expect(api.callsTo('settings.update')).toHaveLength(1));
    expect(api.callsTo('settings.update')[0]).toEqual({
      patch: {
        global: { defaultQuality: 'draft', maxConcurrentGenerations: 4 },
        providers: { mock: { enabled: false }, ffmpeg: { timeoutSeconds: 120 } },
      },
    });
    expect(await screen.findByText('Settings saved')).toBeTruthy();
    expect(screen.getByText('All changes saved')).toBeTruthy();
  });

  it('shows validation errors next to the field and sends nothing', async () => {
    const { api, user } = await open();
    const concurrency = screen.getByTestId('settings-concurrency');
    await user.clear(concurrency);
    await user.type(concurrency, '100');
    const weight = screen.getByLabelText('Speed');
    await user.clear(weight);
    await user.click(screen.getByTestId('settings-save'));

    expect(screen.getByTestId('error-global.maxConcurrentGenerations').textContent).toBe(
      'must be 64 or less',
    );
    expect(screen.getByTestId('error-selectionWeights.speed').textContent).toBe('must be a number');
    expect(concurrency.getAttribute('aria-invalid')).toBe('true');
    expect(api.callsTo('settings.update')).toHaveLength(0);
    // The first field with a message takes the focus, so it is on screen.
    expect(document.activeElement).toBe(concurrency);
  });

  it('puts a backend error on the field it names', async () => {
    const api = new FakeReelforgeApi();
    api.override('settings.update', () => {
      throw new Error('config global.output_dir: folder /nope is not writable');
    });
    const { user } = await open(api);
    const dir = screen.getByTestId('settings-output-dir');
    await user.clear(dir);
    await user.type(dir, '/nope');
    await user.click(screen.getByTestId('settings-save'));
    expect((await screen.findByTestId('error-global.outputDir')).textContent).toBe(
      'folder /nope is not writable',
    );
  });

  it('puts the backend’s output folder refusal at the field, in words', async () => {
    const api = new FakeReelforgeApi();
    api.override('settings.update', () => {
      throw new Error(
        'global.outputDir: the folder "/proc/x" cannot be created: this location does not accept new folders',
      );
    });
    const { user } = await open(api);
    const dir = screen.getByTestId('settings-output-dir');
    await user.clear(dir);
    await user.type(dir, '/proc/x');
    await user.click(screen.getByTestId('settings-save'));
    expect((await screen.findByTestId('error-global.outputDir')).textContent).toBe(
      'the folder "/proc/x" cannot be created: this location does not accept new folders',
    );
    expect(screen.queryByTestId('settings-error')).toBeNull();
    await waitFor(() => expect(document.activeElement).toBe(dir));
  });

  it('shows which environment variable decides the output folder, and keeps the field read-only', async () => {
    await open(withEnvironment({ 'global.outputDir': 'VIDEO_STORAGE_PATH' }));
    const dir = screen.getByTestId('settings-output-dir') as HTMLInputElement;
    expect(dir.readOnly).toBe(true);
    const hint = screen.getByTestId('settings-env-override');
    expect(hint.textContent).toMatch(/VIDEO_STORAGE_PATH, which wins over this setting/);
    expect(dir.getAttribute('aria-describedby')).toContain('global.outputDir-hint');
    expect(screen.getAllByTestId('settings-env-override')).toHaveLength(1);
  });

  it('keeps every field an environment variable sets read-only: concurrency and default provider too', async () => {
    await open(
      withEnvironment({
        'global.maxConcurrentGenerations': 'VIDEO_MAX_CONCURRENT',
        'global.defaultProvider': 'VIDEO_DEFAULT_PROVIDER',
      }),
    );
    expect((screen.getByTestId('settings-concurrency') as HTMLInputElement).readOnly).toBe(true);
    expect((screen.getByTestId('settings-default-provider') as HTMLSelectElement).disabled).toBe(true);
    expect((screen.getByTestId('settings-output-dir') as HTMLInputElement).readOnly).toBe(false);
    expect(screen.getAllByTestId('settings-env-override')).toHaveLength(2);
  });

  it('keeps a provider API URL its environment variable decides read-only, naming it', async () => {
    await open(withEnvironment({ 'providers.remotion.apiUrl': 'VIDEO_PROVIDER_REMOTION_API_URL' }));
    const card = screen.getByTestId('provider-settings-remotion');
    expect((within(card).getByLabelText('API URL') as HTMLInputElement).readOnly).toBe(true);
    expect(within(card).getByTestId('settings-env-override').textContent).toMatch(
      /VIDEO_PROVIDER_REMOTION_API_URL, which wins over this setting/,
    );
    expect(screen.getAllByTestId('settings-env-override')).toHaveLength(1);
  });

  it('shows selection weights only for the automatic provider', async () => {
    const { api, user } = await open();
    expect(screen.getByTestId('settings-weights')).toBeTruthy();
    await user.selectOptions(screen.getByTestId('settings-default-provider'), 'ffmpeg');
    expect(screen.queryByTestId('settings-weights')).toBeNull();
    await user.click(screen.getByTestId('settings-save'));
    await waitFor(() =>
      expect(api.callsTo('settings.update')).toEqual([{ patch: { global: { defaultProvider: 'ffmpeg' } } }]),
    );
  });

  it('tests a provider and reports the result', async () => {
    const { api, user } = await open();
    await user.click(screen.getByTestId('provider-test-remotion'));
    expect((await screen.findByTestId('provider-check-remotion')).textContent).toBe(
      '✗ chromium not found at /usr/bin/chromium',
    );
    await user.click(screen.getByTestId('provider-test-ffmpeg'));
    expect((await screen.findByTestId('provider-check-ffmpeg')).textContent).toBe('✓ FFmpeg is ready');
    expect(api.callsTo('providers.check')).toEqual([{ id: 'remotion' }, { id: 'ffmpeg' }]);
  });

  it('stores API keys write-only and says when one is saved', async () => {
    const { api, user } = await open();
    // Remotion has an API URL and a stored key; mock and ffmpeg take none.
    expect(screen.getByTestId('apikey-saved-remotion').textContent).toBe('key saved');
    expect(within(screen.getByTestId('provider-settings-ffmpeg')).queryByLabelText('API key')).toBeNull();
    const input = within(screen.getByTestId('provider-settings-remotion')).getByLabelText(
      'API key',
    ) as HTMLInputElement;
    expect(input.type).toBe('password');
    expect(input.value).toBe('');
    await user.type(input, 'sk-secret');
    await user.click(
      within(screen.getByTestId('provider-settings-remotion')).getByRole('button', { name: 'Save key' }),
    );
    await waitFor(() =>
      expect(api.callsTo('settings.setApiKey')).toEqual([{ providerId: 'remotion', apiKey: 'sk-secret' }]),
    );
    await waitFor(() => expect(input.value).toBe(''));
  });

  it('offers Choose… only on the desktop and adopts settings pushed by events', async () => {
    const { api, unmount } = await open();
    expect(screen.queryByRole('button', { name: 'Choose…' })).toBeNull();
    act(() => api.emit('settings', { ...SETTINGS, global: { ...SETTINGS.global, outputDir: '/elsewhere' } }));
    expect((screen.getByTestId('settings-output-dir') as HTMLInputElement).value).toBe('/elsewhere');
    unmount();

    const desktop = new FakeReelforgeApi({ appInfo: { ...APP_INFO, canRevealFiles: true } });
    desktop.override('settings.chooseOutputDir', () => ({
      ...SETTINGS,
      global: { ...SETTINGS.global, outputDir: '/picked' },
    }));
    const { user } = await open(desktop);
    await user.click(screen.getByRole('button', { name: 'Choose…' }));
    await waitFor(() =>
      expect((screen.getByTestId('settings-output-dir') as HTMLInputElement).value).toBe('/picked'),
    );
  });

  it('turns Choose… off while VIDEO_STORAGE_PATH decides the output folder', async () => {
    await open(
      withEnvironment(
        { 'global.outputDir': 'VIDEO_STORAGE_PATH' },
        { appInfo: { ...APP_INFO, canRevealFiles: true } },
      ),
    );
    expect((screen.getByTestId('settings-choose-output-dir') as HTMLButtonElement).disabled).toBe(true);
  });
});
