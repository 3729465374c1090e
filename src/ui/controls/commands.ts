/**
 * The docker command lines the forms build. Every control runs one of these
 * through the terminal's path, so the learner sees the command they could
 * have typed; each value is quoted so the shell reads it back unchanged.
 */
import { shellJoin, shellQuote } from '../terminal/quoting.ts';

/**
 * The shell script that writes `text` and a newline to `path`. `echo` takes a
 * leading `-n`/`-e` as an option, so such text goes through `printf` instead.
 */
export function writeFileScript(path: string, text: string): string {
  const target = shellQuote(path);
  if (text.startsWith('-')) return `printf '%s\\n' ${shellQuote(text)} > ${target}`;
  return `echo ${shellQuote(text)} > ${target}`;
}

/** `docker exec NAME sh -c 'echo TEXT > PATH'`. */
export function writeFileCommand(containerName: string, path: string, text: string): string {
  return shellJoin(['docker', 'exec', containerName, 'sh', '-c', writeFileScript(path, text)]);
}

/**
 * Writes a file on the host, making its folder first: `mkdir -p DIR && echo TEXT > PATH`.
 * The path is relative to the learner's home unless it starts with `/`.
 */
export function hostWriteCommand(path: string, text: string): string {
  const slash = path.lastIndexOf('/');
  const dir = slash > 0 ? path.slice(0, slash) : '';
  const write = writeFileScript(path, text);
  return dir === '' ? write : `${shellJoin(['mkdir', '-p', dir])} && ${write}`;
}

/** What the "new container" form holds. */
export interface NewContainer {
  image: string;
  name: string;
  /** `name:/path` (or `name:/path:ro`) per named volume. */
  volumes: readonly string[];
  /** `/host/dir:/path` per bind mount. */
  binds: readonly string[];
  /** Container paths for tmpfs mounts. */
  tmpfs: readonly string[];
  readOnly: boolean;
  detach: boolean;
}

/** `docker run -d --name NAME -v ... --tmpfs ... --read-only IMAGE`, leaving out what is empty. */
export function runCommand(form: NewContainer): string {
  const words = ['docker', 'run'];
  if (form.detach) words.push('-d');
  if (form.name.trim() !== '') words.push('--name', form.name.trim());
  for (const spec of [...form.volumes, ...form.binds]) words.push('-v', spec);
  for (const path of form.tmpfs) words.push('--tmpfs', path);
  if (form.readOnly) words.push('--read-only');
  words.push(form.image);
  return shellJoin(words);
}

/** `docker volume create [NAME]` (no name: Docker makes an anonymous one). */
export function volumeCreateCommand(name: string): string {
  const trimmed = name.trim();
  return shellJoin(trimmed === '' ? ['docker', 'volume', 'create'] : ['docker', 'volume', 'create', trimmed]);
}

/** The items of a list field: separated by commas, spaces or new lines, blanks dropped. */
export function listItems(text: string): string[] {
  return text.split(/[\s,]+/).filter((item) => item !== '');
}
