import type { ValidationIssue } from '#core/errors.js';
import { formatVoiceChoice, parseVoiceChoice } from '#core/narration/voice-choice.js';
import type { VideoScript } from '#core/script.js';
import type { DraftValue, ScriptDraft } from './script-draft.js';

const YES = new Set(['true', 'yes', 'on']);
const NO = new Set(['false', 'no', 'off']);

/** The script's `voice` and `captions`, checked; each problem becomes an issue naming its field and line. */
export function readNarration(
  draft: Pick<ScriptDraft, 'voice' | 'captions'>,
  issues: ValidationIssue[],
): Pick<VideoScript, 'voice' | 'captions'> {
  const issue = (value: DraftValue, message: string) =>
    issues.push({ field: value.field, ...(value.line !== undefined ? { line: value.line } : {}), message });
  let voice: string | undefined;
  if (draft.voice !== undefined) {
    const choice = parseVoiceChoice(draft.voice.text);
    if ('error' in choice) issue(draft.voice, choice.error);
    else voice = formatVoiceChoice(choice);
  }
  let captions: boolean | undefined;
  if (draft.captions !== undefined) {
    const word = draft.captions.text.trim().toLowerCase();
    if (YES.has(word)) captions = true;
    else if (NO.has(word)) captions = false;
    else
      issue(
        draft.captions,
        `expected true or false (or yes/no, on/off), got "${draft.captions.text.trim()}"`,
      );
  }
  return {
    ...(voice !== undefined ? { voice } : {}),
    ...(captions !== undefined ? { captions } : {}),
  };
}
