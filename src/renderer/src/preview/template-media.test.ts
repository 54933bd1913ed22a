import { describe, expect, it } from 'vitest';
import { previewTemplateMedia } from './template-media.js';

const urlOf = (id: string, asset: string) => `/media/template/${id}/${asset}?token=t`;

describe('previewTemplateMedia', () => {
  it("names a template's video and font files by the template id and their use, never a path", () => {
    const media = previewTemplateMedia(
      {
        templateId: 'night-loop',
        backgroundMedia: {
          kind: 'video',
          path: '/data/templates/night.mp4',
          durationSeconds: 4,
          blur: 0,
          dim: 0,
        },
        fontFiles: [
          { family: 'Poster', path: '/data/templates/poster.ttf' },
          { family: 'Body Face', path: '/data/templates/body.otf' },
        ],
      },
      urlOf,
    );
    expect(media).toEqual({
      backgroundUrl: '/media/template/night-loop/background?token=t',
      fontUrls: [
        { family: 'Poster', url: '/media/template/night-loop/font-0?token=t' },
        { family: 'Body Face', url: '/media/template/night-loop/font-1?token=t' },
      ],
    });
    expect(JSON.stringify(media)).not.toContain('/data/templates');
  });

  it('uses the data URL a picture arrives with, and asks for nothing without a media server', () => {
    const style = {
      templateId: 'still',
      backgroundMedia: {
        kind: 'image' as const,
        path: '/p.png',
        imageUrl: 'data:image/png;base64,AA',
        blur: 4,
        dim: 0.3,
      },
      fontFiles: [{ family: 'Poster', path: '/poster.ttf' }],
    };
    expect(previewTemplateMedia(style, urlOf).backgroundUrl).toBe('data:image/png;base64,AA');
    expect(previewTemplateMedia(style, undefined)).toEqual({
      backgroundUrl: 'data:image/png;base64,AA',
      fontUrls: [],
    });
    expect(previewTemplateMedia({ templateId: 'plain' }, urlOf)).toEqual({ fontUrls: [] });
    const logo = { path: '/big-logo.png', width: 4000, height: 2000, position: 'top-left' as const };
    expect(previewTemplateMedia({ templateId: 'big', logo }, urlOf).logoUrl).toBe(
      '/media/template/big/logo?token=t',
    );
  });
});
