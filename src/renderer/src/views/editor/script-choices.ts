import { BUILTIN_CHANNEL_IDS } from '#core/channels/builtin-channels.js';
import { BUILTIN_TEMPLATES } from '#core/templates/builtin-templates.js';

// What a script may name, as the editor and "New script" offer it: the built-in channels and
// templates always (also before main has answered, or when it could not), then the config's own
// channels and the user's templates, each once, in the order main gives them.

export interface TemplateChoice {
  readonly id: string;
  readonly name: string;
  readonly builtIn: boolean;
}

/** The built-in channel ids, then those only the config defines. */
export function channelChoices(channels: readonly { readonly id: string }[]): string[] {
  return [...new Set([...BUILTIN_CHANNEL_IDS, ...channels.map((c) => c.id)])];
}

/** The built-in templates, then the user's (a listing's entry for a built-in one replaces it). */
export function templateChoices(
  templates: readonly {
    readonly template: { readonly id: string; readonly name: string };
    readonly builtIn: boolean;
  }[],
): TemplateChoice[] {
  const byId = new Map<string, TemplateChoice>(
    BUILTIN_TEMPLATES.map((t) => [t.id, { id: t.id, name: t.name, builtIn: true }]),
  );
  for (const { template, builtIn } of templates) {
    byId.set(template.id, { id: template.id, name: template.name, builtIn });
  }
  return [...byId.values()];
}
