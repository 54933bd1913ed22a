// The preload bridge. The typed API it exposes is defined in src/shared (desktop-app issue).
import { contextBridge } from 'electron';

contextBridge.exposeInMainWorld('reelforgeShell', { platform: process.platform });
