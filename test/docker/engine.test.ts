/**
 * Pieces of the daemon, table-driven: what each command reports happened to
 * data, users, diff, and that a command never changes the world it was given.
 */
import { describe, expect, it } from 'vitest';
import { createWorld, runLine, type EngineEvent, type World } from '../../src/engine/engine.ts';
import { plainTreeVfs } from '../../src/engine/fs/layeredVfs.ts';
import { emptyDir, setNode, splitPath, type DirNode } from '../../src/engine/fs/tree.ts';
import { resolveUser } from '../../src/engine/docker/users.ts';

function session(lines: string[]): { world: World; events: EngineEvent[][]; outputs: string[] } {
  let world = createWorld();
  const events: EngineEvent[][] = [];
  const outputs: string[] = [];
  for (const line of lines) {
    const r = runLine(world, line);
    world = r.world;
    events.push(r.events);
    outputs.push(r.output);
  }
  return { world, events, outputs };
}

const types = (events: EngineEvent[]) => events.map((e) => e.type);

describe('events say what happened to data', () => {
  it.each([
    [['docker volume create dbdata'], ['volume.created']],
    [['docker run -d --name db -v dbdata:/var/lib/mysql mysql'], ['volume.created', 'container.created', 'container.started']],
    [['docker run -d --name web -v html:/usr/share/nginx/html nginx'], ['volume.created', 'volume.filled', 'container.created', 'container.started']],
    [['docker run -d --name db mysql', "docker exec db sh -c 'echo x > /tmp/a'", 'docker rm -f db'], ['container.exited', 'writableLayer.discarded', 'container.removed']],
    [['docker run -d --name db mysql', 'docker rm -f -v db'], ['container.exited', 'writableLayer.discarded', 'volume.removed', 'container.removed']],
    [['docker run -d --name web --tmpfs /cache nginx', "docker exec web sh -c 'echo x > /cache/a'", 'docker restart web'], ['container.exited', 'tmpfs.cleared', 'container.started']],
    [['docker run -d --name web nginx', 'docker stop web'], ['container.exited']],
    [['docker run -d --name web nginx', 'docker pause web'], ['container.paused']],
    [['docker ps -a'], []],
  ])('%j', (lines, expected) => {
    const { events } = session(lines);
    expect(types(events.at(-1)!)).toEqual(expected);
  });

  it('counts the files a removal loses', () => {
    const { events } = session(['docker run -d --name db mysql', "docker exec db sh -c 'echo a > /a; echo b > /b'", 'docker rm -f db']);
    const discarded = events.at(-1)!.find((e) => e.type === 'writableLayer.discarded');
    // /a, /b and the service's own log file.
    expect(discarded).toMatchObject({ type: 'writableLayer.discarded', name: 'db', files: 3 });
  });
});

describe('commands are pure', () => {
  it('never change the world they are given', () => {
    let world = createWorld();
    for (const line of ['docker volume create v1', 'docker run -d --name a -v v1:/data busybox sleep 100000', "docker exec a sh -c 'echo x > /data/f; echo y > /w'"]) {
      const frozen = JSON.stringify(world);
      const next = runLine(world, line).world;
      expect(JSON.stringify(world)).toBe(frozen);
      world = next;
    }
  });

  it('give the same result for the same world and line', () => {
    const { world } = session(['docker run -d --name a -v v1:/data busybox sleep 100000']);
    expect(runLine(world, 'docker exec a ls /data')).toEqual(runLine(world, 'docker exec a ls /data'));
  });
});

describe('users', () => {
  let etc: DirNode = emptyDir();
  etc = setNode(etc, splitPath('/etc/passwd'), { type: 'file', mode: '644', content: 'root:x:0:0:root:/root:/bin/sh\nnobody:x:65534:65534:nobody:/home:/bin/false\n' });
  etc = setNode(etc, splitPath('/etc/group'), { type: 'file', mode: '644', content: 'root:x:0:\nnogroup:x:65534:\n' });
  const fs = plainTreeVfs({ get: () => etc, set: () => {} });

  it.each([
    ['', { ok: true, user: { uid: 0, gid: 0 }, home: '/root' }],
    ['nobody', { ok: true, user: { uid: 65534, gid: 65534 }, home: '/home' }],
    ['65534', { ok: true, user: { uid: 65534, gid: 65534 }, home: '/home' }],
    ['1000', { ok: true, user: { uid: 1000, gid: 0 }, home: '/' }],
    ['nobody:root', { ok: true, user: { uid: 65534, gid: 0 }, home: '/home' }],
    ['ghost', { ok: false, error: 'unable to find user ghost: no matching entries in passwd file' }],
    ['nobody:ghosts', { ok: false, error: 'unable to find group ghosts: no matching entries in group file' }],
  ])('-u %j', (spec, expected) => expect(resolveUser(fs, spec)).toEqual(expected));

  it('a non-root process may write only where the bits allow, and owns what it makes', () => {
    const { outputs } = session([
      "docker run --rm -u nobody busybox sh -c 'touch /tmp/mine && echo more >> /tmp/mine && cat /tmp/mine; touch /etc/x'",
    ]);
    expect(outputs[0]).toBe('more\ntouch: /etc/x: Permission denied\n');
  });
});
