import { BUILTIN_CHANNEL_IDS } from '#core/channels/builtin-channels.js';
import { BUILTIN_TEMPLATES } from '#core/templates/builtin-templates.js';

export interface NewScriptChoices {
  readonly channels: readonly string[];
  readonly templates: readonly { readonly id: string; readonly name: string; readonly builtIn: boolean }[];
}

/**
 * What "New script" offers: the built-in channels and templates always (also before main has
 * answered, or when it could not), then the config's own channels and the user's templates, each
 * once, in the order main gives them.
 */
export function newScriptChoices(
  channels: readonly { readonly id: string }[],
  templates: readonly {
    readonly template: { readonly id: string; readonly name: string };
    readonly builtIn: boolean;
  }[],
): NewScriptChoices {
  const channelIds = [...new Set([...BUILTIN_CHANNEL_IDS, ...channels.map((c) => c.id)])];
  const byId = new Map<string, NewScriptChoices['templates'][number]>(
    BUILTIN_TEMPLATES.map((t) => [t.id, { id: t.id, name: t.name, builtIn: true }]),
  );
  for (const { template, builtIn } of templates) {
    byId.set(template.id, { id: template.id, name: template.name, builtIn });
  }
  return { channels: channelIds, templates: [...byId.values()] };
}
