import type { VideoTimeline } from '../timeline/video-timeline.js';
import { VOICE_OVER_TAIL_SECONDS } from '../timeline/estimate-scene-seconds.js';
import type { NarrationTrack, SpokenWord } from './timed-words.js';
import { splitWrittenWords } from './written-words.js';

/** Share of a word's slot that is sound; the rest is the gap before the next word. */
const SOUNDING_SHARE = 0.85;

/**
 * Word timings guessed from the text alone, for a preview that cannot synthesize speech: each
 * scene's words share its length up to the voice-over tail, each in proportion to its letters (plus
 * one for the gap after it). The phrases and highlight then come from the same code the renderers
 * use (`buildCaptionCues`, `captionHighlights`); only the word times are estimates. Pure.
 */
export function estimateSpokenWords(timeline: Pick<VideoTimeline, 'scenes'>): SpokenWord[] {
  return timeline.scenes.flatMap((scene) => {
    // The words a voice would say, with the white space written after each, as the narration
    // step gives them: the preview's captions show the script's characters too.
    const { words } = splitWrittenWords(scene.text);
    if (words.length === 0) return [];
    const speaking = Math.max(0.1 * words.length, scene.durationSeconds - VOICE_OVER_TAIL_SECONDS);
    const perWeight = speaking / words.reduce((sum, word) => sum + word.text.length + 1, 0);
    let at = scene.startSeconds;
    return words.map(({ text, spaceAfter }) => {
      const slot = (text.length + 1) * perWeight;
      const word: SpokenWord = {
        text,
        startSeconds: at,
        endSeconds: at + slot * SOUNDING_SHARE,
        sceneIndex: scene.index,
        spaceAfter,
      };
      at += slot;
      return word;
    });
  });
}

/** A narration track with estimated word times (see `estimateSpokenWords`). */
export function estimatedNarration(
  timeline: Pick<VideoTimeline, 'scenes'>,
  voice: string,
  burnInCaptions: boolean,
): NarrationTrack {
  return { voice, words: estimateSpokenWords(timeline), burnInCaptions };
}
