// A gallery card's picture: the template's poster frame rendered by FFmpeg in main (cached there
// by template content), with the swatch drawn from its fields until it arrives or if it fails.
import { useEffect, useState } from 'react';
import type { ReelforgeTemplate } from '#core/templates/template-schema.js';
import { useApi } from '../../app/api-context.js';
import { TemplateSwatch } from './TemplateSwatch.js';

export function TemplatePoster({ template }: { template: ReelforgeTemplate }) {
  const api = useApi();
  const [dataUrl, setDataUrl] = useState<string>();
  // The content, not the object: a saved edit gives a new poster, a re-list does not.
  const content = JSON.stringify(template);
  useEffect(() => {
    let current = true;
    setDataUrl(undefined);
    api['templates.poster']({ id: template.id }).then(
      (poster) => current && setDataUrl(poster.dataUrl),
      () => undefined,
    );
    return () => {
      current = false;
    };
  }, [api, template.id, content]);
  if (!dataUrl) return <TemplateSwatch template={template} />;
  return (
    <img
      src={dataUrl}
      alt={`${template.name} poster frame`}
      data-testid="template-poster"
      width={90}
      height={160}
      style={{ borderRadius: 8 }}
    />
  );
}
