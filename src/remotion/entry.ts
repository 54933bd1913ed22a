// The entry point Remotion bundles (see build-bundle.ts); nothing else imports it.
import { registerRoot } from 'remotion';
import { RemotionRoot } from './Root.js';

registerRoot(RemotionRoot);
