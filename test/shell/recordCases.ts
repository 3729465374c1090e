/**
 * Records what the real shells print for every case in cases.ts, into
 * recorded.json: busybox sh (/bin/busybox, the binary the teaching images
 * carry) for the container dialect, bash + GNU coreutils for the host.
 *
 *   npx tsx test/shell/recordCases.ts            # record every case
 *   npx tsx test/shell/recordCases.ts --diff     # also run the simulator and show differences
 *
 * Each case runs in a fresh temporary folder holding the case's files; the
 * folder's path prints as /work, the applet folder's as /bin.
 */

import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { APPLETS, run } from './fixtures.ts';
import { CASES, STANDARD_FILES, caseKey, maskDates, type ShellCase } from './cases.ts';
import type { Dialect } from '../../src/engine/shell/types.ts';

const here = path.dirname(fileURLToPath(import.meta.url));
const outFile = path.join(here, 'recorded.json');
const diff = process.argv.includes('--diff');
const only = process.argv.find((a) => a.startsWith('--only='))?.slice(7);

const appletDir = fs.mkdtempSync(path.join(os.tmpdir(), 'bb-applets-'));
for (const a of APPLETS) fs.symlinkSync('/bin/busybox', path.join(appletDir, a));

function writeFiles(dir: string, files: ShellCase['files']): void {
  for (const [p, spec] of Object.entries({ ...STANDARD_FILES, ...(files ?? {}) })) {
    const full = path.join(dir, p);
    if (p.endsWith('/')) {
      fs.mkdirSync(full, { recursive: true });
      continue;
    }
    fs.mkdirSync(path.dirname(full), { recursive: true });
    if (typeof spec === 'string') fs.writeFileSync(full, spec);
    else if ('symlink' in spec) fs.symlinkSync(spec.symlink, full);
    else {
      fs.writeFileSync(full, spec.content);
      fs.chmodSync(full, parseInt(spec.mode, 8));
    }
  }
}

function real(dialect: Dialect, c: ShellCase): { output: string; exitCode: number } {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'shell-case-'));
  fs.chmodSync(dir, 0o755);
  writeFiles(dir, c.files);
  const shell =
    dialect === 'busybox'
      ? ['env', '-i', `PATH=${appletDir}`, 'HOME=/root', '/bin/busybox', 'sh', '-c', c.script]
      : ['env', '-i', 'PATH=/usr/bin:/bin', 'HOME=/root', 'LANG=C.UTF-8', 'bash', '-c', c.script];
  const r = spawnSync('bash', ['-c', '"$@" 2>&1', '--', ...shell], { cwd: dir, input: c.stdin ?? '', encoding: 'utf8', timeout: 10000 });
  fs.rmSync(dir, { recursive: true, force: true });
  let output = (r.stdout ?? '').split(dir).join('/work').split(appletDir).join('/bin');
  if (c.dates) output = maskDates(output);
  return { output, exitCode: r.status ?? -1 };
}

const recorded: Record<string, { output: string; exitCode: number }> = fs.existsSync(outFile) ? JSON.parse(fs.readFileSync(outFile, 'utf8')) : {};
let differences = 0;
for (const c of CASES) {
  for (const dialect of c.dialect === 'both' ? (['busybox', 'bash'] as const) : [c.dialect]) {
    const key = caseKey(c, dialect);
    if (only !== undefined && !key.includes(only)) continue;
    const truth = real(dialect, c);
    recorded[key] = truth;
    if (diff) {
      const sim = run(dialect, c.script, { files: { ...STANDARD_FILES, ...(c.files ?? {}) }, stdin: c.stdin });
      if (c.dates) sim.output = maskDates(sim.output);
      if (sim.output !== truth.output || sim.exitCode !== truth.exitCode) {
        differences++;
        console.log(`--- ${key}\n$ ${c.script}\n=== real [${truth.exitCode}]\n${truth.output}=== sim [${sim.exitCode}]\n${sim.output}`);
      }
    }
  }
}
const sorted = Object.fromEntries(Object.entries(recorded).sort(([a], [b]) => (a < b ? -1 : 1)));
fs.writeFileSync(outFile, JSON.stringify(sorted, null, 1) + '\n');
fs.rmSync(appletDir, { recursive: true, force: true });
if (diff) console.log(`${differences} difference(s)`);
