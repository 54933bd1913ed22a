import type { LoudnessTarget } from '#core/platform-presets.js';
import type { GraphBuilder } from './filter-graph.js';
import type { AudioPlan } from './render-plan.js';

/** Every render has 48 kHz stereo audio, silent when the script brings none. */
const FORMAT = 'aformat=sample_fmts=fltp:sample_rates=48000:channel_layouts=stereo';
const MUSIC_FADE_IN = 1;
const MUSIC_FADE_OUT = 1.5;

/**
 * Audio chains: silence the exact length of the video, music looped, loudness-normalised and
 * faded in/out, voice-overs delayed to their scene start, and music ducked under the voice by a
 * sidechain compressor keyed on it. Returns the output label. Input files are `-i` arguments, never
 * part of the filter string.
 */
export function buildAudioGraph(g: GraphBuilder, audio: AudioPlan): string {
  const d = round(audio.durationSeconds);
  const silence = `anullsrc=r=48000:cl=stereo,atrim=duration=${d}`;
  if (!audio.musicPath && audio.voiceOvers.length === 0) return g.chain([], silence, 'aout');

  const base = g.chain([], silence, 'asil');
  const mixInputs = [base];

  let voice: string | undefined;
  if (audio.voiceOvers.length > 0) {
    const clips = audio.voiceOvers.map((clip) => {
      const index = g.input(clip.path, []);
      const delayMs = Math.round(clip.startSeconds * 1000);
      return g.chain(
        [`${index}:a`],
        `${FORMAT},atrim=duration=${round(clip.maxSeconds)},asetpts=PTS-STARTPTS,loudnorm=I=-16:TP=-1.5:LRA=11,aresample=48000,${FORMAT},adelay=delays=${delayMs}:all=1`,
        'avo',
      );
    });
    const mixed =
      clips.length === 1
        ? clips[0]!
        : g.chain(clips, `amix=inputs=${clips.length}:duration=longest:normalize=0`, 'avm');
    // Padded to the full length: the sidechain compressor stops when its key stream ends.
    voice = g.chain([mixed], `apad,atrim=duration=${d}`, 'avp');
  }

  if (audio.musicPath) {
    const index = g.input(audio.musicPath, ['-stream_loop', '-1']);
    const fadeOutStart = round(Math.max(0, audio.durationSeconds - MUSIC_FADE_OUT));
    // Music sits lower when a voice speaks over it.
    const level = (voice ? 0.5 : 1) * (audio.musicVolume ?? 1);
    let music = g.chain(
      [`${index}:a`],
      `${FORMAT},atrim=duration=${d},asetpts=PTS-STARTPTS,loudnorm=I=-16:TP=-1.5:LRA=11,aresample=48000,${FORMAT},` +
        `afade=t=in:d=${MUSIC_FADE_IN},afade=t=out:st=${fadeOutStart}:d=${MUSIC_FADE_OUT},volume=${level}`,
      'amu',
    );
    if (voice) {
      const [key, spoken] = g.split(voice, 'anull', 2, 'avk', 'audio');
      music = g.chain([music, key!], 'sidechaincompress=threshold=0.02:ratio=8:attack=20:release=400', 'adk');
      voice = spoken;
    }
    mixInputs.push(music);
  }
  if (voice) mixInputs.push(voice);

  const finish = audio.loudness ? loudnessFilter(audio.loudness) : 'alimiter=limit=0.97';
  return g.chain(
    mixInputs,
    `amix=inputs=${mixInputs.length}:duration=first:normalize=0,${finish},${FORMAT}`,
    'aout',
  );
}

/**
 * How far below the true-peak limit loudnorm aims: AAC encoding adds overshoot of a few tenths of
 * a dB to a limited signal, and the limit is for the delivered file.
 */
const TRUE_PEAK_HEADROOM_DB = 0.5;

/**
 * One-pass `loudnorm` to a platform's target on the mixed soundtrack (it measures as it goes and
 * limits true peaks; loudness range left wide for music), then back to 48 kHz, since loudnorm
 * works at 192 kHz. Only for renders with music or voice: silence stays silence.
 */
export function loudnessFilter(target: LoudnessTarget): string {
  const truePeak = target.truePeakDbtp - TRUE_PEAK_HEADROOM_DB;
  return `loudnorm=I=${target.integratedLufs}:TP=${truePeak}:LRA=20,aresample=48000`;
}

function round(seconds: number): number {
  return Math.round(seconds * 1000) / 1000;
}
