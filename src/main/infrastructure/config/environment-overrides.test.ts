import { describe, expect, it } from 'vitest';
import { settingsSetByEnvironment } from './environment-overrides.js';

describe('settingsSetByEnvironment', () => {
  it('names the variable deciding each setting it sets, and nothing for blank or unset ones', () => {
    expect(
      settingsSetByEnvironment(
        {
          VIDEO_STORAGE_PATH: '/srv/videos',
          VIDEO_MAX_CONCURRENT: '  ',
          VIDEO_PROVIDER_RUNWAY_API_URL: 'https://runway.test',
        },
        ['ffmpeg', 'runway'],
      ),
    ).toEqual({
      'global.outputDir': 'VIDEO_STORAGE_PATH',
      'providers.runway.apiUrl': 'VIDEO_PROVIDER_RUNWAY_API_URL',
    });
    expect(settingsSetByEnvironment({}, ['ffmpeg'])).toEqual({});
  });
});
