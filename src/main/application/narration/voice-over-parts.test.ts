import { describe, expect, it } from 'vitest';
import { scriptWith } from '#core/timeline/test-fixtures.js';
import { byScene, byScriptPart, withVoiceOvers } from './voice-over-parts.js';

describe('voice-over parts', () => {
  const script = scriptWith({ media: { voiceOvers: { mainPoints: [undefined, '/mine/2.wav'] } } });

  it('reads the script’s own recordings scene by scene: hook, each point, call to action', () => {
    expect(byScene(script)).toEqual([undefined, undefined, '/mine/2.wav', undefined, undefined]);
    expect(byScene(scriptWith())).toEqual([undefined, undefined, undefined, undefined, undefined]);
  });

  it('splits per-scene values back into the script’s parts', () => {
    expect(byScriptPart([1, 2, 3, 4, 5])).toEqual({ hook: 1, mainPoints: [2, 3, 4], callToAction: 5 });
  });

  it('gives every scene without a recording its synthesized speech, and keeps the recordings', () => {
    const spoken = [0, 1, undefined, 3, 4].map((i) =>
      i === undefined ? undefined : { audioPath: `/cache/${i}.wav`, durationSeconds: 1, words: [] },
    );
    expect(withVoiceOvers(script, spoken).media?.voiceOvers).toEqual({
      hook: '/cache/0.wav',
      mainPoints: ['/cache/1.wav', '/mine/2.wav', '/cache/3.wav'],
      callToAction: '/cache/4.wav',
    });
  });
});
