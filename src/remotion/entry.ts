// The entry point Remotion bundles (see scripts/build-remotion-bundle.ts); nothing else imports it.
import { registerRoot } from 'remotion';
import { RemotionRoot } from './Root.js';

registerRoot(RemotionRoot);
