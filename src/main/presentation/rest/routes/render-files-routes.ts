import { resolveJobMedia, sendMedia, type MediaKind } from '../../media/index.js';
import { notFound } from '../rest-errors.js';
import type { RestDeps } from '../rest-deps.js';
import type { RestRoute } from '../rest-route.js';
import { exactJob } from './renders-routes.js';
import { errorDoc } from './route-docs.js';

const FILES: readonly { name: 'video' | 'poster'; kind: MediaKind; types: string[] }[] = [
  { name: 'video', kind: 'video', types: ['video/mp4', 'video/webm', 'video/quicktime', 'application/json'] },
  { name: 'poster', kind: 'thumbnail', types: ['image/jpeg', 'image/png', 'image/webp'] },
];

/**
 * A completed render's video and poster, streamed with Range support (206/416) by the same code
 * as the desktop app's media protocol: found through the history by job id, never by a path.
 */
export function renderFilesRoutes(deps: RestDeps): RestRoute[] {
  return FILES.map(({ name, kind, types }) => ({
    method: 'GET',
    path: `/v1/renders/{id}/${name}`,
    operationId: name === 'video' ? 'getRenderVideo' : 'getRenderPoster',
    summary: `The render's ${name} file (Range requests supported)`,
    responses: {
      200: { description: `The ${name}`, fileTypes: types },
      206: { description: 'The requested byte range', fileTypes: types },
      404: errorDoc(`No such render, or it has no ${name} (yet)`),
      416: { description: 'The range lies outside the file' },
    },
    async handle({ request, response, params }) {
      const job = exactJob(deps, params['id']!);
      const media = await resolveJobMedia(deps.service, job.id, kind);
      if (!media || job.status !== 'completed') {
        throw notFound(`render ${job.id} has no ${name} (it is ${job.status})`);
      }
      await sendMedia(request, response, media);
      return undefined;
    },
  }));
}
