import { buildAudioGraph } from './audio-graph.js';
import { filterPathValue } from './caption-subtitles.js';
import {
  isVideoClip,
  type ImageSource,
  type PlannedScene,
  type RenderPlan,
  type VideoClipSource,
  posterFrame,
} from './render-plan.js';
import type { TransitionMethod } from './transitions.js';

/** One `-i`: a file and the input options placed before it. */
export interface FfmpegInput {
  readonly path: string;
  readonly options: readonly string[];
}

export interface FilterGraph {
  readonly inputs: readonly FfmpegInput[];
  /** The `-filter_complex` value. Built from numbers and our own labels only: no script text. */
  readonly filterComplex: string;
  readonly videoOutput: string;
  /** The whole soundtrack, when this graph carries it. */
  readonly audioOutput?: string;
  /** A single frame of the video (see `posterFrame`) for the poster JPEG, from the same run. */
  readonly posterOutput?: string;
}

/**
 * Which part of the render one graph makes; by default all of it, with sound. The poster is
 * included whenever its frame lies in the range.
 */
export interface GraphOptions {
  /** Output frames [start, end); never starting or ending inside a transition. */
  readonly range?: FrameRange;
  /** Include the soundtrack (default true). */
  readonly audio?: boolean;
}

/** Collects inputs and filter chains and hands out unique link labels. */
export class GraphBuilder {
  readonly inputs: FfmpegInput[] = [];
  readonly chains: string[] = [];
  #next = 0;

  label(prefix: string): string {
    this.#next += 1;
    return `${prefix}${this.#next}`;
  }

  input(path: string, options: readonly string[]): number {
    this.inputs.push({ path, options });
    return this.inputs.length - 1;
  }

  /** Adds `[in1][in2]filters[out]` and returns `out`. */
  chain(inputs: readonly string[], filters: string, outPrefix = 'v'): string {
    const out = this.label(outPrefix);
    this.chains.push(`${inputs.map((l) => `[${l}]`).join('')}${filters}[${out}]`);
    return out;
  }

  /** Splits one stream into `count` labels (no split filter for a single use). */
  split(
    input: string,
    prepare: string,
    count: number,
    prefix: string,
    media: 'video' | 'audio' = 'video',
  ): string[] {
    return this.fork([input], prepare, count, prefix, media);
  }

  /** Adds `[in…]filters,split=count[out1][out2]…` (just `[out1]` for a single use). */
  fork(
    inputs: readonly string[],
    filters: string,
    count: number,
    prefix: string,
    media: 'video' | 'audio' = 'video',
  ): string[] {
    if (count === 1) return [this.chain(inputs, filters, prefix)];
    const outs = Array.from({ length: count }, () => this.label(prefix));
    const filter = media === 'audio' ? 'asplit' : 'split';
    this.chains.push(
      `${inputs.map((l) => `[${l}]`).join('')}${filters},${filter}=${count}${outs.map((l) => `[${l}]`).join('')}`,
    );
    return outs;
  }

  /** Plays the streams one after another. */
  concat(labels: readonly string[]): string {
    if (labels.length === 1) return labels[0]!;
    return this.chain(labels, `concat=n=${labels.length}:v=1:a=0`);
  }
}

/** A frame range [start, end): scene-relative inside a scene, output frames for a graph range. */
export interface FrameRange {
  readonly start: number;
  readonly end: number;
}

/** The scene-relative frames of one scene that a graph range needs. */
interface SceneWindow {
  /** Frames of the transition into this scene (with the previous scene's tail under them). */
  readonly head?: FrameRange;
  /**
   * The frames of the transition clip the range shows, when it starts or ends inside the
   * transition: the clip is always made whole (its frames count from its own start) and trimmed.
   */
  readonly headShown?: FrameRange;
  readonly body?: FrameRange;
  /** Frames played under the next scene's transition. */
  readonly tail?: FrameRange;
}

/**
 * What each scene contributes to output frames [range.start, range.end). A transition is made
 * whole whenever the range shows any of it, then trimmed to the frames the range shows: a part
 * may start or end inside one (render-parts.ts cuts there when that balances the parts best).
 */
function sceneWindows(plan: RenderPlan, range: FrameRange): SceneWindow[] {
  if (!(range.start >= 0 && range.end <= plan.totalFrames && range.start < range.end)) {
    throw new Error(`frame range ${range.start}–${range.end} is not inside 0–${plan.totalFrames}`);
  }
  const headShown = plan.scenes.map((scene): FrameRange | undefined => {
    const from = scene.startFrame;
    const to = from + scene.headFrames;
    if (to <= range.start || from >= range.end || from === to) return undefined;
    return { start: Math.max(from, range.start) - from, end: Math.min(to, range.end) - from };
  });
  return plan.scenes.map((scene, i) => {
    const bodyStart = Math.max(scene.headFrames, range.start - scene.startFrame);
    const bodyEnd = Math.min(scene.frameCount, range.end - scene.startFrame);
    const shown = headShown[i];
    return {
      head: shown ? { start: 0, end: scene.headFrames } : undefined,
      headShown: shown && (shown.start > 0 || shown.end < scene.headFrames) ? shown : undefined,
      body: bodyEnd > bodyStart ? { start: bodyStart, end: bodyEnd } : undefined,
      tail: headShown[i + 1]
        ? { start: scene.frameCount, end: scene.frameCount + scene.tailFrames }
        : undefined,
    };
  });
}

/**
 * The render (or the part of it in `options.range`) as one ffmpeg filter graph. Performance is the
 * point of its shape:
 *  - every image is decoded once and repeated with `loop` (frame references, no copies);
 *  - once a scene's text is at rest the scene is one still frame composed once and looped,
 *    so per-frame work happens only while text moves and during transitions;
 *  - scenes are cut into frame-exact pieces and joined with `concat`; a transition is a short
 *    clip made from the outgoing scene's extra frames and the incoming scene's first frames;
 *  - a part of the render reads and builds only the scenes it shows, so parts can be encoded side
 *    by side and joined without re-encoding.
 */
export function buildFilterGraph(plan: RenderPlan, options: GraphOptions = {}): FilterGraph {
  const range = options.range ?? { start: 0, end: plan.totalFrames };
  const windows = sceneWindows(plan, range);
  const g = new GraphBuilder();
  const image = (source: ImageSource) => `${g.input(source.path, imageInputOptions(source, plan.fps))}:v`;
  const clip = (source: VideoClipSource) => `${g.input(source.path, CLIP_INPUT_OPTIONS)}:v`;

  const wipes = plan.scenes.filter((s, i) => windows[i]!.head && s.transitionIn.type === 'wipe').length;
  const masks: string[] = [];
  if (wipes > 0) {
    masks.push(...g.split(image(plan.wipeMask!), 'format=gray', wipes, 'mask'));
  }

  const pieces: string[] = [];
  let previousTail: string | undefined;
  plan.scenes.forEach((scene, i) => {
    const window = windows[i]!;
    // Over a moving clip every frame is composed, so its ranges are not split where text rests.
    const moving = isVideoClip(scene.background);
    const parts = [window.head, window.body, window.tail].map((range) =>
      range ? (moving ? [range] : splitAtRest(range, scene.motionEndFrame)) : [],
    );
    const uses = parts.reduce((n, p) => n + p.length, 0);
    if (uses === 0) return;
    const backgrounds = moving
      ? g.split(clip(scene.background), clipPreparation(plan, scene.background), uses, 'bg')
      : g.split(image(scene.background), 'format=yuv420p', uses, 'bg');
    const texts = g.split(image(scene.text), 'format=yuva420p', uses, 'tx');
    let use = 0;
    const [head, body, tail] = parts.map((subRanges) => {
      if (subRanges.length === 0) return undefined;
      const labels = subRanges.map((sub) => {
        const piece: ScenePiece = { scene, range: sub, background: backgrounds[use]!, text: texts[use]! };
        use += 1;
        // Over a moving clip every frame is composed; over a still, only while the text moves.
        if (moving) return movingPiece(g, plan, piece, 'clip');
        return sub.end <= scene.motionEndFrame
          ? movingPiece(g, plan, piece, 'image')
          : stillPiece(g, plan, piece);
      });
      return g.concat(labels);
    });
    if (head !== undefined) {
      if (previousTail === undefined)
        throw new Error(`scene ${scene.index} has a transition but the scene before has no extra frames`);
      const clip = transitionClip(g, plan, scene.transitionIn, previousTail, head, scene.headFrames, masks);
      const shown = window.headShown;
      pieces.push(
        shown
          ? g.chain(
              [clip],
              `trim=start_frame=${shown.start}:end_frame=${shown.end},${frameClock(plan)}`,
              'tc',
            )
          : clip,
      );
    }
    if (body !== undefined) pieces.push(body);
    previousTail = tail;
  });

  const joined =
    (pieces.length > 1 ? `concat=n=${pieces.length}:v=1:a=0,format=yuv420p` : 'format=yuv420p') +
    captionFilters(plan, range);
  // The logo goes over the finished picture (captions included), its one frame held to the end.
  let sources = pieces;
  let finish = joined;
  if (plan.logo) {
    const { path, x, y, width, height } = plan.logo;
    const base = g.chain(pieces, joined, 'vj');
    const logo = g.chain([`${g.input(path, [])}:v`], `scale=${width}:${height},format=rgba`, 'logo');
    sources = [base, logo];
    finish = `overlay=x=${x}:y=${y}:eof_action=repeat,format=yuv420p`;
  }
  const frame = posterFrame(plan);
  const withPoster = frame >= range.start && frame < range.end;
  let video: string;
  let poster: string | undefined;
  if (withPoster) {
    // The poster is cut from the finished picture in the same run, so the video is never decoded again.
    const [main, still] = g.fork(sources, finish, 2, 'vout') as [string, string];
    const at = frame - range.start;
    poster = g.chain([still], `trim=start_frame=${at}:end_frame=${at + 1}`, 'poster');
    video = main;
  } else {
    video = g.chain(sources, finish, 'vout');
  }
  const audio = options.audio === false ? undefined : buildAudioGraph(g, plan.audio);
  return {
    inputs: g.inputs,
    filterComplex: g.chains.join(';'),
    videoOutput: video,
    audioOutput: audio,
    posterOutput: poster,
  };
}

/**
 * Burns the captions in: libass draws at each frame's time, so a part of the render is moved to
 * its place in the whole video for it and back to zero after. Empty without captions.
 */
function captionFilters(plan: RenderPlan, range: FrameRange): string {
  if (!plan.captions) return '';
  const { subtitlesPath, fontsDir } = plan.captions;
  const offset = `setpts=PTS+${range.start}/(${plan.fps}*TB)`;
  const ass = `ass=filename=${filterPathValue(subtitlesPath)}:fontsdir=${filterPathValue(fontsDir)}`;
  return `,${offset},${ass},setpts=PTS-STARTPTS,format=yuv420p`;
}

/** One image read as a single frame at the render's frame rate (timestamps in 1/fps). */
export function imageInputOptions(source: ImageSource, fps: number): string[] {
  const rate = ['-framerate', String(fps)];
  if (!source.raw) return rate;
  return [
    '-f',
    'rawvideo',
    '-pix_fmt',
    source.raw.pixelFormat ?? 'rgba',
    '-video_size',
    `${source.raw.width}x${source.raw.height}`,
    ...rate,
  ];
}

/** Splits a range where the text comes to rest: a moving part first, then a still part. */
export function splitAtRest(range: FrameRange, restFrame: number): FrameRange[] {
  if (range.end <= range.start) return [];
  const split = Math.min(Math.max(restFrame, range.start), range.end);
  return [
    { start: range.start, end: split },
    { start: split, end: range.end },
  ].filter((r) => r.end > r.start);
}

const LOOP = 'loop=loop=-1:size=1:start=0';

/** A background clip is read in an endless loop, so a scene longer than the clip never runs dry. */
const CLIP_INPUT_OPTIONS = ['-stream_loop', '-1'] as const;

/**
 * A background clip at the render's frame rate, scaled to cover the frame and centre-cropped
 * (no bars, so never a black edge), on the scene's frame clock like a looped image.
 */
function clipPreparation(
  plan: Pick<RenderPlan, 'fps' | 'width' | 'height'>,
  source: Pick<VideoClipSource, 'blurPx' | 'dim'> = {},
): string {
  const { fps, width, height } = plan;
  return [
    `fps=${fps}`,
    `scale=${width}:${height}:force_original_aspect_ratio=increase:flags=bicubic`,
    `crop=${width}:${height}`,
    'setsar=1',
    ...(source.blurPx ? [`gblur=sigma=${round2(source.blurPx)}`] : []),
    ...(source.dim ? [`drawbox=x=0:y=0:w=iw:h=ih:color=black@${round2(source.dim)}:t=fill`] : []),
    'format=yuv420p',
    frameClock(plan),
  ].join(',');
}

/** One stretch of a scene to compose: its frames and the graph labels of its background and text. */
interface ScenePiece {
  readonly scene: PlannedScene;
  readonly range: FrameRange;
  readonly background: string;
  readonly text: string;
}

/** Restarts timestamps on the render's frame clock: frame N at N/fps. */
function frameClock(plan: Pick<RenderPlan, 'fps'>): string {
  return `setpts=N/(${plan.fps}*TB)`;
}

/**
 * Text over the background frame by frame: where text moves over a still, and everywhere over a
 * clip (whose frames already run on the scene clock, so it is only trimmed).
 */
function movingPiece(
  g: GraphBuilder,
  plan: RenderPlan,
  piece: ScenePiece,
  background: 'image' | 'clip',
): string {
  const { scene, range, background: bg, text: tx } = piece;
  const trim = `trim=start_frame=${range.start}:end_frame=${range.end}`;
  const backgroundFrames = g.chain(
    [bg],
    background === 'clip' ? trim : `${LOOP},${frameClock(plan)},${trim}`,
    'mb',
  );
  const { fade } = scene.motion;
  const text = g.chain(
    [tx],
    `${LOOP},${frameClock(plan)},${trim},fade=t=in:st=${fade.startSeconds}:d=${fade.durationSeconds}:alpha=1`,
    'mt',
  );
  // Expressions use the scene clock `t`, so trim keeps timestamps and only then restarts them.
  return g.chain(
    [backgroundFrames, text],
    `overlay=x='${scene.motion.x}':y='${scene.motion.y}':eval=frame:format=yuv420,setpts=PTS-STARTPTS,setsar=1`,
    'mv',
  );
}

/** Text at rest: composed once into a single frame, then repeated. */
function stillPiece(g: GraphBuilder, plan: RenderPlan, piece: ScenePiece): string {
  const { scene, range, background: bg, text: tx } = piece;
  return g.chain(
    [bg, tx],
    `overlay=x=${scene.text.x}:y=${scene.text.y}:format=yuv420,${LOOP},${frameClock(plan)},trim=end_frame=${range.end - range.start},setsar=1`,
    'st',
  );
}

/** Eased progress 0 → 1 over `frames` frames, from the filter's frame counter `n`. */
function easedProgress(frames: number): string {
  return `(1-pow(1-min((n+1)/${frames},1),3))`;
}

/** The frames where the outgoing scene (`from`) gives way to the incoming one (`to`). */
function transitionClip(
  g: GraphBuilder,
  plan: RenderPlan,
  method: TransitionMethod,
  from: string,
  to: string,
  frames: number,
  masks: string[],
): string {
  switch (method.type) {
    case 'fade': {
      const faded = g.chain([to], `format=yuva420p,fade=t=in:s=0:n=${frames}:alpha=1`, 'fi');
      return g.chain([from, faded], 'overlay=format=yuv420:eof_action=pass,setsar=1', 'tr');
    }
    case 'slide': {
      const position =
        method.from === 'bottom'
          ? `x=0:y='main_h*(1-${easedProgress(frames)})'`
          : `x='main_w*(1-${easedProgress(frames)})':y=0`;
      return g.chain(
        [from, to],
        `overlay=${position}:eval=frame:format=yuv420:eof_action=pass,setsar=1`,
        'tr',
      );
    }
    case 'wipe': {
      const mask = masks.shift();
      if (mask === undefined) throw new Error('not enough wipe masks for the wipe transitions');
      const moving = g.chain(
        [mask],
        `${LOOP},${frameClock(plan)},trim=end_frame=${frames},crop=w=${plan.width}:h=${plan.height}:x='(iw-ow)*${easedProgress(frames)}':y=0`,
        'wm',
      );
      const revealed = g.chain([to, moving], 'alphamerge', 'wr');
      return g.chain([from, revealed], 'overlay=format=yuv420:eof_action=pass,setsar=1', 'tr');
    }
    case 'zoom': {
      // Eased scale 0.8 → 1, even sizes for 4:2:0; fast_bilinear is plenty for a half-second move.
      const scale = `(0.8+0.2*${easedProgress(frames)})`;
      const grown = g.chain(
        [to],
        `scale=w='trunc(iw*${scale}/2)*2':h='trunc(ih*${scale}/2)*2':eval=frame:flags=fast_bilinear,format=yuva420p,fade=t=in:s=0:n=${frames}:alpha=1`,
        'zi',
      );
      return g.chain(
        [from, grown],
        `overlay=x='(main_w-overlay_w)/2':y='(main_h-overlay_h)/2':eval=frame:format=yuv420:eof_action=pass,setsar=1`,
        'tr',
      );
    }
    case 'xfade':
      return g.chain(
        [from, to],
        `xfade=transition=${method.name}:duration=${frames / plan.fps}:offset=0,setsar=1`,
        'tr',
      );
    case 'cut':
      throw new Error('a cut has no transition clip');
  }
}

function round2(value: number): number {
  return Math.round(value * 100) / 100;
}
