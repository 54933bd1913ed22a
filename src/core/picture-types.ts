/**
 * The picture files renders draw — channel backgrounds, template pictures and logos — by
 * lower-case extension, with their MIME types. One table, so what a render accepts, what the page
 * is sent and what the media server serves never drift apart.
 */
export const PICTURE_MIME_TYPES: Readonly<Record<string, string>> = Object.freeze({
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.jpeg': 'image/jpeg',
  '.webp': 'image/webp',
  '.gif': 'image/gif',
  '.bmp': 'image/bmp',
  '.avif': 'image/avif',
});

/** The MIME type of a picture by its lower-case extension (".png"), or undefined for any other. */
export function pictureMimeType(extension: string): string | undefined {
  return Object.prototype.hasOwnProperty.call(PICTURE_MIME_TYPES, extension)
    ? PICTURE_MIME_TYPES[extension]
    : undefined;
}
