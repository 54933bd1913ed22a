import { chmodSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { ProviderSettings } from '#core/config.js';
import { PiperVoiceProvider } from '../../src/main/infrastructure/narration/piper/piper-voice-provider.js';
import { makeTempDir } from '../support/temp-dir.js';

/**
 * A stand-in for the piper program: it records its arguments and stdin, then for each JSON line
 * writes a WAV of 22.05 kHz 16-bit speech-loud noise, 50 ms per character of the text. A model
 * named broken.onnx makes it fail like piper does; a line with the text "skip" gets no file.
 */
const STAND_IN = `#!${process.execPath}
const fs = require('node:fs');
const args = process.argv.slice(2);
const model = args[args.indexOf('--model') + 1];
let input = '';
process.stdin.on('data', (d) => (input += d));
process.stdin.on('end', () => {
  fs.writeFileSync(process.env.PIPER_RECORD, JSON.stringify({ args, input }));
  if (model.endsWith('broken.onnx')) {
    process.stderr.write('[piper] [error] Failed to load voice: model is not an ONNX file\\n');
    process.exit(1);
  }
  for (const line of input.split('\\n').filter(Boolean)) {
    const { text, output_file } = JSON.parse(line);
    if (text === 'skip') continue;
    const n = Math.round(22050 * 0.05 * text.length);
    const b = Buffer.alloc(44 + 2 * n);
    b.write('RIFF', 0); b.writeUInt32LE(36 + 2 * n, 4); b.write('WAVEfmt ', 8);
    b.writeUInt32LE(16, 16); b.writeUInt16LE(1, 20); b.writeUInt16LE(1, 22);
    b.writeUInt32LE(22050, 24); b.writeUInt32LE(44100, 28); b.writeUInt16LE(2, 32); b.writeUInt16LE(16, 34);
    b.write('data', 36); b.writeUInt32LE(2 * n, 40);
    for (let i = 0; i < n; i++) b.writeInt16LE(i % 2 ? 8000 : -8000, 44 + 2 * i);
    fs.writeFileSync(output_file, b);
    process.stdout.write(output_file + '\\n');
  }
});
`;

let temp: ReturnType<typeof makeTempDir>;
let binary: string;
let model: string;
let record: string;

beforeEach(() => {
  temp = makeTempDir();
  binary = join(temp.path, 'piper');
  writeFileSync(binary, STAND_IN);
  chmodSync(binary, 0o755);
  model = join(temp.path, 'en_US-test-medium.onnx');
  writeFileSync(model, 'model');
  record = join(temp.path, 'record.json');
  process.env['PIPER_RECORD'] = record;
});
afterEach(() => {
  delete process.env['PIPER_RECORD'];
  temp.cleanup();
});

function piper(settings: { binaryPath?: string; model_path?: string }) {
  const { binaryPath, ...options } = settings;
  const full: ProviderSettings = {
    enabled: true,
    maxConcurrent: 1,
    timeoutSeconds: 60,
    options,
    ...(binaryPath !== undefined ? { binaryPath } : {}),
  };
  return new PiperVoiceProvider({ settings: () => full, outputDir: join(temp.path, 'out') });
}
const run = (rate = 1) => ({ signal: new AbortController().signal, rate });

describe('piper voice provider (with a stand-in executable)', () => {
  it('stays unavailable with a reason until binary and voice are configured', async () => {
    expect((await piper({}).isAvailable()).reason).toContain('set providers.piper.binary_path');
    expect((await piper({ binaryPath: model }).isAvailable()).reason).toContain('is not an executable file');
    expect((await piper({ binaryPath: binary }).isAvailable()).reason).toContain(
      'set providers.piper.model_path to a .onnx voice file',
    );
    expect(
      (await piper({ binaryPath: binary, model_path: join(temp.path, 'x.onnx') }).isAvailable()).reason,
    ).toContain('does not exist');
    const ready = piper({ binaryPath: binary, model_path: model });
    expect(await ready.isAvailable()).toEqual({ available: true });
    expect(ready.defaultVoice).toBe('en_US-test-medium');
  });

  it('runs piper once in JSON-lines mode with the model and rate, one line per word', async () => {
    const provider = piper({ binaryPath: binary, model_path: model });
    await provider.synthesize('Say "-v" now', 'en_US-test-medium', run(1.25));
    const seen = JSON.parse(readFileSync(record, 'utf8')) as { args: string[]; input: string };
    expect(seen.args).toEqual(['--model', model, '--json-input', '--length_scale', '0.8']);
    const lines = seen.input
      .trim()
      .split('\n')
      .map((l) => JSON.parse(l) as { text: string; output_file: string });
    expect(lines.map((l) => l.text)).toEqual(['Say', '"-v"', 'now']);
    expect(new Set(lines.map((l) => l.output_file)).size).toBe(3);
  });

  it('stitches the words piper wrote and times each where it was placed', async () => {
    const provider = piper({ binaryPath: binary, model_path: model });
    const result = await provider.synthesize('ab abcd', 'en_US-test-medium', run());
    expect(result.words).toHaveLength(2);
    // 2 characters → 100 ms of sound, then the 60 ms pause, then 4 characters → 200 ms.
    expect(result.words[0]!.startSeconds).toBe(0);
    expect(result.words[0]!.endSeconds).toBeCloseTo(0.1, 2);
    expect(result.words[1]!.startSeconds).toBeCloseTo(0.16, 2);
    expect(result.durationSeconds).toBeCloseTo(0.36, 2);
    expect(readFileSync(result.audioPath).subarray(0, 4).toString()).toBe('RIFF');
  });

  it('picks another voice from the model folder by name, and says when it is missing', async () => {
    writeFileSync(join(temp.path, 'de_DE-other-low.onnx'), 'model');
    const provider = piper({ binaryPath: binary, model_path: model });
    await provider.synthesize('Hallo', 'de_DE-other-low', run());
    const seen = JSON.parse(readFileSync(record, 'utf8')) as { args: string[] };
    expect(seen.args[1]).toBe(join(temp.path, 'de_DE-other-low.onnx'));
    await expect(provider.synthesize('Hallo', 'fr_FR-none', run())).rejects.toThrow(
      `piper voice "fr_FR-none" not found: no ${join(temp.path, 'fr_FR-none.onnx')}`,
    );
  });

  it('lists the voices in the model folder for the Settings view', async () => {
    writeFileSync(join(temp.path, 'de_DE-thorsten-low.onnx'), 'model');
    writeFileSync(join(temp.path, 'de_DE-thorsten-low.onnx.json'), '{}');
    expect(await piper({ binaryPath: binary, model_path: model }).listVoices()).toEqual([
      'de_DE-thorsten-low',
      'en_US-test-medium',
    ]);
    expect(await piper({ binaryPath: binary }).listVoices()).toEqual([]);
  });

  it("reports piper's own message when it fails, and a word it wrote nothing for", async () => {
    const broken = join(temp.path, 'broken.onnx');
    writeFileSync(broken, 'not onnx');
    await expect(
      piper({ binaryPath: binary, model_path: broken }).synthesize('Hello', 'broken', run()),
    ).rejects.toThrow('piper exited with 1: [piper] [error] Failed to load voice: model is not an ONNX file');
    await expect(
      piper({ binaryPath: binary, model_path: model }).synthesize(
        'one skip three',
        'en_US-test-medium',
        run(),
      ),
    ).rejects.toThrow('piper wrote no audio for word 2 ("skip")');
  });
});
