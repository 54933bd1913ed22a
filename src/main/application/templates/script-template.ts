import type { ChannelDefinition } from '#core/channel.js';
import { ConfigError, ScriptValidationError, type ValidationIssue } from '#core/errors.js';
import type { ScriptParseInput } from '#core/parser.js';
import type { VideoScript } from '#core/script.js';
import { applyTemplate } from '#core/templates/template-style.js';
import type { TemplateLookup } from '../ports.js';

/** The channel a script renders with, and the one each variant template gives. */
export interface TemplatedChannels {
  readonly channel: ChannelDefinition;
  /** By template id, for variants that name their own template. */
  readonly byVariantTemplate: ReadonlyMap<string, ChannelDefinition>;
}

/**
 * Applies the template a render uses to the channel: `override` (`render --template`) over the
 * script's (or its variant's) `"template"` over the channel's default (config
 * `channels.<id>.template`); a variant's own template applies to that variant unless overridden.
 * Unknown ids in the script or the override are ScriptValidationErrors naming file, field and
 * line; an unknown channel default is a ConfigError naming its setting. No template at all: the
 * channel's own look, which for a built-in channel is its built-in template of the same id with
 * the config's overrides (the built-in templates are generated from the channels).
 */
export function templatedChannels(
  script: VideoScript,
  channel: ChannelDefinition,
  input: ScriptParseInput,
  templates: TemplateLookup,
  override: string | undefined,
): TemplatedChannels {
  const issues: ValidationIssue[] = [];
  // `field` is the script's key, or "option" for the template the render chose (`render --template`).
  const resolve = (id: string, field: string, line: number | undefined) => {
    const template = templates.find(id);
    if (template) return applyTemplate(channel, template, templates.assetsOf?.(id));
    issues.push({
      file: input.name,
      ...(field === 'option' ? { field: 'template', option: 'template' as const } : { field }),
      ...(line !== undefined ? { line } : {}),
      message: `unknown template "${id}"; known templates: ${templates.knownIds().join(', ')}`,
    });
    return channel;
  };
  const lines = templateKeyLines(input.content);
  const id = override ?? script.template;
  const main =
    id === undefined
      ? channelDefault(channel, templates)
      : resolve(id, override !== undefined ? 'option' : 'template', override ? undefined : lines[0]);
  const byVariantTemplate = new Map<string, ChannelDefinition>();
  if (override === undefined) {
    const scriptHasKey = script.template !== undefined ? 1 : 0;
    let nthVariantKey = 0;
    (script.variants ?? []).forEach((variant, index) => {
      if (variant.template === undefined) return;
      const line = lines[scriptHasKey + nthVariantKey];
      nthVariantKey += 1;
      if (!byVariantTemplate.has(variant.template)) {
        byVariantTemplate.set(
          variant.template,
          resolve(variant.template, `variants[${index + 1}].template`, line),
        );
      }
    });
  }
  if (issues.length > 0) throw new ScriptValidationError(issues);
  return { channel: main, byVariantTemplate };
}

/** The channel with its configured default template applied; itself when it names none. */
function channelDefault(channel: ChannelDefinition, templates: TemplateLookup): ChannelDefinition {
  const id = channel.defaultTemplate;
  if (id === undefined) return channel;
  const template = templates.find(id);
  if (template) return applyTemplate(channel, template, templates.assetsOf?.(id));
  throw new ConfigError(
    `channels.${channel.id}.template`,
    `unknown template "${id}"; known templates: ${templates.knownIds().join(', ')}`,
  );
}

/**
 * Lines (1-based) where a `template` key is written, in order: `"template": …` in JSON, `template:`
 * in text and Markdown scripts. Good enough to point an error at; the script keeps its own order.
 */
export function templateKeyLines(content: string): number[] {
  const lines: number[] = [];
  content.split('\n').forEach((text, index) => {
    // The quoted JSON key anywhere, or a bare `template:` key at the start of a text/Markdown line.
    if (/"template"\s*:|^\s*[#*-]*\s*template\s*:/i.test(text)) lines.push(index + 1);
  });
  return lines;
}
