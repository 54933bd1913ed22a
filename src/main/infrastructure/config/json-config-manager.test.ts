import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { AppConfig } from '#core/config.js';
import { ConfigError } from '#core/errors.js';
import { writeFileAtomic } from './atomic-write.js';
import { JsonConfigManager } from './json-config-manager.js';
import { errorThrownBy } from '#core/testing/error-thrown-by.js';

let root: string;
let dataDir: string;
let configPath: string;

beforeEach(() => {
  root = fs.mkdtempSync(path.join(os.tmpdir(), 'reelforge-config-'));
  dataDir = path.join(root, 'data');
  configPath = path.join(dataDir, 'config.json');
});

afterEach(() => {
  fs.rmSync(root, { recursive: true, force: true });
});

function writeConfig(content: unknown): void {
  fs.mkdirSync(dataDir, { recursive: true });
  fs.writeFileSync(configPath, typeof content === 'string' ? content : JSON.stringify(content, null, 2));
}

function open(env: NodeJS.ProcessEnv = {}): JsonConfigManager {
  return JsonConfigManager.open({ dataDir, env });
}

function configErrorOf(action: () => unknown): ConfigError {
  return errorThrownBy(ConfigError, action);
}

describe('JsonConfigManager', () => {
  it('uses defaults when there is no config file, without creating one', () => {
    const manager = open();
    expect(manager.dataDir).toBe(dataDir);
    expect(manager.configPath).toBe(configPath);
    expect(manager.get().global.defaultProvider).toBe('ffmpeg');
    expect(Object.keys(manager.get().channels)).toEqual(['air', 'water', 'earth', 'fire']);
    expect(fs.existsSync(dataDir)).toBe(false);
  });

  it('finds its data folder through REELFORGE_DATA_DIR', () => {
    const manager = JsonConfigManager.open({ env: { REELFORGE_DATA_DIR: dataDir } });
    expect(manager.configPath).toBe(configPath);
  });

  it('reads the file and lets environment variables win', () => {
    writeConfig({
      global: { default_provider: 'ffmpeg', max_concurrent_generations: 3 },
      providers: { runway: { api_key: 'from-file', max_concurrent: 2 } },
    });
    const manager = open({ VIDEO_DEFAULT_PROVIDER: 'mock', VIDEO_PROVIDER_RUNWAY_API_KEY: 'from-env' });
    expect(manager.get().global.defaultProvider).toBe('mock');
    expect(manager.get().global.maxConcurrentGenerations).toBe(3);
    expect(manager.provider('runway')).toMatchObject({ apiKey: 'from-env', maxConcurrent: 2 });
  });

  it('gives defaults, and environment keys, for providers the file does not name', () => {
    const manager = open({ VIDEO_PROVIDER_STABLE_VIDEO_API_KEY: 'k' });
    expect(manager.provider('ffmpeg')).toEqual({
      enabled: true,
      maxConcurrent: 1,
      timeoutSeconds: 900,
      options: {},
    });
    expect(manager.provider('stable-video').apiKey).toBe('k');
  });

  it('passes unknown provider keys into options', () => {
    writeConfig({ providers: { mock: { simulated_seconds: 0.2, fail_rate: 0 } } });
    expect(open().provider('mock').options).toEqual({ simulated_seconds: 0.2, fail_rate: 0 });
  });

  it('accepts a file that starts with a byte-order mark', () => {
    writeConfig('\uFEFF{"global": {"default_quality": "high"}}');
    expect(open().get().global.defaultQuality).toBe('high');
  });

  it('reports invalid JSON with the file and line, without quoting the file', () => {
    writeConfig('{\n  "providers": {\n    "runway": { "api_key": "sk-live-secret" }\n    "x": {}\n  }\n}');
    const error = configErrorOf(() => open());
    expect(error.key).toBe('(file)');
    expect(error.message).toContain(`line 4, column 5 of ${configPath}`);
    expect(error.message).not.toContain('sk-live-secret');
  });

  it('reports a file that is not a JSON object', () => {
    writeConfig('[1, 2]');
    expect(configErrorOf(() => open()).message).toContain('expected a JSON object');
  });

  it('reports invalid settings by key and file', () => {
    writeConfig({ providers: { ffmpeg: { max_concurrent: 0 } } });
    const error = configErrorOf(() => open());
    expect(error.key).toBe('providers.ffmpeg.max_concurrent');
    expect(error.message).toContain(configPath);
  });

  it('reports an invalid VIDEO_MAX_CONCURRENT by name', () => {
    const error = configErrorOf(() => open({ VIDEO_MAX_CONCURRENT: 'lots' }));
    expect(error.key).toBe('VIDEO_MAX_CONCURRENT');
  });

  it('never puts an API key into an error message', () => {
    writeConfig({ providers: { runway: { api_key: 'sk-live-secret', api_url: 'not a url' } } });
    const error = configErrorOf(() => open({ VIDEO_PROVIDER_RUNWAY_API_KEY: 'sk-env-secret' }));
    expect(error.key).toBe('providers.runway.api_url');
    expect(error.message).not.toMatch(/sk-(live|env)-secret/);
  });

  it('loads a custom channel from the file', () => {
    writeConfig({
      channels: {
        zen: { name: 'Zen', palette: { background: ['#0f172a', '#1e293b'] }, words_per_minute: 120 },
      },
    });
    const zen = open().get().channels.zen!;
    expect(zen).toMatchObject({ id: 'zen', name: 'Zen', style: { wordsPerMinute: 120 } });
  });

  describe('reload', () => {
    it('picks up changes to the file and the environment', () => {
      const env: NodeJS.ProcessEnv = {};
      const manager = open(env);
      writeConfig({ global: { default_quality: 'draft' } });
      env.VIDEO_DEFAULT_PROVIDER = 'mock';
      const config = manager.reload();
      expect(config.global).toMatchObject({ defaultQuality: 'draft', defaultProvider: 'mock' });
      expect(manager.get()).toBe(config);
    });

    it('throws and keeps the previous config when the file became invalid', () => {
      writeConfig({ global: { default_quality: 'high' } });
      const manager = open();
      const before = manager.get();
      writeConfig({ global: { default_quality: 'best' } });
      expect(configErrorOf(() => manager.reload()).key).toBe('global.default_quality');
      expect(manager.get()).toBe(before);
      writeConfig('{ broken');
      expect(() => manager.reload()).toThrow(ConfigError);
      expect(manager.get().global.defaultQuality).toBe('high');
    });

    it('notifies listeners until they unsubscribe', () => {
      const manager = open();
      const seen: AppConfig[] = [];
      const unsubscribe = manager.onChange((config) => seen.push(config));
      const first = manager.reload();
      unsubscribe();
      manager.reload();
      expect(seen).toEqual([first]);
    });

    it('does not notify listeners when the reload fails', () => {
      const manager = open();
      const listener = vi.fn();
      manager.onChange(listener);
      writeConfig('nope');
      expect(() => manager.reload()).toThrow(ConfigError);
      expect(listener).not.toHaveBeenCalled();
    });

    it('still notifies the other listeners when one throws', () => {
      const manager = open();
      const warning = vi.spyOn(process, 'emitWarning').mockImplementation(() => {});
      const second = vi.fn();
      manager.onChange(() => {
        throw new Error('listener bug');
      });
      manager.onChange(second);
      manager.reload();
      expect(second).toHaveBeenCalledOnce();
      expect(warning).toHaveBeenCalledWith(expect.stringContaining('listener bug'));
      warning.mockRestore();
    });
  });

  describe('update', () => {
    it('creates the data folder and file, and round-trips through a fresh manager', () => {
      const manager = open();
      const listener = vi.fn();
      manager.onChange(listener);
      const config = manager.update({
        global: { default_quality: 'high' },
        providers: { ffmpeg: { max_concurrent: 2 } },
      });
      expect(config.global.defaultQuality).toBe('high');
      expect(manager.get()).toBe(config);
      expect(listener).toHaveBeenCalledWith(config);
      expect(JSON.parse(fs.readFileSync(configPath, 'utf8'))).toEqual({
        global: { default_quality: 'high' },
        providers: { ffmpeg: { max_concurrent: 2 } },
      });
      expect(open().get()).toEqual(config);
    });

    it('deep-merges into what the file already has and removes settings set to null', () => {
      writeConfig({
        global: { default_quality: 'high', default_provider: 'ffmpeg' },
        providers: { runway: { api_key: 'k' } },
      });
      const manager = open();
      manager.update({ global: { default_quality: 'draft' }, providers: { runway: { api_key: null } } });
      expect(JSON.parse(fs.readFileSync(configPath, 'utf8'))).toEqual({
        global: { default_quality: 'draft', default_provider: 'ffmpeg' },
        providers: { runway: {} },
      });
      expect(manager.provider('runway').apiKey).toBeUndefined();
    });

    it('never writes environment values into the file', () => {
      const manager = open({ VIDEO_PROVIDER_RUNWAY_API_KEY: 'env-secret', VIDEO_DEFAULT_PROVIDER: 'mock' });
      manager.update({ selection_weights: { speed: 2 } });
      expect(fs.readFileSync(configPath, 'utf8')).not.toContain('env-secret');
      expect(fs.readFileSync(configPath, 'utf8')).not.toContain('mock');
      expect(manager.provider('runway').apiKey).toBe('env-secret');
    });

    it('rejects an invalid change without touching the file or the config', () => {
      writeConfig({ global: { default_quality: 'high' } });
      const manager = open();
      const before = fs.readFileSync(configPath, 'utf8');
      const listener = vi.fn();
      manager.onChange(listener);
      expect(configErrorOf(() => manager.update({ global: { max_concurrent_generations: 0 } })).key).toBe(
        'global.max_concurrent_generations',
      );
      expect(fs.readFileSync(configPath, 'utf8')).toBe(before);
      expect(manager.get().global.defaultQuality).toBe('high');
      expect(listener).not.toHaveBeenCalled();
    });

    it('refuses to overwrite a file that is not valid JSON', () => {
      const manager = open();
      writeConfig('{ "global": ');
      expect(() => manager.update({ global: { default_quality: 'high' } })).toThrow(/invalid JSON/);
      expect(fs.readFileSync(configPath, 'utf8')).toBe('{ "global": ');
    });

    it('adds a custom channel', () => {
      const manager = open();
      manager.update({ channels: { ocean: { palette: { background: ['#082f49', '#0c4a6e'] } } } });
      expect(manager.get().channels.ocean?.name).toBe('Ocean');
    });

    it('leaves no temporary files behind and keeps the file private', () => {
      const manager = open();
      manager.update({ global: { default_quality: 'draft' } });
      manager.update({ global: { default_quality: 'high' } });
      expect(fs.readdirSync(dataDir)).toEqual(['config.json']);
      if (process.platform !== 'win32') expect(fs.statSync(configPath).mode & 0o077).toBe(0);
    });
  });
});

describe('writeFileAtomic', () => {
  it('replaces the file whole and removes its temporary file on failure', () => {
    const file = path.join(root, 'nested', 'a.json');
    writeFileAtomic(file, 'one');
    writeFileAtomic(file, 'two');
    expect(fs.readFileSync(file, 'utf8')).toBe('two');
    // A folder where the file should be makes the rename fail.
    const blocked = path.join(root, 'blocked');
    fs.mkdirSync(path.join(blocked, 'a.json'), { recursive: true });
    expect(() => writeFileAtomic(path.join(blocked, 'a.json'), 'x')).toThrow();
    expect(fs.readdirSync(blocked)).toEqual(['a.json']);
  });
});
