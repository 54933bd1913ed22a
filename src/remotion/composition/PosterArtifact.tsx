import type { ReactElement } from 'react';
import { Artifact, useCurrentFrame } from 'remotion';
import { POSTER_ARTIFACT } from '../poster.js';

/**
 * Emits the poster frame as a thumbnail artifact while the video renders (Remotion ignores it in
 * the player). Only on that one frame: an artifact name may be emitted once per render.
 */
export function PosterArtifact({ frame }: { readonly frame: number }): ReactElement | null {
  return useCurrentFrame() === frame ? (
    <Artifact filename={POSTER_ARTIFACT} content={Artifact.Thumbnail} />
  ) : null;
}
