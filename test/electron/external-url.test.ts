import { describe, expect, it } from 'vitest';
import { externalUrlToOpen } from '../../src/main/presentation/electron/external-url.js';

describe('externalUrlToOpen', () => {
  it.each([
    ['https://remotion.dev/docs', 'https://remotion.dev/docs'],
    ['http://example.com', 'http://example.com/'],
    ['HTTPS://Example.COM/a?b=c#d', 'https://example.com/a?b=c#d'],
  ])('opens %s', (url, expected) => {
    expect(externalUrlToOpen(url)).toBe(expected);
  });

  it.each([
    ['file:///etc/passwd'],
    ['javascript:alert(1)'],
    ['data:text/html,<script>alert(1)</script>'],
    ['smb://attacker/share'],
    ['ms-msdt:/id PCWDiagnostic'],
    ['vscode://file/etc/passwd'],
    ['reelforge-media://job/x/video'],
    ['https://user:pass@example.com/'],
    ['https://user@example.com/'],
    ['not a url'],
    [''],
    [`https://example.com/${'a'.repeat(5000)}`],
  ])('refuses %s', (url) => {
    expect(externalUrlToOpen(url)).toBeUndefined();
  });
});
