import { describe, expect, it } from 'vitest';
import { createWorld, runLine, type World } from '../../src/engine/engine.ts';
import { complete, splitWords } from '../../src/ui/terminal/completion.ts';

/** A world with containers db and web, volumes dbdata and dblogs. */
function sampleWorld(): World {
  let world = createWorld();
  for (const line of [
    'docker volume create dbdata',
    'docker volume create dblogs',
    'docker run -d --name db -v dbdata:/var/lib/mysql mysql',
    'docker create --name web nginx',
  ]) {
    const result = runLine(world, line);
    expect(result.exitCode, line).toBe(0);
    world = result.world;
  }
  return world;
}

const world = sampleWorld();

describe('complete', () => {
  const cases: { before: string; line: string; candidates?: string[]; mode?: 'host' | 'container' }[] = [
    // Commands on the host.
    { before: 'doc', line: 'docker ' },
    { before: 'hel', line: 'help ' },
    { before: 'he', line: 'he', candidates: ['head', 'help'] },
    { before: 'cle', line: 'clear ' },
    { before: 'ech', line: 'echo ' },
    // docker's commands, shortcuts and groups.
    { before: 'docker vol', line: 'docker volume ' },
    { before: 'docker ima', line: 'docker image', candidates: ['image', 'images'] },
    { before: 'docker r', line: 'docker r', candidates: ['rename', 'restart', 'rm', 'rmi', 'run'] },
    { before: 'docker -D vol', line: 'docker -D volume ' },
    { before: 'docker --', line: 'docker --' },
    // Subcommands and aliases under a group.
    { before: 'docker volume c', line: 'docker volume create ' },
    { before: 'docker container rem', line: 'docker container remove ' },
    { before: 'docker container l', line: 'docker container l', candidates: ['list', 'logs', 'ls'] },
    // Flags of the command being typed, from the command table.
    { before: 'docker rm --vo', line: 'docker rm --volumes ' },
    { before: 'docker run --read', line: 'docker run --read-only ' },
    { before: 'docker ps --a', line: 'docker ps --all ' },
    { before: 'docker volume ls --f', line: 'docker volume ls --f', candidates: ['--filter', '--format'] },
    { before: 'docker stop -', line: 'docker stop -', candidates: ['--help', '--signal', '--time', '-s', '-t'] },
    // Container names.
    { before: 'docker stop d', line: 'docker stop db ' },
    { before: 'docker rm -f w', line: 'docker rm -f web ' },
    { before: 'docker container start w', line: 'docker container start web ' },
    { before: 'docker exec d', line: 'docker exec db ' },
    { before: 'docker stop db w', line: 'docker stop db web ' },
    { before: 'docker cp w', line: 'docker cp web:' },
    // After exec's container and run's image come the container's programs.
    { before: 'docker exec db ca', line: 'docker exec db cat ' },
    { before: 'docker run busybox ech', line: 'docker run busybox echo ' },
    // Volume names, also as -v's value.
    { before: 'docker volume rm dbd', line: 'docker volume rm dbdata ' },
    { before: 'docker volume inspect db', line: 'docker volume inspect db', candidates: ['dbdata', 'dblogs'] },
    { before: 'docker run -v dbd', line: 'docker run -v dbdata:' },
    { before: 'docker run --volume dbl', line: 'docker run --volume dblogs:' },
    { before: 'docker run -dv dbd', line: 'docker run -dv dbdata:' },
    { before: 'docker run --volumes-from d', line: 'docker run --volumes-from db ' },
    // Image names and tags.
    { before: 'docker run -d --name x my', line: 'docker run -d --name x mysql' , candidates: ['mysql', 'mysql:8.4', 'mysql:latest'] },
    { before: 'docker run -d --name x mysql:8', line: 'docker run -d --name x mysql:8.4 ' },
    { before: 'docker run --rm red', line: 'docker run --rm redis', candidates: ['redis', 'redis:7.4', 'redis:latest'] },
    { before: 'docker rmi ngi', line: 'docker rmi nginx', candidates: ['nginx', 'nginx:1.27', 'nginx:latest'] },
    { before: 'docker image history busybox:l', line: 'docker image history busybox:latest ' },
    // inspect takes any kind of object.
    { before: 'docker inspect dbd', line: 'docker inspect dbdata ' },
    // A new command after an operator starts over.
    { before: 'docker ps && docker vol', line: 'docker ps && docker volume ' },
    // Nothing to complete: unknown commands, values that name nothing, inside quotes, no arguments.
    { before: 'docker bogus x', line: 'docker bogus x' },
    { before: 'docker run --name d', line: 'docker run --name d' },
    { before: "docker exec db sh -c 'ec", line: "docker exec db sh -c 'ec" },
    { before: 'docker ps d', line: 'docker ps d' },
    { before: 'ls d', line: 'ls d' },
    // In a container shell, the first word is an applet.
    { before: 'ca', line: 'cat ', mode: 'container' },
    { before: 'ex', line: 'exit ', mode: 'container' },
  ];
  it.each(cases)('$before', ({ before, line, candidates, mode }) => {
    const result = complete(before, world, mode);
    expect(result.line).toBe(line);
    if (candidates !== undefined) expect(result.candidates).toEqual(candidates);
  });

  it('offers every docker command to an empty word', () => {
    const { candidates } = complete('docker ', world);
    expect(candidates).toEqual(expect.arrayContaining(['container', 'image', 'volume', 'run', 'ps', 'images', 'inspect', 'rmi']));
  });

  it('offers containers that are in the world now', () => {
    const later = runLine(world, 'docker rename web site').world;
    expect(complete('docker start s', later).line).toBe('docker start site ');
    expect(complete('docker start w', later).candidates).toEqual([]);
  });
});

describe('splitWords', () => {
  it.each([
    { text: 'docker rm ', done: ['docker', 'rm'], current: '' },
    { text: 'docker rm d', done: ['docker', 'rm'], current: 'd' },
    { text: "echo 'a b' c", done: ['echo', 'a b'], current: 'c' },
    { text: 'ls; docker p', done: ['docker'], current: 'p' },
    { text: 'cat x | gr', done: [], current: 'gr' },
  ])('$text', ({ text, done, current }) => {
    expect(splitWords(text)).toMatchObject({ done, current });
  });
});
