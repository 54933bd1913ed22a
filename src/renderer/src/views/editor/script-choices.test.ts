import { describe, expect, it } from 'vitest';
import { BUILTIN_CHANNEL_IDS } from '#core/channels/builtin-channels.js';
import { BUILTIN_TEMPLATES } from '#core/templates/builtin-templates.js';
import { channelChoices, templateChoices } from './script-choices.js';

describe('script choices', () => {
  it('offers the built-in channels and templates before main has answered', () => {
    expect(channelChoices([])).toEqual([...BUILTIN_CHANNEL_IDS]);
    const templates = templateChoices([]);
    expect(templates.map((t) => t.id)).toEqual(BUILTIN_TEMPLATES.map((t) => t.id));
    expect(templates.every((t) => t.builtIn)).toBe(true);
  });

  it("adds the config's channels and the user's templates, each once", () => {
    expect(channelChoices([{ id: 'fire' }, { id: 'studio' }])).toEqual([...BUILTIN_CHANNEL_IDS, 'studio']);
    const builtInAir = BUILTIN_TEMPLATES.find((t) => t.id === 'air')!;
    const templates = templateChoices([
      { template: { id: 'air', name: builtInAir.name }, builtIn: true },
      { template: { id: 'brand-look', name: 'Brand look' }, builtIn: false },
    ]);
    expect(templates.filter((t) => t.id === 'air')).toHaveLength(1);
    expect(templates.at(-1)).toEqual({ id: 'brand-look', name: 'Brand look', builtIn: false });
  });
});
