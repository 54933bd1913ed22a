// @vitest-environment happy-dom
import { cleanup, fireEvent, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { makeTimeline } from '../test-support/fixtures.js';
import { TimelinePreview } from './TimelinePreview.js';

afterEach(cleanup);

const frame = () => screen.getByRole('img');

describe('TimelinePreview', () => {
  it('starts playing at once and shows the hook large and centred', () => {
    render(<TimelinePreview timeline={makeTimeline()} />);
    expect(frame().dataset.playing).toBe('true');
    expect(frame().dataset.sceneIndex).toBe('0');
    expect(screen.getByText('Your mind is a lake.').className).toBe('scene-hook');
    expect(frame().style.aspectRatio).toBe('9 / 16');
  });

  it('seeks with the scrubber: numbered point, both scenes during a transition, CTA pill', () => {
    render(<TimelinePreview timeline={makeTimeline()} autoPlay={false} />);
    const scrubber = screen.getByTestId('preview-scrubber');

    fireEvent.change(scrubber, { target: { value: '3.2' } });
    expect(frame().dataset.sceneIndex).toBe('1');
    // Mid-crossfade the hook is still leaving while point 1 arrives.
    expect(screen.getByText('Your mind is a lake.')).toBeTruthy();
    expect(screen.getByText('Breathe in for four.')).toBeTruthy();
    expect(screen.getByText('1').className).toBe('scene-point-number');

    fireEvent.change(scrubber, { target: { value: '10' } });
    expect(frame().dataset.sceneIndex).toBe('3');
    expect(screen.queryByText('Breathe out for six.')).toBeNull();
    expect(screen.getByText('Follow for calm.').className).toBe('scene-cta');
    expect(screen.getByTestId('preview-time').textContent).toBe('0:10 / 0:12');
  });

  it('toggles play and pause and respects the aspect ratio', () => {
    render(<TimelinePreview timeline={makeTimeline()} aspectRatio="16:9" autoPlay={false} />);
    expect(frame().dataset.playing).toBe('false');
    fireEvent.click(screen.getByRole('button', { name: 'Play preview' }));
    expect(frame().dataset.playing).toBe('true');
    fireEvent.click(screen.getByRole('button', { name: 'Pause preview' }));
    expect(frame().dataset.playing).toBe('false');
    expect(frame().style.aspectRatio).toBe('16 / 9');
  });

  it('advances in real time with requestAnimationFrame', async () => {
    render(<TimelinePreview timeline={makeTimeline()} />);
    const scrubber = screen.getByTestId('preview-scrubber') as HTMLInputElement;
    await new Promise((r) => setTimeout(r, 250));
    expect(Number(scrubber.value)).toBeGreaterThan(0.05);
  });
});
