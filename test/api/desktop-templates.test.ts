import { describe, expect, it } from 'vitest';
import { useMockDesktopRuntime } from '../support/mock-desktop-runtime.js';

const { start } = useMockDesktopRuntime();

const script = JSON.stringify({
  channel: 'air',
  topic: 'Templates',
  hook: 'Breathe in.',
  main_points: ['One calm point.'],
  call_to_action: 'Follow.',
});

describe('templates in the desktop API', () => {
  it('jobs.enqueue renders with the template it names, and refuses an unknown one', async () => {
    const rt = start();
    const [entry] = await rt.handlers['library.addFiles']({ files: [{ name: 't.json', content: script }] });
    const queued = await rt.handlers['jobs.enqueue']({
      libraryIds: [entry!.id],
      provider: 'mock',
      template: 'fire',
    });
    expect(queued.rejected).toEqual([]);
    const done = await rt.service.waitForJob(queued.jobs[0]!.id);
    expect(done.timeline.style.templateId).toBe('fire');
    expect(done.timeline.style.palette.background).toEqual(['#7f1d1d', '#b91c1c', '#c2410c']);

    const unknown = await rt.handlers['jobs.enqueue']({
      libraryIds: [entry!.id],
      provider: 'mock',
      template: 'lava',
    });
    expect(unknown.jobs).toEqual([]);
    // The desktop app has no flags: the option is named as the form names it, not as "--template".
    expect(unknown.rejected[0]!.message).toContain('template: unknown template "lava"');
    expect(unknown.rejected[0]!.message).not.toContain('--template');
  });
});
