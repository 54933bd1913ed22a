// Which preview shows what the render will produce: the provider the render form (or the settings'
// default) will use decides. Pure, so the choice and its wording are tested directly.

export type MatchingEngine = 'ffmpeg' | 'remotion';

export interface PreviewMatch {
  readonly engine: MatchingEngine;
  /** The button label naming the provider whose render the preview matches. */
  readonly label: string;
  /** What the render has that the preview cannot show; undefined when it matches exactly. */
  readonly differs?: string;
}

/** Cloud providers whose footage is made remotely; FFmpeg composes the text over it. */
const CLOUD_NAMES: Readonly<Record<string, string>> = { runway: 'Runway', synthesia: 'Synthesia' };

/**
 * The preview for a render by `provider` ("auto" and unknown ids mean the settings' default, then
 * FFmpeg, the default local provider).
 */
export function previewMatchFor(provider: string | undefined, defaultProvider?: string): PreviewMatch {
  const given = (id: string | undefined) => (id && id !== 'auto' ? id : undefined);
  const chosen = given(provider) ?? given(defaultProvider) ?? 'ffmpeg';
  // "auto" scores the providers per job: the preference is one weight among several.
  const automatic = provider === 'auto' || (provider === undefined && defaultProvider === 'auto');
  const local = (engine: MatchingEngine, name: string): PreviewMatch => ({
    engine,
    label: `${name} (as rendered)`,
    ...(automatic ? { differs: automaticDiffers(name, given(defaultProvider) !== undefined) } : {}),
  });
  if (chosen === 'remotion') return local('remotion', 'Remotion');
  if (chosen === 'ffmpeg') return local('ffmpeg', 'FFmpeg');
  const cloud = CLOUD_NAMES[chosen];
  if (cloud) {
    return {
      engine: 'ffmpeg',
      label: `${cloud} (text as rendered)`,
      differs: `${cloud} makes the footage in the cloud: the preview shows the text, layout, timing and transitions FFmpeg puts over it, on the channel's background instead of the footage.`,
    };
  }
  if (chosen === 'mock') {
    return {
      engine: 'ffmpeg',
      label: 'FFmpeg look (mock)',
      differs:
        'The mock provider writes a JSON description, not a video: the preview shows what FFmpeg would render.',
    };
  }
  return {
    engine: 'ffmpeg',
    label: 'FFmpeg look',
    differs: `“${chosen}” cannot be previewed: the preview shows what FFmpeg would render.`,
  };
}

function automaticDiffers(name: string, fromDefault: boolean): string {
  return `Automatic choice: the preview shows ${name}${fromDefault ? ', the default provider in Settings' : ''}; if "auto" picks another provider for this job, the video will look like that provider's.`;
}

/** Why the FFmpeg look stands where the Remotion preview belongs (see ScriptPreview). */
export function remotionStandInNote(remotionEnabled: boolean): string {
  return remotionEnabled
    ? 'Loading the Remotion preview; meanwhile this is how FFmpeg renders the script.'
    : 'Remotion is turned off in Settings, so it cannot render this: this is how FFmpeg renders it.';
}

/** What a narrated render has that no preview shows (the speech exists only once synthesized). */
export const NARRATION_DIFFERS =
  'Narrated: the render times each scene to the speech and burns captions in; the preview plays at the reading pace, without captions.';

/** The label of a preview that shows the captions with word times guessed from the text. */
export const NARRATION_ESTIMATED =
  'Narrated: captions are shown with word times estimated from the text (no speech is synthesized in the preview); the render times each scene and word to the synthesized speech, so they land a little differently.';

/** The label of a preview timed to the very speech the render will use (spoken in main). */
export const NARRATION_SPOKEN =
  'Narrated: scenes and captions are timed to the speech the render will use; the preview plays it silently.';

/** True when the script asks for a voice (`"voice"` other than "off"). */
export function scriptIsNarrated(voice: string | undefined): boolean {
  return voice !== undefined && voice.trim() !== '' && voice.trim() !== 'off';
}

/**
 * What the FFmpeg look shows differently with a template's looping video background: one video
 * element plays in the page, so while one scene slides over the next both show the entering
 * scene's clip time (the render plays each scene's clip from its own start).
 */
export const VIDEO_BACKGROUND_DIFFERS =
  "Video background: during a transition the leaving scene shows the entering scene's moment of the clip; the render keeps each scene's own.";
