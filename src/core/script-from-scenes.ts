import type { ScriptFormat, VideoScript } from './script.js';

/**
 * A script from its scenes' text in the order they play: the hook, each main point, then the call
 * to action. For scripts written in code (samples, previews with nothing loaded, tests), where the
 * scene list is what the writer has in mind.
 */
export function scriptFromScenes(
  about: {
    readonly channel: string;
    readonly topic: string;
    readonly name: string;
    readonly format?: ScriptFormat;
  },
  scenes: readonly [string, ...string[], string],
): VideoScript {
  const hook = scenes[0];
  const callToAction = scenes[scenes.length - 1]!;
  return {
    channel: about.channel,
    topic: about.topic,
    hook,
    mainPoints: scenes.slice(1, -1),
    callToAction,
    source: { format: about.format ?? 'json', name: about.name },
  };
}
