import { describe, expect, it } from 'vitest';
import {
  firstProblem,
  formFromJson,
  issueTarget,
  movePoint,
  newScriptText,
  readJsonObject,
  writeForm,
} from './script-form.js';

describe('script form ⇄ script text', () => {
  const snake = `{"channel":"air","topic":"T","hook":"H","main_points":["a","b"],"call_to_action":"C","music":"m.mp3"}`;

  it('reads either spelling and writes back under the spelling the text uses, keeping other fields', () => {
    const form = formFromJson(readJsonObject(snake)!);
    expect(form).toEqual({
      channel: 'air',
      topic: 'T',
      hook: 'H',
      mainPoints: ['a', 'b'],
      callToAction: 'C',
    });
    const written = JSON.parse(writeForm(snake, { ...form, hook: 'New “hook” #1', mainPoints: ['b', 'a'] }));
    expect(written).toEqual({
      channel: 'air',
      topic: 'T',
      hook: 'New “hook” #1',
      main_points: ['b', 'a'],
      call_to_action: 'C',
      music: 'm.mp3',
    });
    expect(Object.keys(written)).not.toContain('mainPoints');
  });

  it('form → text → form gives the form back, characters untouched', () => {
    const form = {
      channel: 'water',
      topic: '心を落ち着かせる',
      hook: 'Rule #1: 5 a.m.',
      mainPoints: ['“I’ll”', ''],
      callToAction: '🙂',
    };
    expect(formFromJson(readJsonObject(writeForm('not json', form))!)).toEqual(form);
  });

  it('values of the wrong type read as empty; non-objects are not JSON scripts', () => {
    expect(formFromJson({ hook: 42, mainPoints: ['a', 7] })).toMatchObject({
      hook: '',
      mainPoints: ['a', ''],
    });
    expect(readJsonObject('[1]')).toBeUndefined();
    expect(readJsonObject('Hook: x')).toBeUndefined();
  });

  it('a new script names its channel and has one empty point to fill', () => {
    expect(JSON.parse(newScriptText('fire'))).toEqual({
      channel: 'fire',
      topic: '',
      hook: '',
      mainPoints: [''],
      callToAction: '',
    });
  });

  it('a new script from a template names it', () => {
    expect(JSON.parse(newScriptText('air', 'fire'))).toMatchObject({ channel: 'air', template: 'fire' });
  });

  it('moves a point up and down, never out of the list', () => {
    expect(movePoint(['a', 'b', 'c'], 2, -1)).toEqual(['a', 'c', 'b']);
    expect(movePoint(['a', 'b', 'c'], 0, 1)).toEqual(['b', 'a', 'c']);
    expect(movePoint(['a', 'b'], 0, -1)).toEqual(['a', 'b']);
    expect(movePoint(['a', 'b'], 1, 1)).toEqual(['a', 'b']);
  });
});

describe('issue → form field', () => {
  it('maps every format’s spelling, 1-based list positions to 0-based indexes', () => {
    expect(issueTarget({ field: 'main_points[3]' })).toEqual({ field: 'mainPoints', pointIndex: 2 });
    expect(issueTarget({ field: 'mainPoints[1]' })).toEqual({ field: 'mainPoints', pointIndex: 0 });
    expect(issueTarget({ field: 'main_points' })).toEqual({ field: 'mainPoints' });
    expect(issueTarget({ field: 'call_to_action' })).toEqual({ field: 'callToAction' });
    expect(issueTarget({ field: 'Call to action' })).toEqual({ field: 'callToAction' });
    expect(issueTarget({ field: 'hook' })).toEqual({ field: 'hook' });
    expect(issueTarget({ field: 'channel' })).toEqual({ field: 'channel' });
  });

  it('leaves syntax, media and voice issues to the list above the form', () => {
    for (const field of ['(syntax)', '(file)', 'voice_overs.hook', 'music', 'variants[1].hook']) {
      expect(issueTarget({ field }), field).toBeUndefined();
    }
  });

  it('the first problem is the one earliest in the file', () => {
    const issues = [
      { field: 'hook', message: 'x' },
      { field: 'topic', line: 7, message: 'y' },
      { field: 'channel', line: 2, message: 'z' },
    ];
    expect(firstProblem(issues)).toMatchObject({ field: 'channel' });
    expect(firstProblem([])).toBeUndefined();
  });
});
