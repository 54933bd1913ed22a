import { describe, expect, it } from 'vitest';
import { PICTURE_MIME_TYPES, pictureMimeType } from './picture-types.js';

describe('pictureMimeType', () => {
  it('names the type of every picture a render draws', () => {
    expect(pictureMimeType('.png')).toBe('image/png');
    expect(pictureMimeType('.jpeg')).toBe('image/jpeg');
    expect(pictureMimeType('.avif')).toBe('image/avif');
    expect(Object.keys(PICTURE_MIME_TYPES)).toHaveLength(7);
  });

  it('knows nothing else, not even what every object has', () => {
    for (const other of ['.mp4', '.svg', '.PNG', '', 'constructor', '__proto__', 'toString']) {
      expect(pictureMimeType(other)).toBeUndefined();
    }
  });
});
