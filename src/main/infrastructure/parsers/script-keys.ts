/** The keys a creator can write in the text and Markdown formats, with their accepted spellings. */

export type ScriptKey =
  | 'channel'
  | 'topic'
  | 'hook'
  | 'mainPoints'
  | 'callToAction'
  | 'music'
  | 'platform'
  | 'voice'
  | 'captions'
  | 'template';

const ALIASES: Readonly<Record<string, ScriptKey>> = {
  channel: 'channel',
  topic: 'topic',
  title: 'topic',
  hook: 'hook',
  'main points': 'mainPoints',
  'main point': 'mainPoints',
  'key points': 'mainPoints',
  points: 'mainPoints',
  cta: 'callToAction',
  'call to action': 'callToAction',
  music: 'music',
  'background music': 'music',
  platform: 'platform',
  voice: 'voice',
  narrator: 'voice',
  captions: 'captions',
  subtitles: 'captions',
  template: 'template',
};

/** Human list of the keys, for "unknown key" messages. */
export const KNOWN_KEYS_TEXT =
  'Channel, Topic (or Title), Hook, Main points, Call to action (or CTA), Music, Platform, Voice, Captions, Template';

/** Lower case, with spaces, hyphens and underscores folded to one space: "Call-to-Action" → "call to action". */
export function normaliseKeyLabel(label: string): string {
  return label
    .toLowerCase()
    .replace(/[\s_-]+/g, ' ')
    .trim();
}

export function lookupScriptKey(label: string): ScriptKey | undefined {
  const key = normaliseKeyLabel(label);
  return Object.hasOwn(ALIASES, key) ? ALIASES[key] : undefined;
}

/** Edit distance, capped: labels are at most a few words, so the table stays tiny. */
function editDistance(a: string, b: string): number {
  let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i += 1) {
    const current = [i];
    for (let j = 1; j <= b.length; j += 1) {
      const substitution = previous[j - 1]! + (a[i - 1] === b[j - 1] ? 0 : 1);
      current.push(Math.min(previous[j]! + 1, current[j - 1]! + 1, substitution));
    }
    previous = current;
  }
  return previous[b.length]!;
}

/** The accepted spelling an unknown label is probably a typo of ("Hok" → "hook"), if any. */
export function suggestScriptKey(label: string): string | undefined {
  const key = normaliseKeyLabel(label);
  if (key.length > 40) return undefined;
  // A file may repeat one unknown key on every line: each is worked out once.
  if (suggestions.has(key)) return suggestions.get(key);
  let best: string | undefined;
  let bestDistance = 3;
  for (const alias of Object.keys(ALIASES)) {
    // The edit distance is at least the difference in length: skip aliases that cannot be close.
    if (Math.abs(alias.length - key.length) >= bestDistance) continue;
    const distance = editDistance(key, alias);
    if (distance < bestDistance && distance <= Math.max(1, Math.floor(alias.length / 3))) {
      best = alias;
      bestDistance = distance;
    }
  }
  if (suggestions.size >= MAX_REMEMBERED_SUGGESTIONS) suggestions.clear();
  suggestions.set(key, best);
  return best;
}

const MAX_REMEMBERED_SUGGESTIONS = 1_000;
const suggestions = new Map<string, string | undefined>();

/** " (did you mean "hook"?)" or nothing. */
export function typoHint(label: string): string {
  const suggestion = suggestScriptKey(label);
  return suggestion === undefined ? '' : ` (did you mean "${suggestion}"?)`;
}
