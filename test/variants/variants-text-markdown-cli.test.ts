import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { useCliDataDir } from '../support/cli-data-dir.js';
import { jsonLines, runCli } from '../support/run-cli.js';

// Variant expansion for the text and Markdown formats (the JSON format: variants-cli.test.ts):
// one `render --json` call on a script with three variants queues three jobs of one group.

const TEXT = [
  'Channel: fire',
  'Topic: Start now',
  'Hook: Stop waiting for the right mood.',
  'Main points:',
  '- Pick one small task.',
  '- Set a timer for five minutes.',
  'Call to action: Follow for a push every day.',
  '',
  'Variant: control',
  '',
  'Variant: question-hook',
  'Hook: Still waiting to feel ready?',
  '',
  'Variant: number-hook',
  'Hook: 5 minutes beats 0 minutes.',
  'Point 2: Two minutes, then stop.',
].join('\n');

const MARKDOWN = [
  '# Start now',
  '',
  '**Channel:** fire',
  '',
  '## Hook',
  '',
  'Stop waiting for the right mood.',
  '',
  '## Main points',
  '',
  '- Pick one small task.',
  '- Set a timer for five minutes.',
  '',
  '## Call to action',
  '',
  'Follow for a push every day.',
  '',
  '## Variant: control',
  '',
  '## Variant: question-hook',
  '',
  '**Hook:** Still waiting to feel ready?',
  '',
  '## Variant: number-hook',
  '',
  '**Hook:** 5 minutes beats 0 minutes.',
  '**Point 2:** Two minutes, then stop.',
].join('\n');

describe('reelforge render on a text or Markdown script with three variants (mock provider)', () => {
  const data = useCliDataDir();

  it.each([
    ['text', 'start-now.txt', TEXT],
    ['Markdown', 'start-now.md', MARKDOWN],
  ])(
    '%s: one render --json call prints three jobs, each with its variant and the same group',
    async (_format, name, content) => {
      const script = join(data.path, name);
      writeFileSync(script, content);
      const run = await runCli(['render', script, '--provider', 'mock', '--json'], data.env);
      expect([run.code, run.stderr]).toEqual([0, '']);
      const jobs = jsonLines(run.stdout);
      expect(jobs.map((j) => [j['status'], j['variant']])).toEqual([
        ['completed', 'control'],
        ['completed', 'question-hook'],
        ['completed', 'number-hook'],
      ]);
      expect(new Set(jobs.map((j) => j['group'])).size).toBe(1);
      expect(String(jobs[0]!['group'])).toMatch(/^[0-9a-f-]{36}$/);
    },
    120_000,
  );
});
