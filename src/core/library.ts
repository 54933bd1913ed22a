import type { ChannelDefinition } from './channel.js';
import type { ValidationIssue } from './errors.js';
import type { ScriptFormat, VideoScript } from './script.js';
import type { VideoTimeline } from './timeline/video-timeline.js';

/** A library script as the UI shows it: valid with its timeline, or invalid with every issue. */
export interface LibraryEntry {
  readonly id: string;
  readonly name: string;
  readonly path?: string;
  readonly format?: ScriptFormat;
  readonly status: 'valid' | 'invalid';
  readonly channel?: string;
  readonly topic?: string;
  readonly issues: readonly ValidationIssue[];
  readonly script?: VideoScript;
  readonly timeline?: VideoTimeline;
  readonly channelDefinition?: ChannelDefinition;
  readonly addedAt: string;
  readonly updatedAt: string;
}
