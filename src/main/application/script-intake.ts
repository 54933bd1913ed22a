import { ScriptValidationError, type ScriptPart, type ValidationIssue } from '#core/errors.js';
import type { LocalMediaRule, ScriptParseInput } from '#core/parser.js';
import type { VideoScript } from '#core/script.js';
import type { VideoTimeline } from '#core/timeline/video-timeline.js';
import { buildTimeline } from '#core/timeline/build-timeline.js';
import { lineOfField } from '#core/script-field-lines.js';
import type { ChannelDefinition, ChannelStrategy } from '#core/channel.js';
import type { ChannelLookup, ScriptReader, TemplateLookup } from './ports.js';
import { templatedChannels } from './templates/script-template.js';
import { variantChannelIssues } from './variants/variant-scripts.js';

/** A script given by file path, or as text (pasted, dropped, sent over IPC). */
export type ScriptInput =
  | {
      readonly kind: 'file';
      readonly path: string;
      /** The path's own bytes when `path` is a lossy decoding of them (a non-UTF-8 file name). */
      readonly bytesPath?: Uint8Array;
    }
  | {
      readonly kind: 'text';
      readonly content: string;
      readonly name?: string;
      /** The file it was read from, when known: media paths resolve against its folder. */
      readonly path?: string;
      /** Media named by these absolute paths is elsewhere (see `ScriptParseInput.mediaPaths`). */
      readonly mediaPaths?: Readonly<Record<string, string>>;
      /** Which local files its media may name, when its sender may not read them all. */
      readonly localMedia?: LocalMediaRule;
    };

/** A script that passed every check, with the timeline every provider and the preview share. */
export interface PreparedScript {
  readonly input: ScriptParseInput;
  readonly script: VideoScript;
  readonly channel: ChannelDefinition;
  readonly timeline: VideoTimeline;
  /** The channel with each variant's own template applied, by template id. */
  readonly variantChannels?: ReadonlyMap<string, ChannelDefinition>;
}

export function describeScriptInput(input: ScriptInput): string {
  return input.kind === 'file' ? input.path : (input.name ?? '<input>');
}

/** Parses, channel-validates and lays out a script; every rejection is a ScriptValidationError. */
export async function prepareScript(
  input: ScriptInput,
  deps: ScriptIntakeDeps,
  channelOverride?: string,
  templateOverride?: string,
): Promise<PreparedScript> {
  const parseInput: ScriptParseInput =
    input.kind === 'file'
      ? await deps.reader.readFile(input.path, input.bytesPath)
      : {
          content: input.content,
          name: input.name ?? '<input>',
          path: input.path,
          ...(input.mediaPaths ? { mediaPaths: input.mediaPaths } : {}),
          ...(input.localMedia ? { localMedia: input.localMedia } : {}),
        };
  return prepareParsedInput(parseInput, deps, channelOverride, templateOverride);
}

export interface ScriptIntakeDeps {
  readonly reader: ScriptReader;
  readonly channels: ChannelLookup;
  /** Without it, a script's `"template"` stays an opaque id (tests that do not need templates). */
  readonly templates?: TemplateLookup;
}

export function prepareParsedInput(
  parseInput: ScriptParseInput,
  deps: ScriptIntakeDeps,
  channelOverride?: string,
  templateOverride?: string,
): PreparedScript {
  let parsed: VideoScript;
  try {
    parsed = deps.reader.parse(parseInput);
  } catch (error) {
    if (error instanceof ScriptValidationError)
      throw withChannelIssues(error, deps.channels, channelOverride);
    throw error;
  }
  const { script, strategy, issues } = checkAgainstChannel(parsed, deps.channels, channelOverride);
  if (strategy === undefined) throw new ScriptValidationError(withLines(issues, parsed));
  const allIssues = [...issues, ...variantChannelIssues(script, strategy, issues)];
  if (allIssues.length > 0) throw new ScriptValidationError(withLines(allIssues, parsed));
  if (deps.templates === undefined) {
    const timeline = buildTimeline(script, strategy.definition);
    return { input: parseInput, script, channel: strategy.definition, timeline };
  }
  const templated = templatedChannels(
    script,
    strategy.definition,
    parseInput,
    deps.templates,
    templateOverride,
  );
  const rendered = templateOverride !== undefined ? { ...script, template: templateOverride } : script;
  return {
    input: parseInput,
    script: rendered,
    channel: templated.channel,
    timeline: buildTimeline(rendered, templated.channel),
    variantChannels: templated.byVariantTemplate,
  };
}

/**
 * A parse failure with the channel's own complaints about the parts that were read added (unknown
 * channel, text too long, too many points, video too long), so one edit can fix everything.
 * Complaints about parts the parse already faulted (missing, empty, unreadable) are left out.
 */
function withChannelIssues(
  error: ScriptValidationError,
  channels: ChannelLookup,
  channelOverride: string | undefined,
): ScriptValidationError {
  const partly = error.partlyRead;
  if (partly === undefined) return error;
  if (channelOverride === undefined && partly.unreadable.has('channel')) return error;
  const extra = checkAgainstChannel(partly.script, channels, channelOverride).issues.filter((issue) => {
    const part = scriptPartOf(issue.field);
    return part === undefined || !partly.unreadable.has(part);
  });
  return extra.length === 0
    ? error
    : new ScriptValidationError(byLine([...error.issues, ...withLines(extra, partly.script)]), partly);
}

/** Issues in reading order (stable; those without a line last), as the parsers give theirs. */
function byLine(issues: readonly ValidationIssue[]): ValidationIssue[] {
  const lineOf = (issue: ValidationIssue) => issue.line ?? Number.POSITIVE_INFINITY;
  return [...issues].sort((a, b) => lineOf(a) - lineOf(b));
}

/** Issues found after parsing, each with the line its field stood on in the script's text. */
function withLines(issues: readonly ValidationIssue[], parsed: VideoScript): ValidationIssue[] {
  return issues.map((issue) => {
    if (issue.line !== undefined) return issue;
    const line = lineOfField(parsed, issue.field);
    return line === undefined ? issue : { ...issue, line };
  });
}

/**
 * The script with the render's channel (the override, when given), that channel's strategy, and
 * everything the channel finds wrong with the script; an unknown channel is one issue and no strategy.
 */
function checkAgainstChannel(
  parsed: VideoScript,
  channels: ChannelLookup,
  channelOverride: string | undefined,
): { script: VideoScript; strategy?: ChannelStrategy; issues: readonly ValidationIssue[] } {
  const script = channelOverride ? { ...parsed, channel: channelOverride.toLowerCase() } : parsed;
  try {
    const strategy = channels.require(script.channel, script.source.name);
    return { script, strategy, issues: strategy.validate(script) };
  } catch (error) {
    if (!(error instanceof ScriptValidationError)) throw error;
    return { script, issues: error.issues };
  }
}

/** The script part a channel issue is about, from the JSON field names channel checks use. */
function scriptPartOf(field: string): ScriptPart | undefined {
  if (field === 'hook') return 'hook';
  if (field === 'call_to_action') return 'callToAction';
  if (field === 'main_points' || field.startsWith('main_points[')) return 'mainPoints';
  return undefined;
}
