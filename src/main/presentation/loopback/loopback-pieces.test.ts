import { describe, expect, it } from 'vitest';
import { buildContentSecurityPolicy } from './content-security-policy.js';
import { parseCallMessage } from './loopback-messages.js';
import { isLoopbackHost, isLoopbackOrigin } from './loopback-origin.js';
import { createLoopbackToken, tokenMatches } from './loopback-token.js';
import { parseWebArgs } from './web-args.js';

describe('loopback token', () => {
  it('is 32 random bytes, different every time, and matches only itself', () => {
    const token = createLoopbackToken();
    expect(Buffer.from(token, 'base64url')).toHaveLength(32);
    expect(createLoopbackToken()).not.toBe(token);
    expect(tokenMatches(token, token)).toBe(true);
    for (const wrong of [
      undefined,
      null,
      '',
      token.slice(1),
      `${token}x`,
      token.toUpperCase(),
      'x'.repeat(2000),
    ]) {
      expect(tokenMatches(wrong, token)).toBe(false);
    }
  });
});

describe('loopback origin and host', () => {
  it('accepts the page origin and host on 127.0.0.1 or localhost with the same port only', () => {
    expect(isLoopbackOrigin('http://127.0.0.1:4000', 4000)).toBe(true);
    expect(isLoopbackOrigin('http://LOCALHOST:4000', 4000)).toBe(true);
    for (const origin of [
      undefined,
      'null',
      'http://127.0.0.1:4001',
      'https://127.0.0.1:4000',
      'http://127.0.0.1.evil:4000',
      'http://[::1]:4000',
    ]) {
      expect(isLoopbackOrigin(origin, 4000)).toBe(false);
    }
    expect(isLoopbackHost('127.0.0.1:4000', 4000)).toBe(true);
    expect(isLoopbackHost('localhost:4000', 4000)).toBe(true);
    expect(isLoopbackHost('rebind.evil.example:4000', 4000)).toBe(false);
    expect(isLoopbackHost(undefined, 4000)).toBe(false);
  });
});

describe('parseCallMessage', () => {
  it('accepts call frames and refuses everything else', () => {
    expect(parseCallMessage('{"type":"call","id":1,"name":"app.info","payload":{}}')).toEqual({
      type: 'call',
      id: 1,
      name: 'app.info',
      payload: {},
    });
    for (const text of [
      '',
      'nope',
      '[]',
      'null',
      '{"type":"call","id":"1","name":"x"}',
      '{"type":"call","id":1.5,"name":"x"}',
      '{"type":"result","id":1,"name":"x"}',
      '{"type":"call","id":1,"name":5}',
    ]) {
      expect(parseCallMessage(text), text).toBeUndefined();
    }
  });
});

describe('buildContentSecurityPolicy', () => {
  it('is strict by default', () => {
    const csp = buildContentSecurityPolicy({ connectSources: ['ws://127.0.0.1:1'] });
    expect(csp).toContain("default-src 'none'");
    expect(csp).toContain("script-src 'self';");
    expect(csp).toContain("connect-src 'self' ws://127.0.0.1:1");
    expect(csp).toContain("object-src 'none'");
    expect(csp).toContain("base-uri 'none'");
    expect(csp).not.toContain('unsafe-eval');
  });
});

describe('parseWebArgs', () => {
  it('reads --port and --data-dir in both spellings', () => {
    expect(parseWebArgs([])).toEqual({ port: 0, dataDir: undefined, help: false });
    expect(parseWebArgs(['--port', '8080', '--data-dir', '/d'])).toEqual({
      port: 8080,
      dataDir: '/d',
      help: false,
    });
    expect(parseWebArgs(['--port=0', '--data-dir=/x=y'])).toEqual({ port: 0, dataDir: '/x=y', help: false });
    expect(parseWebArgs(['--help']).help).toBe(true);
  });

  it.each([
    [['--port'], /--port needs a value/],
    [['--port', 'abc'], /--port: "abc" is not a port number/],
    [['--port', '70000'], /--port: "70000"/],
    [['--port', '-1'], /--port: "-1"/],
    [['--data-dir='], /--data-dir needs a value/],
    [['--verbose'], /unknown option "--verbose"/],
  ])('refuses %j', (argv, message) => {
    expect(() => parseWebArgs(argv)).toThrow(message);
  });
});
