// A guide over the preview: where the platform's own UI (tabs, button column, caption) will cover
// the video. Drawn from the same margins the renderers keep text out of; it never takes clicks.
import { PLATFORM_PRESETS, type PlatformId } from '#core/platform-presets.js';
import { overlayParts } from './platform-frame.js';

export function PlatformOverlay({ platform }: { readonly platform: PlatformId }) {
  const parts = overlayParts(platform);
  if (parts.length === 0) return null;
  return (
    <div
      className="platform-overlay"
      aria-label={`${PLATFORM_PRESETS[platform].name} interface guide`}
      data-testid="platform-overlay"
      data-platform={platform}
    >
      {parts.map((part) => (
        <div
          key={part.kind}
          className={`platform-overlay-${part.kind}`}
          style={{
            left: `${part.left}%`,
            top: `${part.top}%`,
            width: `${part.width}%`,
            height: `${part.height}%`,
          }}
        >
          {part.kind === 'buttons' ? (
            <>
              <span />
              <span />
              <span />
              <span />
            </>
          ) : (
            <em>{part.label}</em>
          )}
        </div>
      ))}
    </div>
  );
}
