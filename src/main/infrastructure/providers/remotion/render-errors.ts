import { ProviderError } from '#core/errors.js';

export const REMOTION_PROVIDER_ID = 'remotion';

/** Messages Chromium and Remotion's DevTools client give when the browser went away. */
const CRASHED_BROWSER =
  /target closed|session closed|browser (has )?(disconnected|closed)|page crashed|browser process (exited|crashed)|protocol error.*(closed|detached|not attached)|socket hang up|econnreset|websocket.*closed|execution context was destroyed/i;

export function isCrashedBrowserError(error: unknown): boolean {
  return CRASHED_BROWSER.test(messageOf(error));
}

export type RenderStep = 'selecting the composition' | 'rendering the video' | 'rendering the poster';

/**
 * A Remotion failure as a ProviderError. A crashed browser and errors inside the composition are
 * retryable: they are this renderer's problem, so the service may fall back to FFmpeg.
 */
export function toProviderError(error: unknown, step: RenderStep, detail: string): ProviderError {
  if (error instanceof ProviderError) return error;
  const message = firstLine(messageOf(error));
  if (isCrashedBrowserError(error)) {
    return new ProviderError(
      REMOTION_PROVIDER_ID,
      `Chromium crashed or closed while ${step} (${detail}): ${message}`,
      {
        code: 'browser_crashed',
        retryable: true,
        cause: error,
      },
    );
  }
  if (step === 'selecting the composition') {
    return new ProviderError(REMOTION_PROVIDER_ID, `could not load composition ${detail}: ${message}`, {
      code: 'composition_not_found',
      retryable: true,
      cause: error,
    });
  }
  return new ProviderError(
    REMOTION_PROVIDER_ID,
    `the composition failed while ${step} (${detail}): ${message}`,
    {
      code: 'composition_error',
      retryable: true,
      cause: error,
    },
  );
}

function messageOf(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

/** Remotion appends stack frames and hints; the first line is the part a user can read. */
function firstLine(message: string): string {
  const line = message.split('\n').find((l) => l.trim().length > 0) ?? message;
  return line.trim().slice(0, 500);
}
