#!/usr/bin/env node
// The browser tests drive Debian's Chromium. Before `npm test`, install it if it is missing,
// so `npm install && npm test` is all the set-up a fresh Debian machine needs.
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';

const chromium = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
if (!existsSync(chromium)) {
  const root = typeof process.getuid === 'function' && process.getuid() === 0;
  console.error(`Chromium is not at ${chromium}; installing Debian's chromium package for the browser tests...`);
  const run = (args) => {
    const [command, ...rest] = root ? args : ['sudo', ...args];
    execFileSync(command, rest, { stdio: 'inherit', env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' } });
  };
  try {
    run(['apt-get', 'update', '-qq']);
    run(['apt-get', 'install', '-y', '-qq', 'chromium']);
  } catch {
    console.error('Could not install it. Install it with: apt-get install -y chromium (or set CHROMIUM_PATH).');
    process.exit(1);
  }
}
