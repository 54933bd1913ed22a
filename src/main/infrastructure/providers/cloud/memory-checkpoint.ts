import type { RenderCheckpoint } from '#core/provider.js';

/** Stands in when a provider is driven without the service (tests, benchmarks): nothing survives the process. */
export function memoryCheckpoint(): RenderCheckpoint {
  let state: Readonly<Record<string, unknown>> | undefined;
  return {
    load: () => state,
    save: (next) => {
      state = next;
    },
  };
}
