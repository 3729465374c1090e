import { describe, expect, it } from 'vitest';
import { catalog, createWorld } from '../../src/engine/docker/catalog.ts';
import { getNode, splitPath } from '../../src/engine/fs/tree.ts';
import { runLine } from '../../src/engine/engine.ts';

describe('built-in images', () => {
  const world = createWorld();

  it.each(catalog.images.map((image, n) => [image.name, n] as const))('%s is built file for file and setting for setting', (_, n) => {
    const source = catalog.images[n];
    const image = world.images[n];
    expect(image.repoTags).toEqual(source.tags.map((t) => `${source.name}:${t}`));
    expect(image.config).toEqual(source.config);
    expect(image.service).toEqual(source.service);
    expect(image.layers).toHaveLength(source.layers.length);
    source.layers.forEach((layer, i) => {
      const built = world.layers[image.layers[i]];
      expect(built.createdBy).toBe(layer.createdBy);
      for (const entry of layer.entries) {
        const node = getNode(built.tree, splitPath(entry.path));
        if (entry.type === 'dir') expect(node).toMatchObject({ type: 'dir', mode: entry.mode });
        else if (entry.type === 'file') expect(node).toEqual({ type: 'file', mode: entry.mode, content: entry.content });
        else expect(node).toEqual({ type: 'symlink', target: entry.target });
      }
    });
  });
});

describe('docker pull: the lab has no network', () => {
  const run = (lines: string[]) => {
    let world = createWorld();
    const out: { output: string; exitCode: number }[] = [];
    for (const line of lines) {
      const r = runLine(world, line);
      world = r.world;
      out.push({ output: r.output, exitCode: r.exitCode });
    }
    return out;
  };

  it('succeeds for a built-in image', () => {
    const [pull] = run(['docker pull busybox']);
    expect(pull.exitCode).toBe(0);
    expect(pull.output).toContain('Status: Image is up to date for busybox:latest');
  });

  it('brings back a built-in tag that was removed', () => {
    const [, pull, images] = run(['docker rmi busybox', 'docker pull busybox', 'docker images -q busybox']);
    expect(pull.output).toContain('Status: Downloaded newer image for busybox:latest');
    expect(images.output.trim().split('\n')).toHaveLength(2);
  });

  it.each(['ubuntu', 'nginx:1.25', 'library/python:3'])('fails for %s and says why', (ref) => {
    const [pull] = run([`docker pull ${ref}`]);
    expect(pull.exitCode).toBe(1);
    expect(pull.output).toMatch(/^Error response from daemon: pull access denied for .*: the lab has no network; only the built-in images can be used \(busybox, alpine, nginx, mysql, postgres, redis\)\n$/);
  });

  it('docker run of an image that is not built in fails the same way, exit 125', () => {
    const [r] = run(['docker run --rm ubuntu true']);
    expect(r.exitCode).toBe(125);
    expect(r.output).toContain("Unable to find image 'ubuntu:latest' locally");
    expect(r.output).toContain('the lab has no network');
  });
});
