/**
 * The headless command, run as a learner or CI would run it.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createWorld } from '../../src/engine/engine.ts';

const BIN = join(import.meta.dirname, '../../bin/container-data-lab.mjs');

function lab(args: string[], input = '') {
  const r = spawnSync(process.execPath, [BIN, ...args], { input, encoding: 'utf8', timeout: 60_000 });
  return { out: r.stdout, err: r.stderr, code: r.status };
}

describe('container-data-lab', () => {
  it('check passes a transcript the lab reproduces and fails one it does not, with a diff', () => {
    const dir = mkdtempSync(join(tmpdir(), 'lab-check-'));
    const good = join(dir, 'good.t');
    const bad = join(dir, 'bad.t');
    writeFileSync(good, '# title: good\n$ docker volume create dbdata\ndbdata\n$ docker volume ls -q\ndbdata\n');
    writeFileSync(bad, '# title: bad\n$ docker volume create dbdata\nsomething else\n');
    const r = lab(['check', good, bad]);
    expect(r.code).toBe(1);
    expect(r.out).toContain(`ok   ${good}`);
    expect(r.out).toContain(`FAIL ${bad}`);
    expect(r.out).toMatch(/--- docker\n {2}\| something else\n {2}\+\+\+ lab\n {2}\| dbdata/);
    expect(r.out.trim().split('\n').at(-1)).toBe('1 passed, 1 failed');
  });

  it('check exits 0 when every transcript passes', () => {
    const r = lab(['check', join(import.meta.dirname, '../conformance/03-named-volume-survives.t')]);
    expect(r.code).toBe(0);
    expect(r.out.trim().split('\n').at(-1)).toBe('1 passed, 0 failed');
  });

  it('replay prints a session in the transcript format, [exit N] on failures', () => {
    const r = lab(['replay'], 'docker volume create dbdata\ndocker volume rm nosuch\n');
    expect(r.code).toBe(0);
    expect(r.out).toBe('$ docker volume create dbdata\ndbdata\n$ docker volume rm nosuch\nError response from daemon: get nosuch: no such volume\n[exit 1]\n');
  });

  it('images --json prints the built-in catalog, the one the lab builds its images from', () => {
    const r = lab(['images', '--json']);
    expect(r.code).toBe(0);
    const catalog = JSON.parse(readFileSync(join(import.meta.dirname, '../../src/engine/docker/catalog.json'), 'utf8'));
    expect(JSON.parse(r.out)).toEqual(catalog);
    const world = createWorld();
    expect(world.images.map((i) => i.repoTags)).toEqual(catalog.images.map((i: { name: string; tags: string[] }) => i.tags.map((t) => `${i.name}:${t}`)));
  });

  it('explains its use when called wrongly', () => {
    const r = lab(['bogus']);
    expect(r.code).toBe(2);
    expect(r.err).toContain('usage: container-data-lab check FILE.t...');
  });
});
