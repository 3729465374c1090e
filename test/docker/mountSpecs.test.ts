import { describe, expect, it } from 'vitest';
import { parseTmpfsFlag, parseVolumeFlag, volumeNameError } from '../../src/engine/docker/mountSpecs.ts';

describe('-v specs', () => {
  it.each([
    ['data:/data', { type: 'volume', name: 'data', target: '/data', readOnly: false, mode: 'z' }],
    ['data:/data:ro', { type: 'volume', name: 'data', target: '/data', readOnly: true, mode: 'ro' }],
    ['/anon', { type: 'volume', name: null, target: '/anon', mode: '' }],
    ['/home/learner/site:/usr/share/nginx/html', { type: 'bind', source: '/home/learner/site', target: '/usr/share/nginx/html', mode: '' }],
    ['./rel:/x', { type: 'bind', source: '/home/learner/rel', target: '/x' }],
    ['.:/src', { type: 'bind', source: '/home/learner', target: '/src' }],
    ['/h:/p:ro', { type: 'bind', readOnly: true, mode: 'ro' }],
  ])('%s', (spec, expected) => {
    const parsed = parseVolumeFlag(spec, '/home/learner');
    expect(parsed.ok && parsed.value).toMatchObject(expected);
  });

  // Texts from test/conformance/45-mount-v-errors.t and 38-mount-readonly.t.
  it.each([
    [':/x', 'cli', 'invalid spec: :/x: empty section between colons'],
    ['/x:/y:/z:ro', 'cli', 'invalid spec: /x:/y:/z:ro: too many colons'],
    ['/a:rel', 'daemon', `invalid volume specification: '/a:rel': invalid mount config for type "bind": invalid mount path: 'rel' mount path must be absolute`],
    ['data:/', 'daemon', `invalid volume specification: 'data:/': invalid mount config for type "volume": invalid specification: destination can't be '/'`],
    ['data:/data:bogus', 'daemon', 'invalid mode: bogus'],
    ['rel/sub:/x', 'daemon', 'create rel/sub: "rel/sub" includes invalid characters for a local volume name, only "[a-zA-Z0-9][a-zA-Z0-9_.-]" are allowed. If you intended to pass a host directory, use absolute path'],
  ])('%s fails as Docker says', (spec, source, message) => {
    expect(parseVolumeFlag(spec, '/home/learner')).toEqual({ ok: false, error: { source, message } });
  });
});

describe('volume names', () => {
  it.each([
    ['dbdata', null],
    ['a', 'create a: volume name is too short, names should be at least two alphanumeric characters'],
    ['_x', 'create _x: "_x" includes invalid characters for a local volume name, only "[a-zA-Z0-9][a-zA-Z0-9_.-]" are allowed. If you intended to pass a host directory, use absolute path'],
  ])('%s', (name, error) => expect(volumeNameError(name)).toBe(error));
});

describe('--tmpfs', () => {
  it('keeps the options for HostConfig.Tmpfs', () => {
    const parsed = parseTmpfsFlag('/cache:size=1m,mode=1777');
    expect(parsed.ok && parsed.value).toEqual({ type: 'tmpfs', target: '/cache', options: 'size=1m,mode=1777', viaMountFlag: false, sizeBytes: null });
  });
});
