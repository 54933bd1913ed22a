import type { ValidationIssue } from '#shared/api-types.js';

/** Every problem of a script, each naming the file, line and field. */
export function IssueList({ issues }: { issues: readonly ValidationIssue[] }) {
  if (issues.length === 0) return null;
  return (
    <ul
      className="issues"
      aria-label={`${issues.length} problem${issues.length === 1 ? '' : 's'}`}
      data-testid="entry-issues"
    >
      {issues.map((issue, i) => (
        <li key={i} className="issue" data-testid="entry-issue">
          <span className="issue-where">
            {issue.file ?? '<input>'}
            {issue.line !== undefined && `:${issue.line}`}
          </span>
          <code className="issue-field">{issue.field}</code>
          <span className="issue-message">{issue.message}</span>
        </li>
      ))}
    </ul>
  );
}
