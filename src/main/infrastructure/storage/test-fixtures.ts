import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { VideoJob } from '../../application/job.js';
import type { VideoScript } from '#core/script.js';
import type { VideoTimeline } from '#core/timeline/video-timeline.js';

/** Test data for the storage tests: plain literals that satisfy the domain types. */

export function makeScript(overrides: Partial<VideoScript> = {}): VideoScript {
  return {
    channel: 'mindful-minutes',
    topic: 'Morning focus',
    hook: 'Your first hour decides your day.',
    mainPoints: ['Skip the phone', 'Drink water', 'Write one goal'],
    callToAction: 'Follow for more.',
    media: {
      music: '/media/calm.mp3',
      // A gap in the voice-overs: JSON stores it as null, it must read back as undefined.
      voiceOvers: { hook: '/media/hook.wav', mainPoints: ['/media/p1.wav', undefined, '/media/p3.wav'] },
    },
    source: { format: 'json', path: '/scripts/morning.json', name: 'morning.json' },
    ...overrides,
  };
}

export function makeTimeline(overrides: Partial<VideoTimeline> = {}): VideoTimeline {
  return {
    channel: 'mindful-minutes',
    topic: 'Morning focus',
    style: {
      palette: {
        background: ['#101820', '#2a3b4c'],
        primary: '#f2aa4c',
        accent: '#7fd1ae',
        text: '#ffffff',
        textShadow: '#000000',
      },
      fonts: { heading: 'Inter', body: 'Inter' },
      animation: 'float',
      wordsPerMinute: 160,
      transition: 'crossfade',
      transitionSeconds: 0.5,
    },
    scenes: [
      {
        index: 0,
        role: 'hook',
        text: 'Your first hour decides your day.',
        startSeconds: 0,
        durationSeconds: 3,
      },
      {
        index: 1,
        role: 'point',
        pointNumber: 1,
        text: 'Skip the phone',
        startSeconds: 3,
        durationSeconds: 2.5,
        transitionIn: { kind: 'crossfade', durationSeconds: 0.5 },
        voiceOverPath: '/media/p1.wav',
      },
    ],
    durationSeconds: 5.5,
    fps: 30,
    musicPath: '/media/calm.mp3',
    ...overrides,
  };
}

let counter = 0;

/** A queued job; `createdAt` advances by one second per call unless given. */
export function makeJob(overrides: Partial<VideoJob> = {}): VideoJob {
  counter += 1;
  const id = overrides.id ?? `job-${String(counter).padStart(4, '0')}-0000-4000-8000-000000000000`;
  return {
    id,
    status: 'queued',
    progress: 0,
    stage: 'queued',
    options: { provider: 'auto', quality: 'standard', aspectRatio: '9:16', outputDir: '/videos' },
    scriptName: 'morning.json',
    scriptPath: '/scripts/morning.json',
    scriptFormat: 'json',
    scriptContent: '{"topic":"Morning focus"}',
    script: makeScript(),
    timeline: makeTimeline(),
    channel: 'mindful-minutes',
    topic: 'Morning focus',
    fallbackTrail: [],
    createdAt: new Date(Date.UTC(2025, 0, 1, 12, 0, counter)).toISOString(),
    ...overrides,
  };
}

/** A fresh folder under the OS temp dir; the caller removes it with `removeTempDir`. */
export function makeTempDir(): string {
  return fs.mkdtempSync(path.join(os.tmpdir(), 'reelforge-storage-'));
}

export function removeTempDir(dir: string): void {
  fs.rmSync(dir, { recursive: true, force: true });
}
