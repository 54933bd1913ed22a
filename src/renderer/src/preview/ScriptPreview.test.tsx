// @vitest-environment happy-dom
import { cleanup, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { makeTimeline } from '../test-support/fixtures.js';
import { previewEngine, ScriptPreview } from './ScriptPreview.js';

// The player itself runs in Chromium in the end-to-end test; here only the choice.
vi.mock('./remotion/RemotionPreview.js', () => ({
  default: () => <div data-testid="remotion-preview" />,
}));

afterEach(cleanup);

describe('ScriptPreview', () => {
  it('uses the built-in timeline preview, without Remotion, when the Remotion provider is off', () => {
    render(<ScriptPreview timeline={makeTimeline()} aspectRatio="9:16" remotionEnabled={false} />);
    expect(screen.getByTestId('timeline-preview')).toBeTruthy();
    expect(screen.queryByTestId('remotion-preview')).toBeNull();
    expect(screen.queryByRole('radiogroup', { name: 'Preview engine' })).toBeNull();
  });

  it('offers the quick preview as a switch when Remotion is enabled', async () => {
    render(<ScriptPreview timeline={makeTimeline()} aspectRatio="9:16" remotionEnabled />);
    const quick = screen.getByRole('radio', { name: 'Quick preview' });
    expect(screen.getByRole('radio', { name: 'Remotion (as rendered)' }).getAttribute('aria-checked')).toBe(
      'true',
    );
    quick.click();
    expect(await screen.findByTestId('timeline-preview')).toBeTruthy();
    expect(screen.getByRole('radio', { name: 'Quick preview' }).getAttribute('aria-checked')).toBe('true');
  });

  it('chooses Remotion only when enabled and asked for', () => {
    expect(previewEngine(true, 'remotion')).toBe('remotion');
    expect(previewEngine(true, 'timeline')).toBe('timeline');
    expect(previewEngine(false, 'remotion')).toBe('timeline');
  });
});
