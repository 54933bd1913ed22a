import type { ChannelDefinition } from '#shared/api-types.js';

/** Primary colour per channel id, from the channels the settings list. */
export function channelColourMap(channels: readonly ChannelDefinition[]): Map<string, string> {
  return new Map(channels.map((c) => [c.id, c.style.palette.primary]));
}

/** A stable colour for a channel the settings do not know (e.g. removed since). */
export function fallbackChannelColour(channel: string): string {
  let hash = 0;
  for (const char of channel) hash = (hash * 31 + char.charCodeAt(0)) >>> 0;
  return `hsl(${hash % 360} 55% 50%)`;
}

/** A gradient placeholder in the channel's palette, for jobs without a thumbnail. */
export function channelPlaceholder(background: readonly string[] | undefined, channel: string): string {
  const stops =
    background && background.length > 0 ? background : [fallbackChannelColour(channel), '#1f2937'];
  return `linear-gradient(160deg, ${(stops.length > 1 ? stops : [stops[0]!, stops[0]!]).join(', ')})`;
}
