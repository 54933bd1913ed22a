/** A word and when it is spoken, in seconds from the start of its audio. */
export interface TimedWord {
  readonly text: string;
  readonly startSeconds: number;
  readonly endSeconds: number;
  /**
   * The white space written after the word in the scene's text, exactly (see `splitWrittenWords`),
   * so captions show the script's characters, not words re-joined with spaces. Absent when not
   * known (hand-made word lists, narration cached before it was kept): one space.
   */
  readonly spaceAfter?: string;
}

/** A word of the narration placed on the video's timeline (seconds from the video's start). */
export interface SpokenWord extends TimedWord {
  readonly sceneIndex: number;
}

/** The narration of a timeline: who speaks, every word at its time, and whether to burn captions in. */
export interface NarrationTrack {
  /** The voice as chosen, e.g. "espeak-ng:en-us". */
  readonly voice: string;
  readonly words: readonly SpokenWord[];
  /** False when the script says `"captions": false`: sidecar files only. */
  readonly burnInCaptions: boolean;
}

/** What is shown between `word` and the word after it in the same scene. */
export function spaceAfter(word: TimedWord): string {
  return word.spaceAfter ?? ' ';
}

/**
 * The words of one scene moved onto the video's timeline: shifted by the scene's start and kept
 * inside the scene (a word that would run past its end is cut there, one that starts after it dropped).
 */
export function placeWords(
  words: readonly TimedWord[],
  scene: { readonly index: number; readonly startSeconds: number; readonly durationSeconds: number },
): SpokenWord[] {
  const end = scene.startSeconds + scene.durationSeconds;
  return words.flatMap((word) => {
    const startSeconds = scene.startSeconds + word.startSeconds;
    if (startSeconds >= end) return [];
    return [
      {
        text: word.text,
        startSeconds,
        endSeconds: Math.min(end, scene.startSeconds + word.endSeconds),
        sceneIndex: scene.index,
        ...(word.spaceAfter === undefined ? {} : { spaceAfter: word.spaceAfter }),
      },
    ];
  });
}
