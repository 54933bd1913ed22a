// @vitest-environment happy-dom
import { cleanup, fireEvent, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { makeTimeline } from '../test-support/fixtures.js';
import { safePadding } from './platform-frame.js';
import { ScriptPreview } from './ScriptPreview.js';

vi.mock('./remotion/RemotionPreview.js', () => ({
  default: () => <div data-testid="remotion-preview" />,
}));

afterEach(cleanup);

describe('the preview of a platform render', () => {
  it("centres text in the platform's safe rectangle and shows its UI as a guide that can be hidden", () => {
    render(
      <ScriptPreview
        timeline={makeTimeline()}
        aspectRatio="16:9"
        remotionEnabled={false}
        platform="shorts"
      />,
    );
    // The quick preview lays text out with CSS in the same safe rectangle.
    fireEvent.click(screen.getByRole('radio', { name: 'Quick preview' }));
    const preview = screen.getByTestId('timeline-preview');
    // The platform's 9:16, whatever aspect ratio the form holds.
    expect(preview.className).toContain('preview-9x16');
    const layer = preview.querySelector<HTMLElement>('.preview-layer')!;
    expect(layer.style.getPropertyValue('--safe-padding')).toBe(safePadding('9:16', 'shorts'));
    expect(screen.getByTestId('platform-overlay').dataset['platform']).toBe('shorts');

    fireEvent.click(screen.getByTestId('preview-overlay-toggle'));
    expect(screen.queryByTestId('platform-overlay')).toBeNull();
  });

  it('has no guide and the generic zone without a platform', () => {
    render(<ScriptPreview timeline={makeTimeline()} aspectRatio="9:16" remotionEnabled={false} />);
    fireEvent.click(screen.getByRole('radio', { name: 'Quick preview' }));
    expect(screen.queryByTestId('platform-overlay')).toBeNull();
    expect(screen.queryByTestId('preview-overlay-toggle')).toBeNull();
    const layer = screen.getByTestId('timeline-preview').querySelector<HTMLElement>('.preview-layer')!;
    expect(layer.style.getPropertyValue('--safe-padding')).toBe(safePadding('9:16', 'generic'));
  });
});
