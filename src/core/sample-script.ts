import type { VideoScript } from './script.js';
import { scriptFromScenes } from './script-from-scenes.js';

/**
 * A short Air script every built-in channel accepts: what Remotion Studio and a preview with no
 * script loaded show, and the tests' default script.
 */
export function sampleScript(name = 'sample.json'): VideoScript {
  return scriptFromScenes({ channel: 'air', topic: 'Clear mind', name }, [
    'Your thoughts are clouds, not the sky.',
    'Notice one thought.',
    'Name it without judging.',
    'Let it drift past.',
    'Follow for a calmer mind.',
  ]);
}
