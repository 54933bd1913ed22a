import { describe, expect, it } from 'vitest';
import { BUILTIN_CHANNEL_IDS } from '#core/channels/builtin-channels.js';
import { BUILTIN_TEMPLATES } from '#core/templates/builtin-templates.js';
import { newScriptChoices } from './new-script-choices.js';

describe('newScriptChoices', () => {
  it('offers the built-in channels and templates before main has answered', () => {
    const choices = newScriptChoices([], []);
    expect(choices.channels).toEqual([...BUILTIN_CHANNEL_IDS]);
    expect(choices.templates.map((t) => t.id)).toEqual(BUILTIN_TEMPLATES.map((t) => t.id));
    expect(choices.templates.every((t) => t.builtIn)).toBe(true);
  });

  it("adds the config's channels and the user's templates, each once", () => {
    const builtInAir = BUILTIN_TEMPLATES.find((t) => t.id === 'air')!;
    const choices = newScriptChoices(
      [{ id: 'fire' }, { id: 'studio' }],
      [
        { template: { id: 'air', name: builtInAir.name }, builtIn: true },
        { template: { id: 'brand-look', name: 'Brand look' }, builtIn: false },
      ],
    );
    expect(choices.channels).toEqual([...BUILTIN_CHANNEL_IDS, 'studio']);
    expect(choices.templates.filter((t) => t.id === 'air')).toHaveLength(1);
    expect(choices.templates.at(-1)).toEqual({ id: 'brand-look', name: 'Brand look', builtIn: false });
  });
});
