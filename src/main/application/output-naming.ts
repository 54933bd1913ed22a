/**
 * File name (without extension) for a job's outputs: a readable slug of the topic, the variant's
 * name when it renders one, and the start of the job id, so two renders of one script never
 * overwrite each other.
 */
export function outputBaseName(topic: string, jobId: string, variant?: string): string {
  const slug = topic
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 48)
    .replace(/-+$/g, '');
  const shortId = jobId.replace(/[^a-zA-Z0-9]/g, '').slice(0, 8) || 'job';
  const variantPart = variant ? `-${variant.toLowerCase()}` : '';
  return slug ? `${slug}${variantPart}-${shortId}` : `video${variantPart}-${shortId}`;
}
