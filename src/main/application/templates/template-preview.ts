import { buildTimeline } from '#core/timeline/build-timeline.js';
import type { TemplateAssets } from '#core/templates/template-logo.js';
import type { ReelforgeTemplate } from '#core/templates/template-schema.js';
import { applyTemplate } from '#core/templates/template-style.js';
import type { VideoTimeline } from '#core/timeline/video-timeline.js';
import type { PreparedScript, ScriptInput } from '../script-intake.js';
import { POSTER_SAMPLE_SCRIPT } from './template-poster.js';

/**
 * The timeline of the sample script styled by `template` as it stands in the editor (not yet
 * saved), for the live preview next to the editor: the same layout the renderers get.
 */
export async function templatePreviewTimeline(
  prepare: (input: ScriptInput) => Promise<PreparedScript>,
  template: ReelforgeTemplate,
  assets?: TemplateAssets,
): Promise<VideoTimeline> {
  const prepared = await prepare({ kind: 'text', content: POSTER_SAMPLE_SCRIPT, name: 'sample.json' });
  return buildTimeline(prepared.script, applyTemplate(prepared.channel, template, assets));
}
