// @vitest-environment happy-dom
import { cleanup, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { BUILTIN_CHANNELS } from '#core/channels/builtin-channels.js';
import { ChannelStylePanel } from './ChannelStylePanel.js';

afterEach(cleanup);

describe('ChannelStylePanel', () => {
  const earth = BUILTIN_CHANNELS.earth!;

  it('names the channel when the script uses its look', () => {
    render(<ChannelStylePanel style={earth.style} name="Earth" />);
    expect(screen.getByRole('heading').textContent).toBe('Channel style · Earth');
  });

  // A script with "template" renders in the template's colours: the panel said "Channel style ·
  // Earth" over them.
  it('names the template when the script uses one, and the channel under it', () => {
    render(<ChannelStylePanel style={earth.style} name="Earth" template="neon-night" />);
    expect(screen.getByRole('region', { name: 'Template style' })).toBeTruthy();
    expect(screen.getByRole('heading').textContent).toBe('Template style · neon-night on channel Earth');
  });
});
