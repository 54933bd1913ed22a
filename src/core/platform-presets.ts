import {
  QUALITY_PRESETS,
  frameSizeFor,
  type AspectRatio,
  type FrameSize,
  type VideoQuality,
} from './video-quality.js';

/**
 * Publishing presets: what TikTok, Instagram Reels and YouTube Shorts expect of an upload, as
 * plain data every renderer and the preview read. `generic` is Reelforge as it was before presets:
 * any aspect ratio, the quality's own size and bitrate, no length limit beyond the channel's, the
 * frame-based safe zone of `safe-zone.ts` and no loudness step.
 *
 * Sources (checked 2026-12; the platforms move their UI, so re-check before changing a number).
 * The platforms' own help pages could not be fetched here (offline), so the figures are the ones
 * their creator and ad guides publish, as quoted by the pages below:
 * - TikTok: TikTok Creative Center / Ads Manager safe-zone guidance, as summarised by
 *   https://houseofmarketers.com/guide-to-safe-zones-tiktok-facebook-instagram-stories-reels/
 *   ("avoid right-side buttons and lower 20 % where captions appear") and
 *   https://artlounge.plus/it/blog/post/social-media-graphics-tiktok ("the HUD takes up about
 *   10 % of the space at the top and 20 % at the bottom … the bottom right corner is reserved for
 *   user reactions"). Length: up to 10 minutes (https://webbannerexperts.com/?p=706, "Max Length:
 *   Up to 10 minutes").
 * - Instagram Reels: Meta's Reels ad guidance "keep clear of the top 14 %, bottom 35 %, sides 6 %"
 *   (https://adsuploader.com/blog/meta-ads-safe-zones, houseofmarketers above). Those figures make
 *   room for the ad's own call-to-action button; an organic Reel has no such button, its caption,
 *   audio line and username take roughly the bottom 25 %, the Reels header the top 10 %, and its
 *   like/comment/share column the right 12 %. Length: "Starting today, you can upload Reels to
 *   Instagram up to three minutes long" (Adam Mosseri, January 2025, quoted by
 *   https://www.socialsamosa.com/news-2/instagram-introduces-three-minute-reels-8636683).
 * - YouTube Shorts: "the bottom zone, spanning approximately the lower 25 % of the frame (roughly
 *   480 pixels), is reserved for the video title, channel name, and subscribe button", with the
 *   like/dislike/comment/share column on the right
 *   (https://www.youraithumbnailgenerator.com/guides/youtube-shorts-safe-zones-complete-guide,
 *   https://webbannerexperts.com/youtube-shorts-dimensions-the-1080x1920-guide). Length: "starting
 *   on October 15, you can upload Shorts up to 3 minutes long" (YouTube's announcement, quoted by
 *   https://www.eyerys.com/articles/news/youtube-enabling-3-minute-shorts-giving-users-more-time-tell-their-stories).
 * - Bitrate cap: YouTube's recommended upload settings give 8 Mbps for 1080p at 24–30 fps
 *   (https://support.google.com/youtube/answer/1722171). TikTok and Instagram re-encode every
 *   upload and publish no higher figure, so the same 8 Mbps cap is used for them.
 * - Loudness: −14 LUFS integrated, true peak ≤ −1 dBTP is the level YouTube and Spotify normalise
 *   playback to and the common delivery target for short-form platforms (issue #13).
 */

export const PLATFORM_IDS = ['generic', 'tiktok', 'reels', 'shorts'] as const;
export type PlatformId = (typeof PLATFORM_IDS)[number];

/** Fractions of the frame the platform's UI covers on each side; text stays out of them. */
export interface PlatformMargins {
  readonly top: number;
  readonly bottom: number;
  readonly left: number;
  readonly right: number;
}

export interface LoudnessTarget {
  /** Integrated loudness, LUFS. */
  readonly integratedLufs: number;
  /** Highest true peak, dBTP. */
  readonly truePeakDbtp: number;
}

export interface PlatformPreset {
  readonly id: PlatformId;
  readonly name: string;
  /** The frame the platform shows full screen; undefined: the quality and aspect ratio decide. */
  readonly frame?: FrameSize;
  readonly fps: number;
  /** Longest video the platform takes, seconds; undefined: only the channel's limit applies. */
  readonly maxSeconds?: number;
  /** Highest video bitrate worth uploading, kbit/s; undefined: the quality's own. */
  readonly videoBitrateCapKbps?: number;
  /** Where the audio is normalised to when the script has music or voice; undefined: no step. */
  readonly loudness?: LoudnessTarget;
  /** The platform's UI in a 9:16 frame; undefined: `safe-zone.ts`'s frame-based margins. */
  readonly margins?: PlatformMargins;
}

const SHORT_FORM_LOUDNESS: LoudnessTarget = { integratedLufs: -14, truePeakDbtp: -1 };
const PORTRAIT_HD: FrameSize = { width: 1080, height: 1920 };

export const PLATFORM_PRESETS: Readonly<Record<PlatformId, PlatformPreset>> = {
  generic: { id: 'generic', name: 'Generic', fps: 30 },
  tiktok: {
    id: 'tiktok',
    name: 'TikTok',
    frame: PORTRAIT_HD,
    fps: 30,
    maxSeconds: 600,
    videoBitrateCapKbps: 8_000,
    loudness: SHORT_FORM_LOUDNESS,
    // Following/For You tabs on top; username, caption and sound line at the bottom; avatar,
    // like, comment, bookmark, share and the sound disc down the right.
    margins: { top: 0.08, bottom: 0.22, left: 0.06, right: 0.13 },
  },
  reels: {
    id: 'reels',
    name: 'Instagram Reels',
    frame: PORTRAIT_HD,
    fps: 30,
    maxSeconds: 180,
    videoBitrateCapKbps: 8_000,
    loudness: SHORT_FORM_LOUDNESS,
    // "Reels" header and camera on top; username, caption and audio line at the bottom; like,
    // comment, share, more and the audio tile down the right.
    margins: { top: 0.1, bottom: 0.25, left: 0.06, right: 0.12 },
  },
  shorts: {
    id: 'shorts',
    name: 'YouTube Shorts',
    frame: PORTRAIT_HD,
    fps: 30,
    maxSeconds: 180,
    videoBitrateCapKbps: 8_000,
    loudness: SHORT_FORM_LOUDNESS,
    // Search and menu on top; title, channel name and Subscribe at the bottom; like, dislike,
    // comment, share, remix and the sound tile down the right (the widest column of the three).
    margins: { top: 0.07, bottom: 0.25, left: 0.06, right: 0.15 },
  },
};

export function isPlatformId(value: string): value is PlatformId {
  return (PLATFORM_IDS as readonly string[]).includes(value);
}

/** "tiktok, reels, shorts or generic", for messages. */
export const PLATFORM_CHOICES_TEXT = 'tiktok, reels, shorts or generic';

/**
 * The frame a render is made at. A platform fixes the shape (9:16) and the size it shows, which
 * `standard`, `high` and `ultra` all render at; `draft` keeps its half size, for a quick look at
 * the same layout (every zone is a fraction of the frame). Without a platform: the quality's size
 * in the aspect ratio asked for.
 */
export function renderFrameSize(
  quality: VideoQuality,
  aspectRatio: AspectRatio,
  platform: PlatformId = 'generic',
): FrameSize {
  const preset = PLATFORM_PRESETS[platform];
  if (!preset.frame) return frameSizeFor(quality, aspectRatio);
  const scale = Math.min(1, QUALITY_PRESETS[quality].shortSide / preset.frame.width);
  return { width: Math.round(preset.frame.width * scale), height: Math.round(preset.frame.height * scale) };
}

/** The video bitrate cap of a render: the quality's, lowered to the platform's where it has one. */
export function videoBitrateCapKbps(quality: VideoQuality, platform: PlatformId = 'generic'): number {
  const own = QUALITY_PRESETS[quality].videoBitrateKbps;
  const cap = PLATFORM_PRESETS[platform].videoBitrateCapKbps;
  return cap === undefined ? own : Math.min(own, cap);
}

/**
 * Why a video of `durationSeconds` cannot go to `platform`, or undefined when it can. Seconds are
 * shown to one decimal, the limit in whole seconds and minutes.
 */
export function platformLengthProblem(durationSeconds: number, platform: PlatformId): string | undefined {
  const preset = PLATFORM_PRESETS[platform];
  if (preset.maxSeconds === undefined || durationSeconds <= preset.maxSeconds) return undefined;
  const minutes = preset.maxSeconds / 60;
  return (
    `the video is ${durationSeconds.toFixed(1)} s long; ${preset.name} takes at most ` +
    `${preset.maxSeconds} s (${minutes} min): shorten the script or choose another platform`
  );
}
