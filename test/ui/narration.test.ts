import { describe, expect, it } from 'vitest';
import { createWorld, runLine, type World } from '../../src/engine/engine.ts';
import { narrate } from '../../src/ui/narration.ts';
import type { Change } from '../../src/ui/lab.svelte.ts';

/** Runs `setup` line by line, then `line`, and returns the change `line` made. */
function changeOf(setup: string[], line: string): Change {
  let world: World = createWorld();
  for (const l of setup) {
    const result = runLine(world, l);
    if (result.exitCode !== 0) throw new Error(`setup failed: ${l}\n${result.output}`);
    world = result.world;
  }
  const result = runLine(world, line);
  return { line, before: world, after: result.world, events: result.events, exitCode: result.exitCode };
}

const MYSQL = 'docker run -d --name db -e MYSQL_ROOT_PASSWORD=secret -v dbdata:/var/lib/mysql mysql';
const DB_WITH_FILES = [MYSQL, `docker exec db sh -c 'echo 1 > /var/lib/mysql/orders; echo 2 > /var/lib/mysql/users; echo x > /notes'`];
const CACHE = 'docker run -d --name cache --tmpfs /run/cache busybox sleep 1000';

interface Case {
  name: string;
  setup: string[];
  line: string;
  sentence: string | RegExp;
  /** Prefixes of keys that must be in `lost` / `kept` (ids are made up by the engine). */
  lost?: string[];
  kept?: string[];
}

const cases: Case[] = [
  {
    name: 'rm -f keeps a named volume and loses the writable layer',
    setup: DB_WITH_FILES,
    line: 'docker rm -f db',
    // mysql's startup writes /var/log/mysql/error.log into the writable layer, and the volume holds ibdata1.
    sentence: 'Removed container db: its writable layer (2 files) is gone. Volume dbdata (3 files) is kept and now unused.',
    lost: ['container:', 'file:writable:'],
    kept: ['volume:dbdata', 'file:volume:dbdata:/orders', 'file:volume:dbdata:/users'],
  },
  {
    name: 'a volume still mounted elsewhere is kept and still used',
    setup: [...DB_WITH_FILES, 'docker run -d --name backup -v dbdata:/backup busybox sleep 1000'],
    line: 'docker rm -f db',
    sentence: /Volume dbdata \(3 files\) is kept and still used by backup\.$/,
  },
  {
    name: 'restart empties a tmpfs and keeps the writable layer',
    setup: [CACHE, `docker exec cache sh -c 'echo hot > /run/cache/page; echo x > /keep'`],
    line: 'docker restart cache',
    sentence: 'Restarted container cache: its writable layer (1 file) is kept and its tmpfs at /run/cache (1 file) is emptied.',
    lost: ['tmpfs:', 'file:tmpfs:/run/cache/page'],
    kept: ['container:', 'file:writable:'],
  },
  {
    name: 'restart empties a tmpfs',
    setup: [CACHE, `docker exec cache sh -c 'echo hot > /run/cache/page'`],
    line: 'docker restart cache',
    sentence: 'Restarted container cache: its writable layer (no files) is kept and its tmpfs at /run/cache (1 file) is emptied.',
    lost: ['file:tmpfs:/run/cache/page'],
  },
  {
    name: 'stop keeps the writable layer',
    setup: [CACHE, `docker exec cache sh -c 'echo x > /keep; echo hot > /run/cache/page'`],
    line: 'docker stop cache',
    sentence:
      'Stopped container cache: its writable layer (1 file) is kept until the container is removed. Its tmpfs at /run/cache (1 file) is emptied: it lived in memory.',
    kept: ['container:', 'file:writable:'],
  },
  {
    name: 'rm -v removes anonymous volumes with the container',
    setup: ['docker run -d --name scratch -v /data busybox sleep 1000', `docker exec scratch sh -c 'echo 1 > /data/a'`],
    line: 'docker rm -f -v scratch',
    sentence: /^Removed container scratch: its writable layer \(no files\) is gone\. Anonymous volume [0-9a-f]{12} \(1 file\) is removed with it\.$/,
    lost: ['container:', 'volume:', 'file:volume:'],
  },
  {
    name: 'rm without -v leaves anonymous volumes behind, unused',
    setup: ['docker run -d --name scratch -v /data busybox sleep 1000'],
    line: 'docker rm -f scratch',
    sentence: /Anonymous volume [0-9a-f]{12} \(no files\) is kept and now unused\.$/,
  },
  {
    name: 'run --rm removes the container and its anonymous volumes when it exits',
    setup: [],
    line: 'docker run --rm --name once -v /data busybox true',
    sentence: /^Ran container once and removed it when it exited: its writable layer \(no files\) is gone\. Its anonymous volume [0-9a-f]{12} \(no files\) is removed with it\.$/,
    lost: ['container:'],
  },
  {
    name: 'volume rm loses the files in it',
    setup: [...DB_WITH_FILES, 'docker rm -f db'],
    line: 'docker volume rm dbdata',
    sentence: 'Removed volume dbdata: its 3 files are gone.',
    lost: ['volume:dbdata', 'file:volume:dbdata:/orders'],
  },
  {
    name: 'a new container with an existing volume finds its data',
    setup: [...DB_WITH_FILES, 'docker rm -f db'],
    line: MYSQL,
    sentence:
      'Created and started container db from mysql: its writable layer starts empty. Existing volume dbdata (3 files) is mounted at /var/lib/mysql: its data is there.',
    kept: ['volume:dbdata'],
  },
  {
    name: 'an image VOLUME gets a new anonymous volume, filled from the image',
    setup: [],
    line: 'docker run -d --name db -e MYSQL_ROOT_PASSWORD=secret mysql',
    sentence: /New anonymous volume [0-9a-f]{12} is mounted at \/var\/lib\/mysql \(1 file copied from the image\)\.$/,
  },
  {
    name: 'a file edited on the host shows through a bind mount',
    setup: ['docker run -d --name web -v ./site:/usr/share/nginx/html nginx'],
    line: 'echo hello > site/index.html',
    sentence: 'In host folder ~/site (now 1 file): ~/site/index.html added; container web at /usr/share/nginx/html sees it.',
  },
  {
    name: 'removing a container keeps its bind-mounted host folder',
    setup: ['docker run -d --name web -v ./site:/usr/share/nginx/html nginx', 'echo hello > site/index.html'],
    line: 'docker rm -f web',
    sentence: /Host folder ~\/site \(1 file\) is kept\.$/,
    kept: ['host-path:/home/learner/site', 'file:bind:/home/learner/site:/home/learner/site/index.html'],
  },
  {
    name: 'a write inside a container lands in its writable layer',
    setup: [CACHE],
    line: `docker exec cache sh -c 'echo 1 > /tmp/a'`,
    sentence: "In container cache's writable layer (now 1 file): /tmp/a added; it lasts only as long as the container.",
  },
  {
    name: 'deleting an image file leaves a whiteout',
    setup: [CACHE],
    line: 'docker exec cache rm /etc/passwd',
    sentence: "In container cache's writable layer (now no files): /etc/passwd deleted; it lasts only as long as the container.",
  },
  {
    name: 'pause freezes processes, not data',
    setup: [CACHE],
    line: 'docker pause cache',
    sentence: 'Paused container cache: its processes are frozen; its data is untouched.',
  },
  { name: 'volume create', setup: [], line: 'docker volume create dbdata', sentence: 'Created volume dbdata (empty): its data will outlive any container that mounts it.' },
  { name: 'ps has nothing to say', setup: [CACHE], line: 'docker ps -a', sentence: '' },
  { name: 'inspect has nothing to say', setup: [CACHE], line: 'docker inspect cache', sentence: '' },
  { name: 'a failed command has nothing to say', setup: [], line: 'docker rm nosuch', sentence: '' },
];

describe('narrate', () => {
  it.each(cases)('$name', ({ setup, line, sentence, lost = [], kept = [] }) => {
    const narration = narrate(changeOf(setup, line));
    if (typeof sentence === 'string') expect(narration.sentence).toBe(sentence);
    else expect(narration.sentence).toMatch(sentence);
    for (const prefix of lost) expect(narration.lost.some((key) => key.startsWith(prefix)), `lost has ${prefix}: ${narration.lost}`).toBe(true);
    for (const prefix of kept) expect(narration.kept.some((key) => key.startsWith(prefix)), `kept has ${prefix}: ${narration.kept}`).toBe(true);
  });

  it('says nothing before the first command', () => {
    expect(narrate(null)).toEqual({ sentence: '', lost: [], kept: [] });
  });

  it('never marks the same thing both lost and kept', () => {
    for (const c of cases) {
      const { lost, kept } = narrate(changeOf(c.setup, c.line));
      expect(lost.filter((key) => kept.includes(key))).toEqual([]);
    }
  });
});
