import { describe, expect, it } from 'vitest';
import type { AppConfig, ConfigManager } from '#core/config.js';
import type { CaptionCue } from '#core/narration/caption-cues.js';
import type { VideoGenerationRequest } from '#core/request.js';
import type { ProviderOutput } from '#core/result.js';
import type { VideoScript } from '#core/script.js';
import { buildTimeline } from '#core/timeline/build-timeline.js';
import { VOICE_OVER_TAIL_SECONDS } from '#core/timeline/estimate-scene-seconds.js';
import { scriptWith, TEST_CHANNEL } from '#core/timeline/test-fixtures.js';
import type { ChannelNarration, ChannelStrategy } from '#core/channel.js';
import type { JobOptions } from '../job.js';
import { NarrationStep, type CaptionFileWriter } from './narration-step.js';
import type { SynthesizeOptions, VoiceProvider, VoiceSynthesis } from './voice-provider.js';
import { VoiceRegistry } from './voice-registry.js';

/** A stand-in voice: one second per word, each word 0.8 s long; says what it was asked. */
class MetronomeVoice implements VoiceProvider {
  readonly id = 'metronome';
  readonly name = 'Metronome';
  readonly capabilities = { languages: ['en'], wordTimings: true };
  readonly defaultVoice = 'tick';
  readonly settingsFields = [];
  readonly asked: { text: string; voice: string; rate: number }[] = [];
  available = true;
  async isAvailable() {
    return this.available ? { available: true } : { available: false, reason: 'metronome is unplugged' };
  }
  async synthesize(text: string, voice: string, options: SynthesizeOptions): Promise<VoiceSynthesis> {
    this.asked.push({ text, voice, rate: options.rate });
    const words = text.split(' ').map((word, i) => ({ text: word, startSeconds: i, endSeconds: i + 0.8 }));
    return { audioPath: `/voices/${this.asked.length}.wav`, durationSeconds: words.length, words };
  }
}

class RecordingCaptionWriter implements CaptionFileWriter {
  written: { outputDir: string; baseName: string; cues: readonly CaptionCue[] }[] = [];
  async write(outputDir: string, baseName: string, cues: readonly CaptionCue[]) {
    this.written.push({ outputDir, baseName, cues });
    return [`${outputDir}/${baseName}.vtt`, `${outputDir}/${baseName}.srt`];
  }
}

function setup(narration?: AppConfig['narration'], channelNarration?: ChannelNarration) {
  const voice = new MetronomeVoice();
  const voices = new VoiceRegistry();
  voices.register(voice);
  const captions = new RecordingCaptionWriter();
  const config = { get: () => ({ narration }) } as unknown as ConfigManager;
  const definition = { ...TEST_CHANNEL, ...(channelNarration ? { narration: channelNarration } : {}) };
  const channels = () => ({ require: () => ({ definition }) as unknown as ChannelStrategy });
  return { voice, captions, step: new NarrationStep({ voices, config, channels, captionFiles: captions }) };
}

function requestFor(script: VideoScript): VideoGenerationRequest {
  return {
    jobId: 'job',
    script,
    timeline: buildTimeline(script, TEST_CHANNEL),
    quality: 'draft',
    aspectRatio: '9:16',
    outputDir: '/out',
    outputBaseName: 'morning-job',
    requiredCapabilities: [],
  };
}

const options = (voice?: string): JobOptions => ({
  provider: 'ffmpeg',
  quality: 'draft',
  aspectRatio: '9:16',
  outputDir: '/out',
  ...(voice !== undefined ? { voice } : {}),
});
const context = { signal: new AbortController().signal, onProgress: () => undefined };
const LONG_HOOK = 'one two three four five six seven eight nine ten eleven twelve thirteen fourteen';

describe('NarrationStep', () => {
  it('leaves the render exactly as it was when the voice is off (the default)', async () => {
    const { step, voice } = setup();
    const script = scriptWith();
    const request = requestFor(script);
    expect(await step.prepare({ options: options(), script }, request, context)).toBe(request);
    expect(
      await step.prepare(
        { options: options('off'), script: { ...script, voice: 'metronome' } },
        request,
        context,
      ),
    ).toBe(request);
    expect(voice.asked).toEqual([]);
  });

  it('takes the render option over the script, and the script over the settings', () => {
    const { step } = setup({ defaultVoice: 'metronome:config', rate: 1 });
    const script = scriptWith({ voice: 'metronome:script' });
    expect(step.voiceFor({ options: options('metronome:cli'), script }).text).toBe('metronome:cli');
    expect(step.voiceFor({ options: options(), script }).text).toBe('metronome:script');
    expect(step.voiceFor({ options: options(), script: scriptWith() }).text).toBe('metronome:config');
  });

  it("takes the channel's voice and rate over the settings, under the script's and the render's", async () => {
    const { step, voice } = setup(
      { defaultVoice: 'metronome:config', rate: 1 },
      { voice: 'metronome:channel', rate: 1.5 },
    );
    expect(step.voiceFor({ options: options(), script: scriptWith() })).toEqual({
      text: 'metronome:channel',
      from: 'config.json: channels.' + scriptWith().channel + '.voice',
    });
    expect(
      step.voiceFor({ options: options(), script: scriptWith({ voice: 'metronome:script' }) }).text,
    ).toBe('metronome:script');
    expect(step.voiceFor({ options: options('off'), script: scriptWith() }).text).toBe('off');
    const script = scriptWith();
    await step.prepare({ options: options(), script }, requestFor(script), context);
    expect(voice.asked.length).toBeGreaterThan(0);
    expect(voice.asked.every((a) => a.voice === 'channel' && a.rate === 1.5)).toBe(true);
  });

  it('speaks every scene, stretches scenes to their speech plus the tail and places every word', async () => {
    const { step, voice } = setup({ defaultVoice: 'metronome', rate: 1.25 });
    const script = scriptWith({ hook: LONG_HOOK });
    const before = requestFor(script);
    const after = await step.prepare({ options: options(), script }, before, context);

    expect(voice.asked.map((a) => a.text)).toEqual(before.timeline.scenes.map((s) => s.text));
    expect(voice.asked.every((a) => a.voice === 'tick' && a.rate === 1.25)).toBe(true);
    const [hook, ...rest] = after.timeline.scenes;
    // 14 words of one second: longer than the channel's maximum scene, so speech decides.
    expect(hook!.durationSeconds).toBeGreaterThanOrEqual(14 + VOICE_OVER_TAIL_SECONDS);
    expect(hook!.durationSeconds).toBeGreaterThan(before.timeline.scenes[0]!.durationSeconds);
    expect(after.timeline.scenes.map((s) => s.voiceOverPath)).toEqual(
      voice.asked.map((_, i) => `/voices/${i + 1}.wav`),
    );

    const narration = after.timeline.narration!;
    expect(narration).toMatchObject({ voice: 'metronome:tick', burnInCaptions: true });
    expect(narration.words.map((w) => w.text).join(' ')).toBe(
      after.timeline.scenes.map((s) => s.text).join(' '),
    );
    const firstOfPoint = narration.words.find((w) => w.sceneIndex === 1)!;
    expect(firstOfPoint.startSeconds).toBe(rest[0]!.startSeconds);
  });

  it("keeps a scene's own recording and turns burned-in captions off when the script says so", async () => {
    const { step, voice } = setup();
    const script = scriptWith({ captions: false, media: { voiceOvers: { hook: '/mine/hook.wav' } } });
    const after = await step.prepare({ options: options('metronome'), script }, requestFor(script), context);
    expect(after.timeline.scenes[0]!.voiceOverPath).toBe('/mine/hook.wav');
    expect(voice.asked.map((a) => a.text)).not.toContain(script.hook);
    expect(after.timeline.narration!.words.some((w) => w.sceneIndex === 0)).toBe(false);
    expect(after.timeline.narration!.burnInCaptions).toBe(false);
  });

  it('aligns the words of a scene with its own recording, and stretches the scene to it', async () => {
    const voice = new MetronomeVoice();
    const voices = new VoiceRegistry();
    voices.register(voice);
    const aligned: string[] = [];
    const step = new NarrationStep({
      voices,
      config: { get: () => ({}) } as unknown as ConfigManager,
      channels: () => ({ require: () => ({ definition: TEST_CHANNEL }) as unknown as ChannelStrategy }),
      captionFiles: new RecordingCaptionWriter(),
      recordings: {
        align: async (path, text) => {
          aligned.push(`${path}: ${text}`);
          return {
            durationSeconds: 20,
            words: text
              .split(' ')
              .map((word, i) => ({ text: word, startSeconds: 1 + i, endSeconds: 1.5 + i })),
          };
        },
      },
    });
    const script = scriptWith({ media: { voiceOvers: { hook: '/mine/hook.wav' } } });
    const after = await step.prepare({ options: options('metronome'), script }, requestFor(script), context);
    expect(aligned).toEqual([`/mine/hook.wav: ${script.hook}`]);
    expect(after.timeline.scenes[0]!.durationSeconds).toBeGreaterThanOrEqual(20 + VOICE_OVER_TAIL_SECONDS);
    const hookWords = after.timeline.narration!.words.filter((w) => w.sceneIndex === 0);
    expect(hookWords.map((w) => w.text).join(' ')).toBe(script.hook);
    expect(hookWords[0]!.startSeconds).toBe(1);
  });

  it('checks a voice before a job is queued, naming where it came from', async () => {
    const { step } = setup({ defaultVoice: 'nobody', rate: 1 });
    await expect(step.checkVoice({ options: options(), script: scriptWith() })).rejects.toThrow(
      'config.json: narration.default_voice: unknown voice provider "nobody" (use one of: off, metronome)',
    );
    const script = scriptWith({ voice: 'ghost:x', source: { format: 'json', name: 'a.json' } });
    await expect(step.checkVoice({ options: options(), script })).rejects.toThrow(
      'a.json: voice: unknown voice provider "ghost"',
    );
    await expect(step.checkVoice({ options: options('metronome:x'), script })).resolves.toBeUndefined();
    await expect(step.checkVoice({ options: options('off'), script })).resolves.toBeUndefined();
  });

  it('refuses a voice a local provider does not list when the job is queued, not at render time', async () => {
    const { step, voice } = setup();
    Object.assign(voice, { listVoices: async () => ['tick', 'tock'] });
    const script = scriptWith({ voice: 'metronome:tack', source: { format: 'json', name: 'a.json' } });
    await expect(step.checkVoice({ options: options(), script })).rejects.toThrow(
      'a.json: voice: metronome has no voice "tack" (use one of: tick, tock;',
    );
    await expect(step.checkVoice({ options: options('metronome:tack'), script })).rejects.toMatchObject({
      option: 'voice',
    });
    await expect(step.checkVoice({ options: options('metronome:tock'), script })).resolves.toBeUndefined();
    // A cloud voice (one that reads an API key) is not listed per render.
    Object.assign(voice, { settingsFields: ['apiKey'] });
    await expect(step.checkVoice({ options: options(), script })).resolves.toBeUndefined();
  });

  it('says which voice provider is unknown or unavailable, and where the choice came from', async () => {
    const { step, voice } = setup();
    const script = scriptWith({ voice: 'nobody:x' });
    await expect(step.prepare({ options: options(), script }, requestFor(script), context)).rejects.toThrow(
      'unknown voice provider "nobody" (use one of: off, metronome)',
    );
    voice.available = false;
    await expect(
      step.prepare({ options: options('metronome'), script }, requestFor(script), context),
    ).rejects.toThrow(
      'voice provider "metronome" (the voice chosen for this render) is not available: metronome is unplugged',
    );
  });

  it('writes the caption files of a narrated render and lists them with its output', async () => {
    const { step, captions } = setup();
    const script = scriptWith();
    const output: ProviderOutput = {
      outputPath: '/out/morning-job.mp4',
      durationSeconds: 20,
      sizeBytes: 1,
      width: 1,
      height: 1,
      mimeType: 'video/mp4',
    };
    expect(await step.finish(requestFor(script), output)).toBe(output);
    const narrated = await step.prepare(
      { options: options('metronome'), script },
      requestFor(script),
      context,
    );
    const finished = await step.finish(narrated, output);
    expect(finished.extraFiles).toEqual(['/out/morning-job.vtt', '/out/morning-job.srt']);
    expect(captions.written[0]).toMatchObject({ outputDir: '/out', baseName: 'morning-job' });
    expect(captions.written[0]!.cues.flatMap((c) => c.words)).toEqual(narrated.timeline.narration!.words);
  });

  it('narrates a timeline stored from an earlier narrated render as if it were new (a retry)', async () => {
    const { step, voice } = setup({ defaultVoice: 'metronome', rate: 1 });
    const script = scriptWith({ hook: LONG_HOOK });
    const first = await step.prepare({ options: options(), script }, requestFor(script), context);
    voice.asked.length = 0;
    // The job now stores the narrated timeline, whose scenes name the synthesized speech.
    const again = await step.prepare({ options: options(), script }, { ...first, script }, context);
    expect(voice.asked.map((a) => a.text)).toEqual(first.timeline.scenes.map((s) => s.text));
    expect(again.timeline.scenes.map((s) => s.durationSeconds)).toEqual(
      first.timeline.scenes.map((s) => s.durationSeconds),
    );
    expect(again.timeline.narration!.words).toEqual(first.timeline.narration!.words);
  });

  it('lays a stored narrated timeline out at the reading pace again when the voice is now off', async () => {
    const { step } = setup({ defaultVoice: 'metronome', rate: 1 });
    const script = scriptWith({ hook: LONG_HOOK });
    const planned = requestFor(script);
    const narrated = await step.prepare({ options: options(), script }, planned, context);
    const off = await step.prepare({ options: options('off'), script }, { ...narrated, script }, context);
    expect(off.timeline).toEqual(planned.timeline);
  });

  describe("previewTimeline (the page's preview and Scenes table)", () => {
    it('is the very timeline the render narrates to, for the voice the render would use', async () => {
      const { step } = setup({ defaultVoice: 'metronome', rate: 1 });
      const script = scriptWith({ hook: LONG_HOOK });
      const planned = requestFor(script);
      const preview = await step.previewTimeline(script, planned.timeline, context.signal);
      const rendered = await step.prepare({ options: options(), script }, planned, context);
      // The stand-in voice names each file after its call; a real one caches by text and voice.
      const withoutFiles = (timeline: typeof preview) => ({
        ...timeline,
        scenes: timeline!.scenes.map(({ voiceOverPath: _file, ...scene }) => scene),
      });
      expect(withoutFiles(preview)).toEqual(withoutFiles(rendered.timeline));
      expect(preview!.durationSeconds).toBeGreaterThan(planned.timeline.durationSeconds);
    });

    it('is undefined when the voice is off, the provider is unavailable, or the voice is a billed cloud voice', async () => {
      const script = scriptWith();
      const { step: off } = setup();
      expect(await off.previewTimeline(script, requestFor(script).timeline, context.signal)).toBeUndefined();

      const { step: unplugged, voice } = setup({ defaultVoice: 'metronome', rate: 1 });
      voice.available = false;
      expect(
        await unplugged.previewTimeline(script, requestFor(script).timeline, context.signal),
      ).toBeUndefined();

      const cloud = new MetronomeVoice();
      Object.assign(cloud, { id: 'cloudy', settingsFields: ['apiKey'] });
      const voices = new VoiceRegistry();
      voices.register(cloud);
      const step = new NarrationStep({
        voices,
        config: { get: () => ({ narration: { defaultVoice: 'cloudy' } }) } as unknown as ConfigManager,
        channels: () => ({ require: () => ({ definition: TEST_CHANNEL }) as unknown as ChannelStrategy }),
        captionFiles: new RecordingCaptionWriter(),
      });
      expect(await step.previewTimeline(script, requestFor(script).timeline, context.signal)).toBeUndefined();
      expect(cloud.asked).toEqual([]);
    });
  });
});
