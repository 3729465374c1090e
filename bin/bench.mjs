#!/usr/bin/env node
// Prints the engine's speed figures: npm run bench
import { register } from 'tsx/esm/api';

register();
await import('./bench.ts');
// Then the page's figures, measured in Chromium against the built site.
await import('./bench-browser.ts');
