// @vitest-environment happy-dom
import { cleanup, fireEvent, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { FakeReelforgeApi } from '../../test-support/fake-api.js';
import { BUILTIN_TEMPLATES } from '#core/templates/builtin-templates.js';
import { makeEntry, makeInvalidEntry, makeTimeline, SETTINGS } from '../../test-support/fixtures.js';
import { renderWithApi } from '../../test-support/render-with-api.js';
import { LibraryView } from '../library/LibraryView.js';
import { ScriptEditor } from './ScriptEditor.js';

afterEach(() => {
  cleanup();
  vi.restoreAllMocks();
});

const SCRIPT = JSON.stringify(
  { channel: 'air', topic: 'T', hook: 'H', main_points: ['one', 'two'], call_to_action: 'C' },
  null,
  2,
);

/** Answers check like the import: an empty main point is an issue at its 1-based position. */
function apiWithCheck() {
  const api = new FakeReelforgeApi({ entries: [makeEntry({ id: 'e1', name: 'air.json' })] });
  api.override('library.check', ({ name, content }) => {
    const points = (JSON.parse(content) as { main_points?: string[] }).main_points ?? [];
    const empty = points.findIndex((p) => p.trim() === '');
    return empty < 0
      ? makeEntry({ id: '', name })
      : makeInvalidEntry({
          id: '',
          name,
          issues: [{ file: name, field: `main_points[${empty + 1}]`, line: 4 + empty, message: 'is empty' }],
        });
  });
  return api;
}

/** Answers check like main: a valid entry whose timeline's hook scene says the text's hook. */
function apiWithTimelineCheck() {
  const api = new FakeReelforgeApi({ entries: [makeEntry({ id: 'e1', name: 'air.json' })] });
  api.override('library.check', ({ name, content }) => {
    const { hook } = JSON.parse(content) as { hook: string };
    const timeline = makeTimeline();
    const scenes = timeline.scenes.map((scene) => (scene.role === 'hook' ? { ...scene, text: hook } : scene));
    return makeEntry({ id: '', name, timeline: { ...timeline, scenes } });
  });
  return api;
}

/** Catches what Download hands the browser: the blob behind the URL and the link it clicks. */
function catchDownloads() {
  const blobs = new Map<string, Blob>();
  const clicked: { href: string; download: string }[] = [];
  URL.createObjectURL = vi.fn((blob: Blob) => {
    const url = `blob:edited-${blobs.size}`;
    blobs.set(url, blob);
    return url;
  });
  URL.revokeObjectURL = vi.fn();
  vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (this: HTMLAnchorElement) {
    clicked.push({ href: this.href, download: this.download });
  });
  return { blobs, clicked };
}

const lastChecked = (api: FakeReelforgeApi) =>
  JSON.parse(api.callsTo('library.check').at(-1)!.content) as Record<string, unknown>;

/** The editor open on air.json as SCRIPT, the way the library opens it. */
const openAirScript = (api: FakeReelforgeApi) =>
  renderWithApi(
    <ScriptEditor entryId="e1" name="air.json" initialText={SCRIPT} onClose={() => undefined} />,
    api,
  );

describe('ScriptEditor', () => {
  it('edits through the form, shows the check’s problem at the point it names, and saves the text', async () => {
    const api = apiWithCheck();
    const user = userEvent.setup();
    openAirScript(api);
    await waitFor(() => expect(screen.getByTestId('editor-status').textContent).toContain('Valid'));
    const points = screen.getAllByTestId('editor-point');
    await user.clear(points[1]!);
    await waitFor(() => expect(screen.getAllByTestId('field-problem')).toHaveLength(1));
    const point2 = screen.getAllByTestId('editor-point')[1]!.closest('li')!;
    expect(within(point2).getByRole('alert').textContent).toBe('line 5: is empty');
    expect(lastChecked(api)).toMatchObject({ main_points: ['one', ''], call_to_action: 'C' });

    await user.type(screen.getAllByTestId('editor-point')[1]!, 'Rule #1: 5 a.m.');
    await waitFor(() => expect(screen.queryAllByTestId('field-problem')).toHaveLength(0));
    await user.click(screen.getByRole('button', { name: 'Save' }));
    await waitFor(() => expect(api.callsTo('library.save')).toHaveLength(1));
    const saved = api.callsTo('library.save')[0]!;
    expect(saved.id).toBe('e1');
    expect(JSON.parse(saved.content)).toMatchObject({ main_points: ['one', 'Rule #1: 5 a.m.'] });
  });

  it('adds, moves and removes points, and undo/redo walk back and forth', async () => {
    const api = apiWithCheck();
    const user = userEvent.setup();
    openAirScript(api);
    const values = () => screen.getAllByTestId('editor-point').map((p) => (p as HTMLTextAreaElement).value);
    await user.click(screen.getByRole('button', { name: 'Move point 2 up' }));
    expect(values()).toEqual(['two', 'one']);
    await user.click(screen.getByRole('button', { name: 'Add a point' }));
    expect(values()).toEqual(['two', 'one', '']);
    await user.click(screen.getByRole('button', { name: 'Remove point 1' }));
    expect(values()).toEqual(['one', '']);
    await user.click(screen.getByRole('button', { name: 'Undo' }));
    expect(values()).toEqual(['two', 'one', '']);
    await user.click(screen.getByRole('button', { name: 'Undo' }));
    await user.click(screen.getByRole('button', { name: 'Undo' }));
    expect(values()).toEqual(['one', 'two']);
    expect((screen.getByRole('button', { name: 'Undo' }) as HTMLButtonElement).disabled).toBe(true);
    await user.click(screen.getByRole('button', { name: 'Redo' }));
    expect(values()).toEqual(['two', 'one']);
    fireEvent.keyDown(screen.getByTestId('script-editor'), { key: 'z', ctrlKey: true });
    expect(values()).toEqual(['one', 'two']);
  });

  it('the raw view edits the same text, and the form follows it', async () => {
    const api = apiWithCheck();
    const user = userEvent.setup();
    openAirScript(api);
    await user.click(screen.getByRole('radio', { name: 'Raw text' }));
    const raw = screen.getByTestId('editor-raw') as HTMLTextAreaElement;
    expect(raw.value).toBe(SCRIPT);
    fireEvent.change(raw, { target: { value: SCRIPT.replace('"H"', '"New hook"') } });
    await user.click(screen.getByRole('radio', { name: 'Form' }));
    expect((screen.getByTestId('editor-hook') as HTMLTextAreaElement).value).toBe('New hook');
  });

  it('Download (a browser cannot write the file back) offers the edited text under the script’s name', async () => {
    const api = apiWithCheck();
    const user = userEvent.setup();
    const downloads = catchDownloads();
    openAirScript(api);
    const hook = screen.getByTestId('editor-hook');
    await user.clear(hook);
    await user.type(hook, 'Rule #1: 心を 🌙');
    await user.click(screen.getByRole('button', { name: 'Download' }));
    expect(downloads.clicked).toHaveLength(1);
    const [{ href, download }] = downloads.clicked as [{ href: string; download: string }];
    expect(download).toBe('air.json');
    const blob = downloads.blobs.get(href)!;
    expect(blob.type).toMatch(/^text\/plain/);
    const text = await blob.text();
    expect(JSON.parse(text)).toMatchObject({ hook: 'Rule #1: 心を 🌙', main_points: ['one', 'two'] });
    // Byte for byte the text the editor holds.
    await user.click(screen.getByRole('radio', { name: 'Raw text' }));
    expect(text).toBe((screen.getByTestId('editor-raw') as HTMLTextAreaElement).value);
  });

  it('the live preview follows an edit: the new hook is in the preview once the check answers', async () => {
    const api = apiWithTimelineCheck();
    const user = userEvent.setup();
    openAirScript(api);
    await user.click(await screen.findByRole('radio', { name: 'Quick preview' }));
    const hookShown = () => document.querySelector('.scene-hook')?.textContent;
    await waitFor(() => expect(hookShown()).toBe('H'));
    const hook = screen.getByTestId('editor-hook');
    await user.clear(hook);
    await user.type(hook, 'A brand new hook');
    await waitFor(() => expect(hookShown()).toBe('A brand new hook'));
    expect(screen.getByTestId('editor-status').textContent).toBe('Valid · unsaved changes');
  });

  it('a text script with problems opens in the raw view with its first problem’s line selected', async () => {
    const text = 'Channel: air\nTopic: T\nHook:\n- one\nCTA: C\n';
    const api = new FakeReelforgeApi();
    api.override('library.check', ({ name }) =>
      makeInvalidEntry({
        id: '',
        name,
        issues: [{ file: name, field: 'hook', line: 3, message: 'is empty' }],
      }),
    );
    renderWithApi(
      <ScriptEditor
        entryId="e1"
        name="air.txt"
        initialText={text}
        initialIssues={[
          { file: 'air.txt', field: 'topic', line: 5, message: 'later' },
          { file: 'air.txt', field: 'hook', line: 3, message: 'is empty' },
        ]}
        onClose={() => undefined}
      />,
      api,
    );
    const raw = screen.getByTestId('editor-raw') as HTMLTextAreaElement;
    await waitFor(() => expect(raw.selectionStart).toBe(text.indexOf('Hook:')));
    expect(raw.selectionEnd).toBe(text.indexOf('Hook:') + 'Hook:'.length);
    await waitFor(() => expect(screen.getByTestId('entry-issues').textContent).toContain('air.txt:3'));
  });
});

describe('a malformed JSON script', () => {
  // A comma missing at the end of line 3: the import's issue names line 4, where the parser stopped.
  const MALFORMED = '{\n  "channel": "air",\n  "topic": "T"\n  "hook": "H",\n  "main_points": ["one"]\n}\n';
  const SYNTAX = {
    file: 'bad.json',
    field: '(syntax)',
    line: 4,
    message: 'not valid JSON at column 3: a comma is missing before "hook"',
  };

  it('opens from the Library in the raw view with line 4 selected, and the problem named at line 4', async () => {
    const invalid = makeInvalidEntry({ id: 'bad', name: 'bad.json', format: 'json', issues: [SYNTAX] });
    const api = new FakeReelforgeApi({ entries: [invalid] });
    api.sources['bad'] = MALFORMED;
    api.override('library.check', ({ name }) => makeInvalidEntry({ id: '', name, issues: [SYNTAX] }));
    const user = userEvent.setup();
    renderWithApi(<LibraryView />, api);
    await user.click(await screen.findByRole('button', { name: 'Open bad.json' }));
    const raw = (await screen.findByTestId('editor-raw')) as HTMLTextAreaElement;
    expect(raw.value).toBe(MALFORMED);
    const line4 = MALFORMED.indexOf('  "hook"');
    await waitFor(() => expect(raw.selectionStart).toBe(line4));
    expect(raw.selectionEnd).toBe(MALFORMED.indexOf('\n', line4));
    expect(document.activeElement).toBe(raw);
    expect(screen.getByTestId('entry-issues').textContent).toContain('bad.json:4');
    expect(screen.getByTestId('entry-issues').textContent).toContain('a comma is missing');
    expect(screen.getByTestId('editor-status').textContent).toContain('1 problem');
  });
});

/** Picks a channel and template for New script, creates it and reads the editor's raw JSON. */
async function newScript(user: ReturnType<typeof userEvent.setup>, channel: string, template: string) {
  await user.selectOptions(screen.getByTestId('new-script-channel'), channel);
  await user.selectOptions(screen.getByTestId('new-script-template'), template);
  await user.click(screen.getByTestId('new-script'));
  await user.click(screen.getByRole('radio', { name: 'Raw text' }));
  return JSON.parse((screen.getByTestId('editor-raw') as HTMLTextAreaElement).value) as unknown;
}

describe('Library → editor', () => {
  it('opens a script with problems in the editor on its stored text, and New script on a channel', async () => {
    const invalid = makeInvalidEntry({ id: 'bad', name: 'bad.json' });
    const api = new FakeReelforgeApi({ entries: [invalid] });
    api.sources['bad'] = '{"channel": "air", "hook": ""}';
    const user = userEvent.setup();
    renderWithApi(<LibraryView />, api);
    await user.click(await screen.findByRole('button', { name: 'Open bad.json' }));
    expect(await screen.findByTestId('script-editor')).toBeTruthy();
    expect(api.callsTo('library.source')).toEqual([{ id: 'bad' }]);
    await user.click(screen.getByRole('button', { name: '← Library' }));
    await user.selectOptions(screen.getByTestId('new-script-channel'), 'fire');
    await user.click(screen.getByTestId('new-script'));
    expect((screen.getByTestId('editor-channel') as HTMLInputElement).value).toBe('fire');
    await user.click(screen.getByRole('button', { name: '← Library' }));
    expect(await newScript(user, 'fire', 'water')).toMatchObject({ channel: 'fire', template: 'water' });
  });

  it("offers the config's own channels and the user's templates for a new script", async () => {
    const api = new FakeReelforgeApi({
      settings: { ...SETTINGS, channels: [...SETTINGS.channels, { ...SETTINGS.channels[0]!, id: 'studio' }] },
    });
    const brand = { ...BUILTIN_TEMPLATES[0]!, id: 'brand-look', name: 'Brand look' };
    api.override('templates.list', () => ({
      templates: [{ template: brand, builtIn: false }],
      problems: [],
    }));
    const user = userEvent.setup();
    renderWithApi(<LibraryView />, api);
    await screen.findByRole('option', { name: 'template: Brand look (yours)' });
    expect(screen.getByRole('option', { name: 'template: Fire' })).toBeTruthy();
    expect(await newScript(user, 'studio', 'brand-look')).toMatchObject({
      channel: 'studio',
      template: 'brand-look',
    });
    // The form's channel field suggests the config's channel too.
    await user.click(screen.getByRole('radio', { name: 'Form' }));
    const suggested = [...document.querySelectorAll('#editor-channels option')].map((o) =>
      o.getAttribute('value'),
    );
    expect(suggested).toContain('studio');
  });
});
