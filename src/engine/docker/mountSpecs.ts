/**
 * The three ways to ask for a mount (`-v`, `--mount`, `--tmpfs`), parsed as
 * the docker CLI and daemon parse them, with their errors word for word
 * (test/conformance/45-mount-v-errors.t, 46-mount-mount-errors.t, 37-mount-tmpfs-forms.t).
 */
import type { MountSpec } from '../cli/parseArgs.ts';
import { normalizePath } from '../fs/tree.ts';

/** A mount as asked for, before volumes exist. */
export type MountRequest =
  | { type: 'volume'; name: string | null; target: string; readOnly: boolean; mode: string; noCopy: boolean; viaMountFlag: boolean }
  | { type: 'bind'; source: string; target: string; readOnly: boolean; mode: string; viaMountFlag: boolean; createSource: boolean }
  | { type: 'tmpfs'; target: string; options: string; viaMountFlag: boolean; sizeBytes: number | null };

/**
 * Where an error comes from decides how `docker run` prints it: a flag error
 * (no prefix), the CLI's own check (`docker: ...`), or the daemon
 * (`docker: Error response from daemon: ...`).
 */
export interface MountSpecError {
  source: 'flag' | 'cli' | 'daemon';
  message: string;
}

export type Parsed<T> = { ok: true; value: T } | { ok: false; error: MountSpecError };

const ok = <T>(value: T): Parsed<T> => ({ ok: true, value });
const fail = (source: MountSpecError['source'], message: string): Parsed<never> => ({ ok: false, error: { source, message } });

const VOLUME_NAME = /^[a-zA-Z0-9][a-zA-Z0-9_.-]*$/;

/** Docker's check of a local volume's name; null when it is fine. */
export function volumeNameError(name: string): string | null {
  if (!VOLUME_NAME.test(name)) {
    return `create ${name}: "${name}" includes invalid characters for a local volume name, only "[a-zA-Z0-9][a-zA-Z0-9_.-]" are allowed. If you intended to pass a host directory, use absolute path`;
  }
  if (name.length < 2) return `create ${name}: volume name is too short, names should be at least two alphanumeric characters`;
  return null;
}

const VALID_MODES = new Set(['ro', 'rw', 'z', 'Z', 'nocopy', 'consistent', 'cached', 'delegated', 'shared', 'rshared', 'slave', 'rslave', 'private', 'rprivate']);

/** `-v [SOURCE:]TARGET[:MODE]`; `cwd` resolves `./rel` sources. */
export function parseVolumeFlag(spec: string, cwd: string): Parsed<MountRequest> {
  const parts = spec.split(':');
  if (parts.length > 3) return fail('cli', `invalid spec: ${spec}: too many colons`);
  if (parts.length > 1 && parts.some((p) => p === '')) return fail('cli', `invalid spec: ${spec}: empty section between colons`);
  if (parts.length === 1) {
    const target = parts[0];
    if (!target.startsWith('/')) {
      return fail('daemon', `invalid volume specification: '${spec}': invalid mount config for type "volume": invalid mount path: '${target}' mount path must be absolute`);
    }
    return ok({ type: 'volume', name: null, target: normalizePath(target), readOnly: false, mode: '', noCopy: false, viaMountFlag: false });
  }
  const [source, target, modeText = ''] = parts;
  const bind = source.startsWith('/') || source.startsWith('.');
  const kind = bind ? 'bind' : 'volume';
  const modes = modeText === '' ? [] : modeText.split(',');
  for (const mode of modes) if (!VALID_MODES.has(mode)) return fail('daemon', `invalid mode: ${modeText}`);
  if (!target.startsWith('/')) {
    return fail('daemon', `invalid volume specification: '${spec}': invalid mount config for type "${kind}": invalid mount path: '${target}' mount path must be absolute`);
  }
  if (normalizePath(target) === '/') {
    return fail('daemon', `invalid volume specification: '${spec}': invalid mount config for type "${kind}": invalid specification: destination can't be '/'`);
  }
  const readOnly = modes.includes('ro');
  if (bind) {
    return ok({
      type: 'bind',
      source: normalizePath(source, cwd),
      target: normalizePath(target),
      readOnly,
      mode: modeText,
      viaMountFlag: false,
      createSource: true,
    });
  }
  const nameError = volumeNameError(source);
  if (nameError !== null) return fail('daemon', nameError);
  return ok({
    type: 'volume',
    name: source,
    target: normalizePath(target),
    readOnly,
    mode: modeText === '' ? 'z' : modeText,
    noCopy: modes.includes('nocopy'),
    viaMountFlag: false,
  });
}

/**
 * A `--mount` value that the command line has already parsed and checked
 * (`parseMountSpec` in cli/parseArgs.ts), checked now as the daemon checks it.
 */
export function mountRequest(spec: MountSpec): Parsed<MountRequest> {
  const { type, source, target } = spec;
  if (type !== 'volume' && type !== 'bind' && type !== 'tmpfs') {
    return fail('daemon', `invalid mount config for type "${type}": mount type unknown`);
  }
  if (type === 'tmpfs' && source !== '') return fail('daemon', 'invalid mount config for type "tmpfs": field Source must not be specified');
  if (type === 'bind' && source === '') return fail('daemon', 'invalid mount config for type "bind": field Source must not be empty');
  if (!target.startsWith('/')) {
    return fail('daemon', `invalid mount config for type "${type}": invalid mount path: '${target}' mount path must be absolute`);
  }
  if (type === 'tmpfs') {
    return ok({ type: 'tmpfs', target: normalizePath(target), options: '', viaMountFlag: true, sizeBytes: spec.tmpfsSize === 0 ? null : spec.tmpfsSize });
  }
  if (type === 'bind') {
    if (!source.startsWith('/')) {
      return fail('daemon', `invalid mount config for type "bind": invalid mount path: '${source}' mount path must be absolute`);
    }
    return ok({ type: 'bind', source: normalizePath(source), target: normalizePath(target), readOnly: spec.readOnly, mode: '', viaMountFlag: true, createSource: false });
  }
  if (source !== '') {
    const nameError = volumeNameError(source);
    if (nameError !== null) return fail('daemon', nameError);
  }
  return ok({
    type: 'volume',
    name: source === '' ? null : source,
    target: normalizePath(target),
    readOnly: spec.readOnly,
    mode: source === '' ? '' : 'z',
    noCopy: spec.volumeNoCopy,
    viaMountFlag: true,
  });
}

/** `--tmpfs PATH[:OPTIONS]`. */
export function parseTmpfsFlag(spec: string): Parsed<MountRequest> {
  const colon = spec.indexOf(':');
  const target = colon === -1 ? spec : spec.slice(0, colon);
  const options = colon === -1 ? '' : spec.slice(colon + 1);
  if (!target.startsWith('/')) {
    return fail('daemon', `invalid mount config for type "tmpfs": invalid mount path: '${target}' mount path must be absolute`);
  }
  return ok({ type: 'tmpfs', target: normalizePath(target), options, viaMountFlag: false, sizeBytes: null });
}
