import { describe, expect, it } from 'vitest';
import { MockVideoProvider } from './mock-video-provider.js';

describe('MockVideoProvider', () => {
  it('claims no captions or audio: it writes a JSON manifest, not a video', () => {
    const mock = new MockVideoProvider();
    expect(mock.capabilities).not.toContain('captions');
    expect(mock.capabilities).not.toContain('audio');
    expect(mock.capabilities).toContain('text-to-video');
  });
});
