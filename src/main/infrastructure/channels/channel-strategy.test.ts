import { describe, expect, it } from 'vitest';
import type { ChannelDefinition } from '#core/channel.js';
import { BUILTIN_CHANNELS } from '#core/channels/builtin-channels.js';
import { RuleBasedChannelStrategy } from './channel-strategy.js';
import { validScript, words } from '#core/test-scripts.js';

const { air, fire } = BUILTIN_CHANNELS;

function withRules(
  channel: ChannelDefinition,
  rules: Partial<ChannelDefinition['rules']>,
): ChannelDefinition {
  return { ...channel, rules: { ...channel.rules, ...rules } };
}

describe('RuleBasedChannelStrategy', () => {
  it('accepts a script within every rule', () => {
    for (const channel of Object.values(BUILTIN_CHANNELS)) {
      expect(new RuleBasedChannelStrategy(channel).validate(validScript())).toEqual([]);
    }
  });

  it('exposes its channel definition', () => {
    expect(new RuleBasedChannelStrategy(fire).definition).toBe(fire);
  });

  it('rejects a hook longer than the channel allows, naming the file and field', () => {
    const issues = new RuleBasedChannelStrategy(air).validate(validScript({ hook: 'x'.repeat(151) }));
    expect(issues).toEqual([
      {
        file: 'clear-mind.json',
        field: 'hook',
        message: 'the hook is 151 characters; channel air allows at most 150 — shorten it',
      },
    ]);
  });

  it('rejects a 0.9 MiB hook with the same message, segmenting only past the limit', () => {
    const segment = Intl.Segmenter.prototype.segment;
    let segmented = 0;
    Intl.Segmenter.prototype.segment = function (this: Intl.Segmenter, input: string) {
      segmented += input.length;
      return segment.call(this, input);
    };
    let issues;
    try {
      issues = new RuleBasedChannelStrategy(air).validate(validScript({ hook: 'x'.repeat(943_718) }));
    } finally {
      Intl.Segmenter.prototype.segment = segment;
    }
    expect(issues.find((issue) => issue.field === 'hook')?.message).toBe(
      'the hook is 943718 characters; channel air allows at most 150 — shorten it',
    );
    // Segmenting the whole hook (quadratic in V8) took seconds; now a few windows suffice.
    expect(segmented).toBeLessThan(10_000);
  });

  it('names an over-long hook of emoji as more than the limit, without counting it all', () => {
    const issues = new RuleBasedChannelStrategy(air).validate(validScript({ hook: '👍🏽'.repeat(100_000) }));
    expect(issues.find((issue) => issue.field === 'hook')?.message).toBe(
      'the hook is more than 150 characters; channel air allows at most 150 — shorten it',
    );
  });

  it('accepts text exactly at the limit', () => {
    const script = validScript({ hook: 'x'.repeat(150), callToAction: 'y'.repeat(150) });
    expect(new RuleBasedChannelStrategy(air).validate(script)).toEqual([]);
  });

  it('counts an emoji as one character', () => {
    const script = validScript({ hook: `${'x'.repeat(149)}🔥` });
    expect(new RuleBasedChannelStrategy(air).validate(script)).toEqual([]);
  });

  it('rejects empty or blank text fields', () => {
    const script = validScript({ hook: '  ', mainPoints: ['ok', ''], callToAction: '' });
    const issues = new RuleBasedChannelStrategy(air).validate(script);
    expect(issues.map((i) => [i.field, i.message])).toEqual([
      ['hook', 'the hook is empty'],
      ['main_points[2]', 'main point 2 is empty'],
      ['call_to_action', 'the call to action is empty'],
    ]);
  });

  it('names the over-long main point by its 1-based index, as parse issues do', () => {
    const script = validScript({ mainPoints: ['fine', 'fine', 'z'.repeat(201)] });
    const issues = new RuleBasedChannelStrategy(air).validate(script);
    expect(issues).toHaveLength(1);
    expect(issues[0]!.field).toBe('main_points[3]');
    expect(issues[0]!.message).toBe(
      'main point 3 is 201 characters; channel air allows at most 200 — shorten it',
    );
  });

  it('rejects too few and too many main points', () => {
    const strategy = new RuleBasedChannelStrategy(withRules(air, { minPoints: 2, maxPoints: 3 }));
    expect(strategy.validate(validScript({ mainPoints: ['only one'] }))).toEqual([
      {
        file: 'clear-mind.json',
        field: 'main_points',
        message: 'the script has 1 main point; channel air needs at least 2',
      },
    ]);
    const many = strategy.validate(validScript({ mainPoints: ['a', 'b', 'c', 'd'] }));
    expect(many.map((i) => i.message)).toEqual([
      'the script has 4 main points; channel air allows at most 3',
    ]);
  });

  it('rejects a video longer than the channel allows, with its length', () => {
    // Eight scenes of 12 s (the cap) would be 96 s.
    const script = validScript({
      hook: words(25),
      mainPoints: Array.from({ length: 6 }, () => words(30)),
      callToAction: words(25),
    });
    const issues = new RuleBasedChannelStrategy(fire).validate(script);
    expect(issues.map((i) => i.field)).toEqual(['duration']);
    expect(issues[0]!.message).toMatch(
      /^video would last \d+\.\d s; channel fire allows at most 60 s — shorten the text$/,
    );
  });

  it('states the length rounded up to a tenth of a second', () => {
    const strategy = new RuleBasedChannelStrategy(withRules(fire, { maxTotalSeconds: 10 }));
    // hook 2 s + point 2 s + CTA 2 s + a point of 17 words at 170 wpm = 6.7 s → 12.7 s
    const script = validScript({ hook: 'a', mainPoints: ['b', words(17)], callToAction: 'c' });
    expect(strategy.validate(script)[0]!.message).toBe(
      'video would last 12.7 s; channel fire allows at most 10 s — shorten the text',
    );
  });

  it('counts voice-over lengths toward the video length when given', () => {
    const strategy = new RuleBasedChannelStrategy(air);
    expect(strategy.validate(validScript())).toEqual([]);
    const issues = strategy.validate(validScript(), { voiceOverSeconds: { hook: 70 } });
    expect(issues.map((i) => i.field)).toEqual(['duration']);
  });

  it('reports every problem at once', () => {
    const script = validScript({
      hook: 'h'.repeat(151),
      mainPoints: Array.from({ length: 8 }, (_, i) => (i === 4 ? 'p'.repeat(201) : words(35))),
      callToAction: 'c'.repeat(151),
    });
    const fields = new RuleBasedChannelStrategy(air).validate(script).map((i) => i.field);
    expect(fields).toEqual(['hook', 'main_points', 'main_points[5]', 'call_to_action', 'duration']);
  });
});
