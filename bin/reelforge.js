#!/usr/bin/env node
// Entry for global installs (`npm install -g`); needs `npm run build` first.
import '../out/cli/reelforge.js';
