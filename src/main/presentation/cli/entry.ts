// Process entry of the `reelforge` CLI (kept apart from main.ts so tests can import runCli).
import { main } from './main.js';

void main();
