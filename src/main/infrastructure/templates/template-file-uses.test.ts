import { describe, expect, it } from 'vitest';
import { backgroundKindOf, templateFileName } from './template-file-uses.js';

describe('templateFileName', () => {
  it('keeps the base name of a file of the right type', () => {
    expect(templateFileName('Sunset Beach.JPG', 'background')).toBe('Sunset-Beach.JPG');
    expect(templateFileName('C:\\Users\\me\\Fonts\\Poster.otf', 'font')).toBe('Poster.otf');
    expect(templateFileName('/home/me/logo.png', 'logo')).toBe('logo.png');
  });

  it('never keeps folders, a leading dot or dash, or a type the use does not take', () => {
    expect(templateFileName('../../etc/passwd', 'background')).toBeUndefined();
    expect(templateFileName('../../../x.png', 'logo')).toBe('x.png');
    expect(templateFileName('..png', 'logo')).toBeUndefined();
    expect(templateFileName('.hidden.ttf', 'font')).toBe('hidden.ttf');
    expect(templateFileName('--rm.ttf', 'font')).toBe('rm.ttf');
    expect(templateFileName('clip.mp4', 'logo')).toBeUndefined();
    expect(templateFileName('face.ttf\0.png', 'logo')).toBe('face.ttf-.png');
    expect(templateFileName('', 'font')).toBeUndefined();
  });

  it('tells a video background from a picture by its extension', () => {
    expect(backgroundKindOf('loop.MOV')).toBe('video');
    expect(backgroundKindOf('sky.webp')).toBe('image');
  });
});
