// The finished output: a real player for videos; for the mock provider's JSON manifest, a note and
// the manifest itself.
import { useState } from 'react';
import type { VideoJob } from '#shared/api-types.js';
import { errorMessage } from '../../api/error-message.js';
import { useApi } from '../../app/api-context.js';

export function JobMedia({ job }: { job: VideoJob }) {
  const api = useApi();
  const [manifest, setManifest] = useState<string | undefined>();
  const [manifestError, setManifestError] = useState<string | undefined>();
  const result = job.result;
  if (!result) return null;
  const src = api.mediaUrl(job.id, 'video', job.completedAt);

  if (result.mimeType.startsWith('video/')) {
    const poster = result.thumbnailPath ? api.mediaUrl(job.id, 'thumbnail', job.completedAt) : undefined;
    return (
      <video
        className="job-video"
        controls
        preload="metadata"
        src={src}
        poster={poster}
        data-testid="history-video"
        aria-label={`Video: ${job.topic}`}
      />
    );
  }

  const loadManifest = async () => {
    try {
      const response = await fetch(src);
      if (!response.ok) throw new Error(`HTTP ${response.status}`);
      const text = await response.text();
      try {
        setManifest(JSON.stringify(JSON.parse(text), null, 2));
      } catch {
        setManifest(text);
      }
    } catch (error) {
      setManifestError(`Could not load the manifest: ${errorMessage(error)}`);
    }
  };

  return (
    <div className="manifest" data-testid="history-manifest">
      <p>
        <strong>Manifest only (mock provider)</strong> — this provider writes a {result.mimeType} description
        of the video instead of rendering it.
      </p>
      <div className="row">
        <a className="button small" href={src} target="_blank" rel="noreferrer">
          Open manifest
        </a>
        {!manifest && (
          <button type="button" className="button small ghost" onClick={() => void loadManifest()}>
            Show here
          </button>
        )}
      </div>
      {manifestError && <p className="error-text">{manifestError}</p>}
      {manifest && <pre className="manifest-json">{manifest}</pre>}
    </div>
  );
}
