// Plain data shaped exactly like the contract's types, for component tests.
import type {
  AppInfo,
  ChannelDefinition,
  LibraryEntry,
  MetricsSnapshot,
  ProviderInfo,
  SettingsView,
  VideoJob,
  VideoTimeline,
} from '#shared/api-types.js';
import { BUILTIN_CHANNELS } from '#core/channels/builtin-channels.js';
import { scriptFromScenes } from '#core/script-from-scenes.js';

// The shipped channels themselves, so component tests show what the app shows.
export const WATER: ChannelDefinition = BUILTIN_CHANNELS.water;

export const FIRE: ChannelDefinition = BUILTIN_CHANNELS.fire;

/** Hook 0–3 s, points 3–6 and 6–9 s, CTA 9–12 s; transitions of 0.5 s into every later scene. */
export function makeTimeline(overrides: Partial<VideoTimeline> = {}): VideoTimeline {
  const transitionIn = { kind: 'crossfade' as const, durationSeconds: 0.5 };
  return {
    channel: 'water',
    topic: 'Calm mornings',
    style: WATER.style,
    fps: 30,
    durationSeconds: 12,
    scenes: [
      { index: 0, role: 'hook', text: 'Your mind is a lake.', startSeconds: 0, durationSeconds: 3 },
      {
        index: 1,
        role: 'point',
        pointNumber: 1,
        text: 'Breathe in for four.',
        startSeconds: 3,
        durationSeconds: 3,
        transitionIn,
      },
      {
        index: 2,
        role: 'point',
        pointNumber: 2,
        text: 'Breathe out for six.',
        startSeconds: 6,
        durationSeconds: 3,
        transitionIn,
      },
      { index: 3, role: 'cta', text: 'Follow for calm.', startSeconds: 9, durationSeconds: 3, transitionIn },
    ],
    ...overrides,
  };
}

export function makeEntry(overrides: Partial<LibraryEntry> = {}): LibraryEntry {
  const timeline = makeTimeline();
  return {
    id: 'entry-1',
    name: 'calm.json',
    format: 'json',
    status: 'valid',
    channel: 'water',
    topic: 'Calm mornings',
    issues: [],
    script: scriptFromScenes({ channel: 'water', topic: 'Calm mornings', name: 'calm.json' }, [
      'Your mind is a lake.',
      'Breathe in for four.',
      'Breathe out for six.',
      'Follow for calm.',
    ]),
    timeline,
    channelDefinition: WATER,
    addedAt: '2024-05-01T10:00:00.000Z',
    updatedAt: '2024-05-01T10:00:00.000Z',
    ...overrides,
  };
}

export function makeInvalidEntry(overrides: Partial<LibraryEntry> = {}): LibraryEntry {
  return {
    id: 'entry-bad',
    name: 'broken.md',
    format: 'markdown',
    status: 'invalid',
    channel: 'fire',
    issues: [
      {
        file: 'broken.md',
        field: 'hook',
        line: 3,
        message: 'hook is 180 characters; the fire channel allows 150',
      },
      { file: 'broken.md', field: 'mainPoints', line: 7, message: 'at least 1 main point is required' },
    ],
    addedAt: '2024-05-01T10:00:00.000Z',
    updatedAt: '2024-05-01T10:00:00.000Z',
    ...overrides,
  };
}

export function makeJob(overrides: Partial<VideoJob> = {}): VideoJob {
  const timeline = makeTimeline();
  return {
    id: 'job-1',
    status: 'queued',
    progress: 0,
    stage: 'queued',
    options: { provider: 'auto', quality: 'standard', aspectRatio: '9:16', outputDir: '/videos' },
    scriptName: 'calm.json',
    scriptFormat: 'json',
    scriptContent: '{}',
    script: makeEntry().script!,
    timeline,
    channel: 'water',
    topic: 'Calm mornings',
    fallbackTrail: [],
    createdAt: '2024-05-01T10:00:00.000Z',
    ...overrides,
  };
}

export function makeCompletedJob(overrides: Partial<VideoJob> = {}): VideoJob {
  const id = overrides.id ?? 'job-done';
  return makeJob({
    id,
    status: 'completed',
    progress: 1,
    stage: 'done',
    providerId: 'ffmpeg',
    startedAt: '2024-05-01T10:00:01.000Z',
    completedAt: '2024-05-01T10:00:21.000Z',
    result: {
      jobId: id,
      providerId: 'ffmpeg',
      fallbackTrail: [],
      renderSeconds: 20,
      outputPath: '/videos/calm.mp4',
      thumbnailPath: '/videos/calm.jpg',
      durationSeconds: 12,
      sizeBytes: 2_400_000,
      width: 1080,
      height: 1920,
      mimeType: 'video/mp4',
    },
    ...overrides,
  });
}

export const PROVIDERS: ProviderInfo[] = [
  {
    id: 'mock',
    settingsFields: [],
    name: 'Mock',
    capabilities: ['text-to-video'],
    qualities: ['draft', 'standard', 'high', 'ultra'],
    enabled: true,
    isAvailable: true,
    version: '1.0.0',
    autoSelectable: true,
    maxConcurrent: 2,
    runningJobs: 0,
  },
  {
    id: 'ffmpeg',
    settingsFields: ['binaryPath'],
    name: 'FFmpeg',
    capabilities: ['text-to-video', 'transitions', 'captions'],
    qualities: ['draft', 'standard', 'high'],
    enabled: true,
    isAvailable: true,
    version: '5.1.9',
    autoSelectable: true,
    maxConcurrent: 1,
    runningJobs: 1,
  },
  {
    id: 'remotion',
    settingsFields: ['binaryPath'],
    name: 'Remotion',
    capabilities: ['text-to-video', 'animation', 'transitions'],
    qualities: ['draft', 'standard', 'high', 'ultra'],
    enabled: false,
    isAvailable: false,
    reason: 'chromium not found at /usr/bin/chromium',
    autoSelectable: false,
    maxConcurrent: 1,
    runningJobs: 0,
  },
];

export const SETTINGS: SettingsView = {
  global: {
    defaultProvider: 'auto',
    defaultQuality: 'high',
    defaultAspectRatio: '9:16',
    maxConcurrentGenerations: 2,
    outputDir: '/home/me/Videos/Reelforge',
  },
  providers: {
    mock: { enabled: true, maxConcurrent: 2, timeoutSeconds: 60, hasApiKey: false },
    ffmpeg: {
      enabled: true,
      maxConcurrent: 1,
      timeoutSeconds: 600,
      binaryPath: '/usr/bin/ffmpeg',
      hasApiKey: false,
    },
    remotion: {
      enabled: false,
      maxConcurrent: 1,
      timeoutSeconds: 900,
      apiUrl: 'https://api.example.test',
      hasApiKey: true,
    },
  },
  selectionWeights: { capability: 40, reliability: 25, speed: 15, cost: 10, preference: 10 },
  channels: [WATER, FIRE],
};

export const METRICS: MetricsSnapshot = {
  providers: [
    {
      providerId: 'ffmpeg',
      successes: 12,
      failures: 1,
      averageSeconds: 18.4,
      lastError: 'ffmpeg exited with code 1',
      lastErrorAt: '2024-05-01T09:00:00.000Z',
      lastSuccessAt: '2024-05-01T10:00:00.000Z',
    },
    { providerId: 'mock', successes: 30, failures: 0, averageSeconds: 0.2 },
  ],
  totals: { jobs: 43, byStatus: { completed: 42, failed: 1 } },
  byProvider: { ffmpeg: 13, mock: 30 },
  byChannel: { water: 20, fire: 23 },
  byQuality: { standard: 40, high: 3 },
};

export const APP_INFO: AppInfo = {
  version: '0.1.0',
  transport: 'loopback',
  dataDir: '/home/me/.reelforge',
  platform: 'linux',
  canRevealFiles: false,
};
