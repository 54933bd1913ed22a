// The render form's template choice: '' leaves it to the script's "template" (then the channel's
// own look); an id is sent as `jobs.enqueue`'s `template`, over the script's.
import { useApi } from '../../app/api-context.js';
import { useAsync } from '../../state/use-async.js';

export function TemplateSelect({ value, onChange }: { value: string; onChange: (id: string) => void }) {
  const api = useApi();
  const listing = useAsync(() => api['templates.list']({}), 'render-templates');
  return (
    <label className="field">
      <span>Template</span>
      <select value={value} onChange={(e) => onChange(e.target.value)} data-testid="render-template">
        <option value="">From the script or channel</option>
        {listing.data?.templates.map(({ template, builtIn }) => (
          <option key={template.id} value={template.id}>
            {template.name} ({template.id}
            {builtIn ? ', built in' : ''})
          </option>
        ))}
      </select>
    </label>
  );
}
