import { ScriptValidationError } from '../domain/errors.js';
import type { ScriptParseInput } from '../domain/parser.js';
import type { VideoScript } from '../domain/script.js';
import type { VideoTimeline } from '../domain/timeline.js';
import { buildTimeline } from '../domain/timeline/build-timeline.js';
import type { ChannelDefinition } from '../domain/channel.js';
import type { ChannelLookup, ScriptReader } from './ports.js';

/** A script given by file path, or as text (pasted, dropped, sent over IPC). */
export type ScriptInput =
  | { readonly kind: 'file'; readonly path: string }
  | {
      readonly kind: 'text';
      readonly content: string;
      readonly name?: string;
      /** The file it was read from, when known: media paths resolve against its folder. */
      readonly path?: string;
    };

/** A script that passed every check, with the timeline every provider and the preview share. */
export interface PreparedScript {
  readonly input: ScriptParseInput;
  readonly script: VideoScript;
  readonly channel: ChannelDefinition;
  readonly timeline: VideoTimeline;
}

export function describeScriptInput(input: ScriptInput): string {
  return input.kind === 'file' ? input.path : (input.name ?? '<input>');
}

/** Parses, channel-validates and lays out a script; every rejection is a ScriptValidationError. */
export async function prepareScript(
  input: ScriptInput,
  deps: { reader: ScriptReader; channels: ChannelLookup },
  channelOverride?: string,
): Promise<PreparedScript> {
  const parseInput: ScriptParseInput =
    input.kind === 'file'
      ? await deps.reader.readFile(input.path)
      : { content: input.content, name: input.name ?? '<input>', path: input.path };
  return prepareParsedInput(parseInput, deps, channelOverride);
}

export function prepareParsedInput(
  parseInput: ScriptParseInput,
  deps: { reader: ScriptReader; channels: ChannelLookup },
  channelOverride?: string,
): PreparedScript {
  const parsed = deps.reader.parse(parseInput);
  const script: VideoScript = channelOverride
    ? { ...parsed, channel: channelOverride.toLowerCase() }
    : parsed;
  const strategy = deps.channels.require(script.channel, script.source.name);
  const issues = strategy.validate(script);
  if (issues.length > 0) throw new ScriptValidationError(issues);
  const timeline = buildTimeline(script, strategy.definition);
  return { input: parseInput, script, channel: strategy.definition, timeline };
}
