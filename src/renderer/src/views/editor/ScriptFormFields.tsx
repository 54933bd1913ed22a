// The editor's form: channel, topic, hook, points (add, remove, reorder) and call to action, each
// with the problems the import's validation found for it.
import { BUILTIN_CHANNEL_IDS } from '#core/channels/builtin-channels.js';
import type { ValidationIssue } from '#shared/api-types.js';
import { issueTarget, movePoint, type FormField, type ScriptForm } from './script-form.js';

interface Props {
  readonly form: ScriptForm;
  readonly issues: readonly ValidationIssue[];
  /** Channels to suggest: the built-in ones when not given; the config's own ones too when known. */
  readonly channels?: readonly string[];
  onChange(form: ScriptForm, join: boolean): void;
}

const LABELS: Record<Exclude<FormField, 'mainPoints'>, string> = {
  channel: 'Channel',
  topic: 'Topic',
  hook: 'Hook',
  callToAction: 'Call to action',
};

export function ScriptFormFields({ form, issues, channels = BUILTIN_CHANNEL_IDS, onChange }: Props) {
  const issuesAt = (field: FormField, pointIndex?: number) =>
    issues.filter((issue) => {
      const target = issueTarget(issue);
      return target?.field === field && target.pointIndex === pointIndex;
    });
  const textField = (field: Exclude<FormField, 'mainPoints'>, multiline: boolean) => {
    const own = issuesAt(field);
    const props = {
      id: `editor-${field}`,
      value: form[field],
      'aria-invalid': own.length > 0,
      'aria-describedby': own.length > 0 ? `editor-${field}-problems` : undefined,
      'data-testid': `editor-${field}`,
      onChange: (event: { target: { value: string } }) =>
        onChange({ ...form, [field]: event.target.value }, true),
    };
    return (
      <div className="field editor-field">
        <label htmlFor={props.id}>{LABELS[field]}</label>
        {field === 'channel' ? (
          <>
            <input {...props} list="editor-channels" autoComplete="off" />
            <datalist id="editor-channels">
              {channels.map((id) => (
                <option key={id} value={id} />
              ))}
            </datalist>
          </>
        ) : multiline ? (
          <textarea {...props} rows={2} />
        ) : (
          <input {...props} />
        )}
        <FieldProblems id={`editor-${field}-problems`} issues={own} />
      </div>
    );
  };
  const setPoints = (mainPoints: readonly string[], join = false) => onChange({ ...form, mainPoints }, join);
  const listIssues = issuesAt('mainPoints');
  return (
    <div className="editor-form" data-testid="editor-form">
      {textField('channel', false)}
      {textField('topic', false)}
      {textField('hook', true)}
      <fieldset className="field editor-field" aria-describedby="editor-mainPoints-problems">
        <legend>Main points</legend>
        <FieldProblems id="editor-mainPoints-problems" issues={listIssues} />
        <ol className="editor-points">
          {form.mainPoints.map((point, index) => {
            const own = issuesAt('mainPoints', index);
            const id = `editor-point-${index}`;
            return (
              <li key={index} className="editor-point">
                <textarea
                  id={id}
                  aria-label={`Point ${index + 1}`}
                  value={point}
                  rows={2}
                  aria-invalid={own.length > 0}
                  data-testid="editor-point"
                  onChange={(event) =>
                    setPoints(
                      form.mainPoints.map((p, i) => (i === index ? event.target.value : p)),
                      true,
                    )
                  }
                />
                <span className="editor-point-actions">
                  <button
                    type="button"
                    className="button ghost"
                    aria-label={`Move point ${index + 1} up`}
                    disabled={index === 0}
                    onClick={() => setPoints(movePoint(form.mainPoints, index, -1))}
                  >
                    ↑
                  </button>
                  <button
                    type="button"
                    className="button ghost"
                    aria-label={`Move point ${index + 1} down`}
                    disabled={index === form.mainPoints.length - 1}
                    onClick={() => setPoints(movePoint(form.mainPoints, index, 1))}
                  >
                    ↓
                  </button>
                  <button
                    type="button"
                    className="button ghost"
                    aria-label={`Remove point ${index + 1}`}
                    onClick={() => setPoints(form.mainPoints.filter((_, i) => i !== index))}
                  >
                    ✕
                  </button>
                </span>
                <FieldProblems id={`${id}-problems`} issues={own} />
              </li>
            );
          })}
        </ol>
        <button type="button" className="button" onClick={() => setPoints([...form.mainPoints, ''])}>
          Add a point
        </button>
      </fieldset>
      {textField('callToAction', true)}
    </div>
  );
}

function FieldProblems({ id, issues }: { id: string; issues: readonly ValidationIssue[] }) {
  if (issues.length === 0) return null;
  return (
    <ul id={id} className="field-problems" role="alert" data-testid="field-problem">
      {issues.map((issue, i) => (
        <li key={i}>
          {issue.line !== undefined && <span className="issue-where">line {issue.line}: </span>}
          {issue.message}
        </li>
      ))}
    </ul>
  );
}
