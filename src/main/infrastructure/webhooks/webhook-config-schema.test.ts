import { describe, expect, it } from 'vitest';
import { ConfigError } from '#core/errors.js';
import { validateConfig } from '../config/read-config-file.js';
import { errorThrownBy } from '#core/testing/error-thrown-by.js';

const FILE = '/data/config.json';
const SECRET = 'sixteen-chars-ok';

function problem(webhooks: unknown): ConfigError {
  return errorThrownBy(ConfigError, () => validateConfig({ webhooks }, FILE));
}

describe('webhooks in config.json', () => {
  it('accepts a list of webhooks, events optional', () => {
    expect(
      validateConfig(
        {
          webhooks: [
            { url: 'https://hooks.example/reelforge', events: ['render.completed'], secret: SECRET },
            { url: 'http://127.0.0.1:9000/x', secret: SECRET },
          ],
        },
        FILE,
      ).webhooks,
    ).toHaveLength(2);
  });

  it.each([
    [{ url: 'ftp://x', secret: SECRET }, 'webhooks[0].url', 'http:// or https://'],
    [
      { url: 'https://x', events: ['render.exploded'], secret: SECRET },
      'webhooks[0].events[0]',
      'render.completed',
    ],
    [{ url: 'https://x', events: [], secret: SECRET }, 'webhooks[0].events', 'at least one event'],
    [{ url: 'https://x', secret: 'short' }, 'webhooks[0].secret', 'at least 16 characters'],
    [{ url: 'https://x', secret: SECRET, retries: 3 }, 'webhooks[0].retries', 'unknown setting'],
  ])('names the setting and the file for %j', (hook, key, message) => {
    const error = problem([hook]);
    expect(error.key).toBe(key);
    expect(error.message).toContain(message);
    expect(error.message).toContain(FILE);
  });

  it('never echoes a secret in a message', () => {
    expect(problem([{ url: 'nope', secret: 'x-secret-value-123' }]).message).not.toContain(
      'x-secret-value-123',
    );
  });
});
