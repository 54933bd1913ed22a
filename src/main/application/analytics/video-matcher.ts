import type { VideoRef } from './ports.js';

/** Shortest job id prefix a file may use: shorter ones would soon match several videos. */
export const MIN_ANALYTICS_ID_PREFIX = 8;

export type VideoMatch = { readonly jobId: string } | { readonly problem: string };

/** The output file's name without folder and extension: what a platform shows as its title. */
function baseNameOf(path: string): string {
  const name = path.slice(Math.max(path.lastIndexOf('/'), path.lastIndexOf('\\')) + 1);
  const dot = name.lastIndexOf('.');
  return (dot > 0 ? name.slice(0, dot) : name).toLowerCase();
}

/**
 * Finds the job a row of an analytics file means, by (in this order) its job id, a unique prefix
 * of it (≥ 8 characters), its output file's base name (with or without `.mp4`), or a title that
 * contains exactly one output base name (a platform title the creator added words to).
 */
export class VideoMatcher {
  private readonly byId = new Map<string, string>();
  private readonly byBaseName = new Map<string, string>();

  constructor(private readonly videos: readonly VideoRef[]) {
    for (const video of videos) {
      this.byId.set(video.id.toLowerCase(), video.id);
      if (video.outputPath) this.byBaseName.set(baseNameOf(video.outputPath), video.id);
    }
  }

  match(reference: string): VideoMatch {
    const typed = reference.trim().toLowerCase();
    const exact =
      this.byId.get(typed) ?? this.byBaseName.get(typed) ?? this.byBaseName.get(baseNameOf(typed));
    if (exact) return { jobId: exact };
    if (typed.length >= MIN_ANALYTICS_ID_PREFIX) {
      const prefixed = this.videos.filter((v) => v.id.toLowerCase().startsWith(typed));
      if (prefixed.length === 1) return { jobId: prefixed[0]!.id };
      if (prefixed.length > 1) {
        return { problem: `"${reference}" is the start of ${prefixed.length} job ids; give more characters` };
      }
    }
    const contained = [...this.byBaseName.entries()].filter(([name]) => typed.includes(name));
    if (contained.length === 1) return { jobId: contained[0]![1] };
    if (contained.length > 1) return { problem: `"${reference}" names ${contained.length} videos` };
    const hint =
      typed.length < MIN_ANALYTICS_ID_PREFIX && /^[0-9a-f-]+$/.test(typed)
        ? ` (a job id prefix needs ${MIN_ANALYTICS_ID_PREFIX} characters or more)`
        : '';
    return { problem: `no rendered video matches "${reference}"${hint}` };
  }
}
