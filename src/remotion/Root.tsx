import type { ReactElement } from 'react';
import { Composition, staticFile } from 'remotion';
import { ASPECT_RATIOS } from '#core/video-quality.js';
import { ReelforgeVideo } from './composition/ReelforgeVideo.js';
import {
  COMPOSITION_IDS,
  metadataFromProps,
  reelforgeVideoPropsSchema,
  type ReelforgeVideoProps,
} from './props.js';
import { sampleProps } from './sample-props.js';

/** Inside the bundle the fonts are static files (the bundle build copies them to public/fonts). */
function BundledReelforgeVideo(props: ReelforgeVideoProps): ReactElement {
  return <ReelforgeVideo {...props} fontBaseUrl={props.fontBaseUrl ?? staticFile('fonts')} />;
}

/** One composition per aspect ratio; duration, fps and size come from the props. */
export function RemotionRoot(): ReactElement {
  return (
    <>
      {ASPECT_RATIOS.map((aspectRatio) => (
        <Composition
          key={aspectRatio}
          id={COMPOSITION_IDS[aspectRatio]}
          component={BundledReelforgeVideo}
          schema={reelforgeVideoPropsSchema}
          defaultProps={sampleProps(aspectRatio)}
          calculateMetadata={({ props }) => metadataFromProps(props)}
        />
      ))}
    </>
  );
}
