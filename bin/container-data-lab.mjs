#!/usr/bin/env node
// The headless lab: checks transcripts, replays sessions, prints the image catalog.
import { register } from 'tsx/esm/api';

register();
await import('./cli.ts');
