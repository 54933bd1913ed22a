// Where a scene's voice-over sits in a script: scene i of a timeline is the hook (0), a main point
// (1…n) or the call to action (last), as in `script.media.voiceOvers`. Pure.
import type { VideoScript } from '#core/script.js';
import type { VoiceSynthesis } from './voice-provider.js';

/** Values per scene (hook, points…, call to action) in the layout of `script.media.voiceOvers`. */
export function byScriptPart<T>(perScene: readonly (T | undefined)[]) {
  return {
    hook: perScene[0],
    mainPoints: perScene.slice(1, -1),
    callToAction: perScene.at(-1),
  };
}

/** The script's own voice-over file of each scene (hook, points…, call to action), if any. */
export function byScene(script: VideoScript): (string | undefined)[] {
  const own = script.media?.voiceOvers;
  return [own?.hook, ...script.mainPoints.map((_, i) => own?.mainPoints?.[i]), own?.callToAction];
}

/** The script with the synthesized audio as the voice-over of every scene that had none. */
export function withVoiceOvers(
  script: VideoScript,
  spoken: readonly (VoiceSynthesis | undefined)[],
): VideoScript {
  const own = script.media?.voiceOvers;
  const paths = byScriptPart(spoken.map((s) => s?.audioPath));
  return {
    ...script,
    media: {
      ...script.media,
      voiceOvers: {
        hook: own?.hook ?? paths.hook,
        mainPoints: script.mainPoints.map((_, i) => own?.mainPoints?.[i] ?? paths.mainPoints[i]),
        callToAction: own?.callToAction ?? paths.callToAction,
      },
    },
  };
}
