import type { AnimationStyle, ChannelPalette } from '#core/channel.js';
import type { VideoScene, VideoTimeline } from '#core/timeline/video-timeline.js';

/** Runway's limit: "up to 1000 characters (measured in UTF-16 code units)". */
export const MAX_PROMPT_LENGTH = 1000;

/** Mood words per channel animation, used when the channel config gives none. */
const MOOD_BY_ANIMATION: Readonly<Record<AnimationStyle, string>> = {
  float: 'calm, airy, light',
  ripple: 'flowing, serene, fluid',
  rise: 'grounded, steady, natural',
  burst: 'energetic, bold, warm',
};

const NAMED_COLOURS: readonly (readonly [string, number, number, number])[] = [
  ['black', 0, 0, 0],
  ['white', 255, 255, 255],
  ['grey', 128, 128, 128],
  ['pale blue', 200, 225, 250],
  ['sky blue', 135, 190, 240],
  ['blue', 30, 100, 220],
  ['navy', 10, 40, 100],
  ['teal', 40, 150, 140],
  ['turquoise', 60, 200, 220],
  ['green', 60, 160, 70],
  ['olive', 100, 110, 50],
  ['dark green', 30, 60, 25],
  ['brown', 125, 85, 55],
  ['beige', 240, 230, 200],
  ['yellow', 250, 200, 20],
  ['orange', 245, 140, 10],
  ['red', 210, 20, 20],
  ['crimson', 140, 10, 30],
  ['pink', 240, 150, 190],
  ['purple', 120, 60, 160],
];

/** The nearest plain colour name for #rrggbb, since words steer a video model better than hex. */
export function colourName(hex: string): string {
  const match = /^#?([0-9a-f]{2})([0-9a-f]{2})([0-9a-f]{2})$/i.exec(hex.trim());
  if (!match) return hex;
  const [r, g, b] = [match[1]!, match[2]!, match[3]!].map((h) => parseInt(h, 16)) as [number, number, number];
  let best = NAMED_COLOURS[0]!;
  let bestDistance = Number.POSITIVE_INFINITY;
  for (const entry of NAMED_COLOURS) {
    const distance = (entry[1] - r) ** 2 + (entry[2] - g) ** 2 + (entry[3] - b) ** 2;
    if (distance < bestDistance) {
      best = entry;
      bestDistance = distance;
    }
  }
  return best[0];
}

export function paletteWords(palette: ChannelPalette): string {
  const names = [...palette.background, palette.primary, palette.accent].map(colourName);
  return [...new Set(names)].join(', ');
}

export interface PromptInput {
  readonly scene: VideoScene;
  readonly timeline: VideoTimeline;
  readonly template: string;
  readonly mood?: string;
}

/**
 * The prompt for one scene's clip: the template with {text}, {topic}, {channel}, {role}, {mood}
 * and {palette} filled in, whitespace collapsed, cut to 1000 code units at a word boundary.
 * Placeholders are replaced in one pass, so script text containing "{mood}" stays literal.
 */
export function buildPrompt(input: PromptInput): string {
  const { scene, timeline } = input;
  const values: Record<string, string> = {
    text: scene.text.trim(),
    topic: timeline.topic.trim(),
    channel: timeline.channel,
    role: scene.role === 'cta' ? 'call to action' : scene.role,
    mood: input.mood?.trim() || MOOD_BY_ANIMATION[timeline.style.animation],
    palette: paletteWords(timeline.style.palette),
  };
  const filled = input.template.replace(/\{(\w+)\}/g, (whole, name: string) => values[name] ?? whole);
  return truncate(filled.replace(/\s+/g, ' ').trim(), MAX_PROMPT_LENGTH);
}

function truncate(text: string, max: number): string {
  if (text.length <= max) return text;
  const cut = text.slice(0, max);
  const space = cut.lastIndexOf(' ');
  const result = space > max * 0.8 ? cut.slice(0, space) : cut;
  // Never end on half a surrogate pair: that would be an invalid string for the API.
  return /[\uD800-\uDBFF]$/.test(result) ? result.slice(0, -1) : result;
}
