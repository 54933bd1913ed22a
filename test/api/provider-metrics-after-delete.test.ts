// Issue #18: after a render was deleted, the Providers view read "Successes 3" on a card and
// "By provider: 2" in the chart. Over the real runtime (SQLite, the mock provider): the count each
// card now shows as "Renders in History" is the chart's bar (`byProvider`), both drop with the
// delete, while the card's successes stay the provider's all-time record.
import { describe, expect, it } from 'vitest';
import { jsonScript } from '../support/json-script.js';
import { useMockDesktopRuntime } from '../support/mock-desktop-runtime.js';

const { start } = useMockDesktopRuntime();

const script = (topic: string) =>
  JSON.stringify(jsonScript({ channel: 'air', topic }, ['Breathe in.', 'One calm point.', 'Follow.']));

describe('provider metrics after a delete', () => {
  it('the History count per provider drops with the delete; the successes record does not', async () => {
    const runtime = start();
    const jobs = [];
    for (const topic of ['One', 'Two', 'Three'])
      jobs.push(
        await runtime.service.generateVideo(
          { kind: 'text', name: `${topic}.json`, content: script(topic) },
          { provider: 'mock', quality: 'draft' },
        ),
      );
    expect(jobs.map((job) => job.status)).toEqual(['completed', 'completed', 'completed']);
    const before = await runtime.handlers['metrics.get']({});
    expect(before.byProvider['mock']).toBe(3);
    expect(before.providers.find((m) => m.providerId === 'mock')?.successes).toBe(3);

    await runtime.handlers['jobs.delete']({ id: jobs[0]!.id, deleteFiles: true });
    const after = await runtime.handlers['metrics.get']({});
    // What the card's "Renders in History" and the "By provider" bar both show.
    expect(after.byProvider['mock']).toBe(2);
    expect(after.totals.jobs).toBe(2);
    // The card's "Successes (all time)".
    expect(after.providers.find((m) => m.providerId === 'mock')?.successes).toBe(3);
  });
});
