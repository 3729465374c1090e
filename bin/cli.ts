/**
 * `container-data-lab check FILE.t...`  replays transcripts and compares them with what the lab prints
 * `container-data-lab replay`           runs lines from standard input in one world, each in a fresh shell as the recorder does, prints a transcript
 * `container-data-lab images --json`    prints the built-in images in the catalog schema
 */
import { readFileSync } from 'node:fs';
import { checkTranscript, freshShell } from '../src/engine/check.ts';
import { catalog } from '../src/engine/docker/catalog.ts';
import { createWorld, runLine } from '../src/engine/engine.ts';
import { recordedOutput } from '../src/engine/transcript.ts';

const USAGE = `usage: container-data-lab check FILE.t...
       container-data-lab replay < session.txt
       container-data-lab images --json
`;

function check(files: string[]): number {
  let passed = 0;
  let failed = 0;
  for (const file of files) {
    const result = checkTranscript(readFileSync(file, 'utf8'));
    if (result.ok) {
      passed++;
      console.log(`ok   ${file}`);
    } else {
      failed++;
      console.log(`FAIL ${file}`);
      for (const d of result.differences) {
        console.log(`  $ ${d.cmd}`);
        console.log('  --- docker');
        console.log(d.want.replace(/^/gm, '  | '));
        console.log('  +++ lab');
        console.log(d.got.replace(/^/gm, '  | '));
      }
    }
  }
  console.log(`${passed} passed, ${failed} failed`);
  return failed > 0 ? 1 : 0;
}

function replay(): number {
  let world = createWorld();
  const lines = readFileSync(0, 'utf8').split('\n').filter((l) => l.trim() !== '');
  for (const line of lines) {
    const result = runLine(freshShell(world), line);
    world = result.world;
    process.stdout.write(`$ ${line}\n${recordedOutput(result.output, result.exitCode)}`);
  }
  return 0;
}

const [command, ...rest] = process.argv.slice(2);
let code = 0;
if (command === 'check' && rest.length > 0) code = check(rest);
else if (command === 'replay') code = replay();
else if (command === 'images' && rest[0] === '--json') process.stdout.write(JSON.stringify(catalog, null, 2) + '\n');
else {
  process.stderr.write(USAGE);
  code = 2;
}
process.exitCode = code;
