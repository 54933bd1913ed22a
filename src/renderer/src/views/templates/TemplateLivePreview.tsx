// The editor's live preview: main lays out the sample script with the template as edited (the
// same timeline the renderers get) and the FFmpeg look plays it, drawn with the renderer's code.
import { useEffect, useState } from 'react';
import type { ReelforgeTemplate } from '#core/templates/template-schema.js';
import type { VideoTimeline } from '#shared/api-types.js';
import { useApi } from '../../app/api-context.js';
import { FfmpegPreview } from '../../preview/ffmpeg-look/FfmpegPreview.js';

export function TemplateLivePreview({ template }: { template: ReelforgeTemplate }) {
  const api = useApi();
  const [timeline, setTimeline] = useState<VideoTimeline>();
  const [problem, setProblem] = useState<string>();
  const content = JSON.stringify(template);
  useEffect(() => {
    let current = true;
    api['templates.previewTimeline']({ template: JSON.parse(content) as unknown }).then(
      (laidOut) => {
        if (!current) return;
        setTimeline(laidOut);
        setProblem(undefined);
      },
      (error: unknown) => current && setProblem(error instanceof Error ? error.message : String(error)),
    );
    return () => {
      current = false;
    };
  }, [api, content]);
  return (
    <div className="template-live-preview" data-testid="template-live-preview">
      {problem && <p className="field-error">{problem}</p>}
      {timeline && <FfmpegPreview timeline={timeline} aspectRatio="9:16" />}
    </div>
  );
}
