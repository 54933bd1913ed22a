export const PROVIDER_CAPABILITIES = [
  'text-to-video',
  'animation',
  'transitions',
  'ai-generation',
  'avatar',
  'real-time',
  'audio',
  'captions',
] as const;
export type ProviderCapability = (typeof PROVIDER_CAPABILITIES)[number];
