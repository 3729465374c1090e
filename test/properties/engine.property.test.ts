/**
 * Property tests: long random sessions, well-formed and malformed, never
 * crash the engine, and the rules of data survival hold after every line.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createWorld, runLine, type World } from '../../src/engine/engine.ts';
import { countFiles } from '../../src/engine/fs/tree.ts';

const NAMES = ['web', 'db', 'box', 'cache'];
const VOLUMES = ['data', 'logs', 'cfg'];
const IMAGES = ['busybox', 'nginx', 'mysql', 'redis', 'postgres', 'alpine:3.20', 'nosuch', 'snap'];

const pick = <T>(items: readonly T[]) => fc.constantFrom(...items);
const maybe = (text: string) => fc.constantFrom('', text);

const run = fc
  .tuple(
    pick(['run -d', 'create', 'run']),
    pick(NAMES),
    maybe(' --rm'),
    maybe(' --read-only'),
    fc.option(pick(VOLUMES), { nil: undefined }),
    maybe(' -v /anon'),
    maybe(' --tmpfs /scratch'),
    maybe(' --restart always'),
    pick(IMAGES),
    pick(['', ' sleep 100000', " sh -c 'echo hi > /data/f'", ' true', ' false', ' nosuchprogram']),
  )
  .map(([verb, name, rm, ro, vol, anon, tmpfs, restart, image, cmd]) =>
    `docker ${verb} --name ${name}${rm}${ro}${vol ? ` -v ${vol}:/data` : ''}${anon}${tmpfs}${restart} ${image}${cmd}`,
  );

const lifecycle = fc
  .tuple(pick(['start', 'stop -t 0', 'stop', 'restart', 'kill', 'pause', 'unpause', 'rm', 'rm -f', 'rm -v', 'rm -fv', 'start -a', 'logs', 'diff', 'inspect', 'wait']), pick([...NAMES, 'nosuch']))
  .map(([verb, name]) => `docker ${verb} ${name}`);

const exec = fc
  .tuple(pick(NAMES), pick(['/data/f', '/tmp/f', '/scratch/f', '/etc/passwd', '/etc/hosts']), pick(['echo x >', 'echo y >>', 'rm -f', 'cat', 'touch']))
  .map(([name, path, op]) => (op === 'echo x >' || op === 'echo y >>' ? `docker exec ${name} sh -c '${op} ${path}'` : `docker exec ${name} ${op} ${path}`));

const volume = fc
  .tuple(pick(['volume create', 'volume rm', 'volume rm -f', 'volume inspect', 'volume ls -q', 'volume prune -f', 'volume prune -a -f']), pick(VOLUMES))
  .map(([verb, name]) => (verb.includes('prune') || verb.includes('ls') ? `docker ${verb}` : `docker ${verb} ${name}`));

const other = pick([
  'docker ps -a',
  'docker ps -q',
  "docker ps -a --format '{{.Names}} {{.Status}}'",
  'docker images',
  'docker container prune -f',
  'docker commit web snap',
  'docker rmi snap',
  'docker image prune -f',
  'docker cp box:/etc/passwd ./passwd',
  'docker cp passwd box:/tmp/',
  'mkdir -p site && echo hi > site/index.html',
  'docker run -d --name site -v /home/learner/site:/usr/share/nginx/html nginx',
  'docker pull busybox',
  'docker pull nothere',
]);

/** Anything at all after `docker`, and lines that are not docker at all. */
const garbage = fc.oneof(
  fc.array(fc.oneof(fc.string({ maxLength: 8 }), pick(['-v', '--mount', '-d', '--', ':', "'", '"', '$(', '|', '&&', ';', '>', '{{', '}}'])), { maxLength: 6 }).map((words) => `docker ${words.join(' ')}`),
  fc.string({ maxLength: 30 }),
);

const line = fc.oneof({ weight: 3, arbitrary: run }, { weight: 5, arbitrary: lifecycle }, { weight: 4, arbitrary: exec }, { weight: 2, arbitrary: volume }, { weight: 2, arbitrary: other }, { weight: 2, arbitrary: garbage });

/** Lines that never write into a volume or a writable layer (they run no program in a container). */
const NON_WRITING = /^docker (stop|kill|pause|unpause|rm|logs|diff|inspect|wait|ps|images|volume|container prune|commit|rmi|image prune|pull)\b/;

function namedVolumes(world: World) {
  return world.volumes.filter((v) => !v.anonymous);
}

describe('random sessions', () => {
  it('never crash, and keep the rules of what survives', () => {
    fc.assert(
      fc.property(fc.array(line, { minLength: 100, maxLength: 300 }), (lines) => {
        let world = createWorld();
        for (const text of lines) {
          const before = world;
          const result = runLine(world, text);
          world = result.world;
          expect(result.output).not.toContain('internal error');
          expect(Number.isInteger(result.exitCode)).toBe(true);
          // The restart manager may start containers at any line: their programs write like any other.
          const quiet = NON_WRITING.test(text) && !result.events.some((e) => e.type === 'container.started');

          // Named volumes: only volume rm / prune -a delete them; lines that run no program leave their files alone.
          for (const volume of namedVolumes(before)) {
            const after = world.volumes.find((v) => v.name === volume.name);
            if (after === undefined) expect(text).toMatch(/^docker volume (rm|prune .*-a)/);
            else if (quiet) expect(after.tree).toBe(volume.tree);
          }
          // A writable layer survives every line that does not remove its container.
          for (const container of before.containers) {
            const after = world.containers.find((c) => c.id === container.id);
            if (after !== undefined && quiet) expect(after.writableLayer).toBe(container.writableLayer);
          }
          // tmpfs is empty after each start (the generated programs never write there themselves).
          for (const event of result.events) {
            if (event.type !== 'container.started') continue;
            const started = world.containers.find((c) => c.id === event.id);
            if (started !== undefined) for (const tree of Object.values(started.tmpfs)) expect(countFiles(tree)).toBe(0);
          }
        }
        // The world always round-trips through JSON.
        expect(JSON.parse(JSON.stringify(world))).toEqual(world);
      }),
      { numRuns: 60 },
    );
  }, 120_000);

  it('round-trip through JSON after every line, and replay the same from the restored world', () => {
    fc.assert(
      fc.property(fc.array(line, { minLength: 50, maxLength: 120 }), (lines) => {
        let world = createWorld();
        for (const text of lines) {
          const restored = JSON.parse(JSON.stringify(world)) as World;
          expect(restored).toEqual(world);
          const a = runLine(world, text);
          const b = runLine(restored, text);
          expect(b.output).toBe(a.output);
          expect(b.world).toEqual(a.world);
          world = a.world;
        }
      }),
      { numRuns: 10 },
    );
  }, 120_000);
});
