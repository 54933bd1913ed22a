import type { ChannelNarration } from '#core/channel.js';
import type { ConfigManager } from '#core/config.js';
import { ReelforgeError, RenderOptionError } from '#core/errors.js';
import { buildCaptionCues, type CaptionCue } from '#core/narration/caption-cues.js';
import { placeWords, type NarrationTrack, type TimedWord } from '#core/narration/timed-words.js';
import { formatVoiceChoice, parseVoiceChoice, VOICE_OFF } from '#core/narration/voice-choice.js';
import { withWrittenSpacing } from '#core/narration/written-words.js';
import type { RenderProgress } from '#core/provider.js';
import type { VideoGenerationRequest } from '#core/request.js';
import type { ProviderOutput } from '#core/result.js';
import type { VideoScript } from '#core/script.js';
import { buildTimeline } from '#core/timeline/build-timeline.js';
import type { VideoTimeline } from '#core/timeline/video-timeline.js';
import { lineOfField } from '#core/script-field-lines.js';
import type { VideoJob } from '../job.js';
import type { ChannelLookup } from '../ports.js';
import type { VoiceRegistry } from './voice-registry.js';
import { isCloudVoice, type VoiceProvider, type VoiceSynthesis } from './voice-provider.js';
import { byScene, byScriptPart, withVoiceOvers } from './voice-over-parts.js';

/** Writes the caption sidecar files next to the video; returns the paths written. */
export interface CaptionFileWriter {
  write(outputDir: string, baseName: string, cues: readonly CaptionCue[]): Promise<string[]>;
}

/** Places a scene's known words on a recorded voice-over (the creator's own file). */
export interface RecordingAligner {
  align(
    path: string,
    text: string,
    signal: AbortSignal,
  ): Promise<{ durationSeconds: number; words: readonly TimedWord[] }>;
}

export interface NarrationDeps {
  readonly voices: VoiceRegistry;
  readonly config: ConfigManager;
  readonly channels: () => ChannelLookup;
  readonly captionFiles: CaptionFileWriter;
  /** Captions and timing for scenes with their own recording; without it those scenes have none. */
  readonly recordings?: RecordingAligner;
}

interface StepContext {
  readonly signal: AbortSignal;
  readonly onProgress: (progress: RenderProgress) => void;
}

/**
 * The narration around a render: before it, every scene without a recorded voice-over is spoken
 * by the chosen voice and the timeline is laid out again so each scene lasts at least its speech
 * plus the voice-over tail (the same `buildTimeline` stretch recorded voice-overs get), with every
 * word placed on it; after it, the `.vtt` and `.srt` files are written next to the video and listed
 * with the job. With the voice "off" both steps leave the render exactly as it was.
 */
export class NarrationStep {
  constructor(private readonly deps: NarrationDeps) {}

  /**
   * The voice a job speaks with: the render's choice, else the script's, else its channel's, else
   * the settings'.
   */
  voiceFor(job: {
    readonly options: Pick<VideoJob['options'], 'voice'>;
    readonly script: VideoJob['script'];
  }): { text: string; from: string; option?: 'voice' } {
    if (job.options.voice !== undefined)
      return { text: job.options.voice, from: 'the voice chosen for this render', option: 'voice' };
    if (job.script.voice !== undefined) {
      const line = lineOfField(job.script as VideoScript, 'voice');
      return {
        text: job.script.voice,
        from: `${job.script.source.name}${line !== undefined ? `:line ${line}` : ''}: voice`,
      };
    }
    const channelVoice = this.#channelNarration(job.script)?.voice;
    if (channelVoice !== undefined)
      return { text: channelVoice, from: `config.json: channels.${job.script.channel}.voice` };
    const fromConfig = this.deps.config.get().narration?.defaultVoice;
    return { text: fromConfig ?? VOICE_OFF, from: 'config.json: narration.default_voice' };
  }

  /** The script's channel's narration defaults; none for a channel the lookup does not know. */
  #channelNarration(script: Pick<VideoJob['script'], 'channel' | 'source'>): ChannelNarration | undefined {
    try {
      return this.deps.channels().require(script.channel, script.source.name).definition.narration;
    } catch {
      // An unknown channel is reported by the script's own checks, with its line.
      return undefined;
    }
  }

  /**
   * Throws, naming where the voice came from, when it is malformed, names no voice provider, or
   * names a voice a local provider does not have (espeak-ng's languages, piper's models): found
   * when the job is queued, not when it reaches the front of the queue. Cloud voices are not
   * listed here (that would be a network call per render); the service answers for them.
   */
  async checkVoice(job: Pick<VideoJob, 'options' | 'script'>): Promise<void> {
    const chosen = this.voiceFor(job);
    const choice = parseVoiceChoice(chosen.text);
    if ('error' in choice) throw voiceError(chosen, choice.error);
    if (choice.kind !== 'voice') return;
    const provider = this.deps.voices.get(choice.providerId);
    if (!provider) {
      try {
        this.deps.voices.require(choice.providerId);
      } catch (error) {
        throw voiceError(chosen, (error as Error).message);
      }
      return;
    }
    const voice = choice.voice;
    if (voice === undefined || voice === provider.defaultVoice) return;
    if (isCloudVoice(provider) || !provider.listVoices) return;
    const known = await provider.listVoices().catch(() => [] as readonly string[]);
    if (known.length === 0 || known.includes(voice)) return;
    const shown = known.slice(0, 12).join(', ');
    const more = known.length > 12 ? `, … ${known.length - 12} more` : '';
    throw voiceError(
      chosen,
      `${provider.id} has no voice "${voice}" (use one of: ${shown}${more}; \`reelforge voices\` lists them all)`,
    );
  }

  async prepare(
    job: Pick<VideoJob, 'options' | 'script'>,
    request: VideoGenerationRequest,
    context: StepContext,
  ): Promise<VideoGenerationRequest> {
    const chosen = this.voiceFor(job);
    const choice = parseVoiceChoice(chosen.text);
    if ('error' in choice) throw voiceError(chosen, choice.error);
    if (choice.kind === 'off') {
      // A job narrated before (its stored timeline is the narrated one), now with the voice off.
      return request.timeline.narration
        ? { ...request, timeline: this.#layout(request.script, request.timeline) }
        : request;
    }
    const provider = this.deps.voices.require(choice.providerId);
    const availability = await provider.isAvailable();
    if (!availability.available) {
      throw new ReelforgeError(
        `voice provider "${provider.id}" (${chosen.from}) is not available: ${availability.reason ?? 'no reason given'}`,
      );
    }
    const voice = choice.voice ?? provider.defaultVoice;
    const narrated = await this.#narrate(request.script, request.timeline, provider, voice, context);
    return { ...request, ...narrated };
  }

  /**
   * The timeline a render of `script` would narrate to, for the preview and the Scenes table: the
   * same synthesis (cached, so the render reuses it) and layout as `prepare`. Only voices that
   * cost nothing to ask are spoken: undefined for the voice "off", a cloud voice (a preview must
   * not spend the creator's credits), an unavailable provider or a voice that fails.
   */
  async previewTimeline(
    script: VideoScript,
    timeline: VideoTimeline,
    signal: AbortSignal,
  ): Promise<VideoTimeline | undefined> {
    const choice = parseVoiceChoice(this.voiceFor({ options: {}, script }).text);
    if ('error' in choice || choice.kind === 'off') return undefined;
    const provider = this.deps.voices.get(choice.providerId);
    if (!provider || isCloudVoice(provider)) return undefined;
    if (!(await provider.isAvailable()).available) return undefined;
    const voice = choice.voice ?? provider.defaultVoice;
    try {
      const context = { signal, onProgress: () => undefined };
      return (await this.#narrate(script, timeline, provider, voice, context)).timeline;
    } catch (error) {
      if (signal.aborted) throw error;
      return undefined; // the render reports it, with the script's line
    }
  }

  /**
   * Speaks every scene without a recorded voice-over, aligns the recorded ones, and lays the
   * timeline out again so each scene lasts at least its speech, every word placed on it.
   */
  async #narrate(
    original: VideoScript,
    planned: VideoTimeline,
    provider: VoiceProvider,
    voice: string,
    context: StepContext,
  ): Promise<{ script: VideoScript; timeline: VideoTimeline }> {
    const rate = this.#channelNarration(original)?.rate ?? this.deps.config.get().narration?.rate ?? 1;
    const { scenes } = planned;
    const spoken: (VoiceSynthesis | undefined)[] = [];
    const recorded: (Awaited<ReturnType<RecordingAligner['align']>> | undefined)[] = [];
    // The creator's own recordings, from the script: a stored timeline narrated before has the
    // synthesized speech as every scene's voice-over.
    const recordings = byScene(original);
    for (const [i, scene] of scenes.entries()) {
      context.signal.throwIfAborted();
      context.onProgress({ progress: 0, stage: `narrating scene ${i + 1} of ${scenes.length}` });
      // A scene with the creator's own recording keeps it; its words are aligned to it.
      const own = recordings[i];
      spoken.push(
        own === undefined
          ? await provider.synthesize(scene.text, voice, { signal: context.signal, rate })
          : undefined,
      );
      recorded.push(
        own !== undefined && this.deps.recordings
          ? await this.deps.recordings.align(own, scene.text, context.signal)
          : undefined,
      );
    }

    const script = withVoiceOvers(original, spoken);
    const timeline = this.#layout(
      script,
      planned,
      byScriptPart(spoken.map((s, i) => s?.durationSeconds ?? recorded[i]?.durationSeconds)),
    );
    // Each word gets the white space written after it in the text it was said from, so captions
    // show the script's characters.
    const words = timeline.scenes.flatMap((scene, i) =>
      placeWords(
        withWrittenSpacing(spoken[i]?.words ?? recorded[i]?.words ?? noWords, scenes[i]?.text ?? scene.text),
        scene,
      ),
    );
    const narration: NarrationTrack = {
      voice: formatVoiceChoice({ kind: 'voice', providerId: provider.id, voice }),
      words,
      burnInCaptions: script.captions !== false,
    };
    return { script, timeline: { ...timeline, narration } };
  }

  /**
   * The script laid out again with the planned timeline's look and frame rate (a template's look,
   * when the script names one), scenes stretched to `voiceOverSeconds`.
   */
  #layout(
    script: VideoScript,
    planned: VideoTimeline,
    voiceOverSeconds?: ReturnType<typeof byScriptPart<number>>,
  ): VideoTimeline {
    const channel = {
      ...this.deps.channels().require(script.channel, script.source.name).definition,
      style: planned.style,
    };
    return buildTimeline(script, channel, {
      fps: planned.fps,
      ...(voiceOverSeconds ? { voiceOverSeconds } : {}),
    });
  }

  /** Writes the caption files of a narrated render and lists them with its output. */
  async finish(request: VideoGenerationRequest, output: ProviderOutput): Promise<ProviderOutput> {
    const narration = request.timeline.narration;
    if (narration === undefined) return output;
    const cues = buildCaptionCues(narration.words);
    const files = await this.deps.captionFiles.write(request.outputDir, request.outputBaseName, cues);
    return {
      ...output,
      extraFiles: [...(output.extraFiles ?? []), ...files],
      details: { ...output.details, narration: narration.voice, captionFiles: files },
    };
  }
}

const noWords: readonly TimedWord[] = [];

/** A voice that cannot be used, named after where it came from (a render option is worded by each front end). */
function voiceError(chosen: { from: string; option?: 'voice' }, problem: string): ReelforgeError {
  return chosen.option
    ? new RenderOptionError('voice', problem)
    : new ReelforgeError(`${chosen.from}: ${problem}`);
}
