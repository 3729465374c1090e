/**
 * The engine's speed, measured: for worlds of 10, 100 and 1,000 containers,
 * the median time of everyday commands, and the time and size of saving and
 * restoring the world. Medians over many runs, since single timings are noise.
 */
import { performance } from 'node:perf_hooks';
import { createWorld, runLine, type World } from '../src/engine/engine.ts';

const SIZES = [10, 100, 1000];
const ROUNDS = 30;

/** The commands a learner types most, each aimed at a container in the middle of the world. */
function commands(n: number, round: number): string[] {
  const c = `c${Math.floor(n / 2)}`;
  return [
    `docker exec ${c} sh -c 'echo ${round} >> /data/log'`,
    `docker stop -t 0 ${c}`,
    `docker start ${c}`,
    `docker inspect -f '{{.State.Status}}' ${c}`,
    `docker diff ${c}`,
    `docker volume create extra${round}`,
    `docker run -d --name tmp${round} -v extra${round}:/x busybox sleep 100000`,
    `docker rm -f -v tmp${round}`,
    `docker cp ${c}:/etc/passwd ./passwd`,
    `docker exec ${c} cat /data/log`,
  ];
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
}

function build(n: number): World {
  let world = createWorld();
  for (let i = 0; i < n; i++) world = runLine(world, `docker run -d --name c${i} -v vol${i}:/data busybox sleep 100000`).world;
  return world;
}

const rows: string[][] = [['containers', 'median per command', 'p90 per command', 'docker ps -a', 'serialize', 'restore', 'world JSON size']];
const medians: number[] = [];
for (const n of SIZES) {
  let world = build(n);
  const perCommand: number[] = [];
  const ps: number[] = [];
  for (let round = 0; round < ROUNDS; round++) {
    for (const line of commands(n, round)) {
      const start = performance.now();
      world = runLine(world, line).world;
      perCommand.push(performance.now() - start);
    }
    const start = performance.now();
    runLine(world, 'docker ps -a');
    ps.push(performance.now() - start);
  }
  const save: number[] = [];
  const load: number[] = [];
  let json = '';
  for (let i = 0; i < 15; i++) {
    let start = performance.now();
    json = JSON.stringify(world);
    save.push(performance.now() - start);
    start = performance.now();
    JSON.parse(json);
    load.push(performance.now() - start);
  }
  const sorted = [...perCommand].sort((a, b) => a - b);
  medians.push(median(perCommand));
  rows.push([
    String(n),
    `${median(perCommand).toFixed(3)} ms`,
    `${sorted[Math.floor(sorted.length * 0.9)].toFixed(3)} ms`,
    `${median(ps).toFixed(2)} ms`,
    `${median(save).toFixed(2)} ms`,
    `${median(load).toFixed(2)} ms`,
    `${(json.length / 1024).toFixed(0)} KiB`,
  ]);
}

const widths = rows[0].map((_, i) => Math.max(...rows.map((r) => r[i].length)));
for (const row of rows) console.log(row.map((cell, i) => cell.padEnd(widths[i])).join('  ').trimEnd());
console.log(`\nmedian per command, 1,000 containers vs 10: ${(medians[2] / medians[0]).toFixed(2)}x`);
console.log(`(${ROUNDS} rounds of ${commands(10, 0).length} commands per size: exec, stop, start, inspect, diff, volume create, run, rm, cp, exec)`);
