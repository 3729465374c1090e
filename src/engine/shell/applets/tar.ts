/**
 * tar c|x|t with f, v, C, O, z (accepted, no compression), --strip-components.
 * The archive is a readable text serialization of the entries (see
 * `serializeArchive`): it only needs to round-trip inside the lab, while the
 * messages are busybox's (or GNU tar's on the host).
 */

import { normalizePath } from '../../fs/tree.ts';
import { complain, errText, own, readPath, type Applet, type Proc } from '../process.ts';
import { showUsage } from './options.ts';

/** One member of an archive. Names never start with `/`; directories end with `/`. */
export type ArchiveEntry =
  | { type: 'dir'; name: string; mode: string }
  | { type: 'file'; name: string; mode: string; content: string }
  | { type: 'symlink'; name: string; target: string };

const MAGIC = 'container-data-lab tar 1\n';

/**
 * The archive format: a magic line, then per entry a header line
 * `d MODE "name"`, `f MODE LENGTH "name"` followed by LENGTH characters of
 * content and a newline, or `l "name" "target"`. Names are JSON strings.
 */
export function serializeArchive(entries: readonly ArchiveEntry[]): string {
  let out = MAGIC;
  for (const e of entries) {
    if (e.type === 'dir') out += `d ${e.mode} ${JSON.stringify(e.name)}\n`;
    else if (e.type === 'symlink') out += `l ${JSON.stringify(e.name)} ${JSON.stringify(e.target)}\n`;
    else out += `f ${e.mode} ${e.content.length} ${JSON.stringify(e.name)}\n${e.content}\n`;
  }
  return out;
}

/** The entries of an archive, or undefined when the text is not one. */
export function parseArchive(text: string): ArchiveEntry[] | undefined {
  if (!text.startsWith(MAGIC)) return undefined;
  const entries: ArchiveEntry[] = [];
  let pos = MAGIC.length;
  while (pos < text.length) {
    const nl = text.indexOf('\n', pos);
    if (nl === -1) return undefined;
    const header = text.slice(pos, nl);
    pos = nl + 1;
    let m: RegExpExecArray | null;
    try {
      if ((m = /^d (\d+) (".*")$/.exec(header)) !== null) {
        entries.push({ type: 'dir', mode: m[1], name: JSON.parse(m[2]) as string });
      } else if ((m = /^l (".*?(?<!\\)") (".*")$/.exec(header)) !== null) {
        entries.push({ type: 'symlink', name: JSON.parse(m[1]) as string, target: JSON.parse(m[2]) as string });
      } else if ((m = /^f (\d+) (\d+) (".*")$/.exec(header)) !== null) {
        const length = Number(m[2]);
        const content = text.slice(pos, pos + length);
        if (content.length !== length || text[pos + length] !== '\n') return undefined;
        pos += length + 1;
        entries.push({ type: 'file', mode: m[1], name: JSON.parse(m[3]) as string, content });
      } else {
        return undefined;
      }
    } catch {
      return undefined;
    }
  }
  return entries;
}

interface TarOptions {
  mode: 'c' | 'x' | 't' | undefined;
  file: string | undefined;
  dir: string | undefined;
  verbose: boolean;
  toStdout: boolean;
  keep: boolean;
  strip: number;
  operands: string[];
}

const LONG: Record<string, string> = {
  '--create': 'c',
  '--extract': 'x',
  '--get': 'x',
  '--list': 't',
  '--file': 'f',
  '--directory': 'C',
  '--verbose': 'v',
  '--to-stdout': 'O',
  '--gzip': 'z',
  '--gunzip': 'z',
  '--keep-old-files': 'k',
  '--strip-components': 'S',
  '--overwrite': '',
  '--no-same-owner': '',
  '--no-same-permissions': '',
  '--numeric-owner': '',
  '--no-recursion': '',
};

/** Long options may be abbreviated (`--strip` is `--strip-components`), as getopt_long allows. */
function longOption(name: string): string | undefined {
  const exact = own(LONG, name);
  if (exact !== undefined) return exact;
  const candidates = Object.keys(LONG).filter((k) => k.startsWith(name));
  return candidates.length === 1 ? LONG[candidates[0]] : undefined;
}

function parseTarArgs(proc: Proc): TarOptions | string {
  const o: TarOptions = { mode: undefined, file: undefined, dir: undefined, verbose: false, toStdout: false, keep: false, strip: 0, operands: [] };
  const args = [...proc.args];
  // Old style: the first argument's letters are options even without a dash (`tar cvf x.tar d`).
  if (args[0] !== undefined && !args[0].startsWith('-')) args[0] = '-' + args[0];
  for (let i = 0; i < args.length; i++) {
    const arg = args[i];
    if (arg === '--') {
      o.operands.push(...args.slice(i + 1));
      break;
    }
    if (arg.startsWith('--')) {
      const eq = arg.indexOf('=');
      const name = eq === -1 ? arg : arg.slice(0, eq);
      const key = longOption(name);
      if (key === undefined) return `unrecognized option '${arg}'`;
      const takesValue = key === 'f' || key === 'C' || key === 'S';
      let value: string | undefined;
      if (takesValue) {
        value = eq !== -1 ? arg.slice(eq + 1) : args[++i];
        if (value === undefined) return `option '${name}' requires an argument`;
      }
      if (!applyOption(o, key, value)) return `invalid number '${value}'`;
      continue;
    }
    if (arg.startsWith('-') && arg.length > 1) {
      for (let j = 1; j < arg.length; j++) {
        const ch = arg[j];
        if (ch === 'f' || ch === 'C') {
          const rest = arg.slice(j + 1);
          const value = rest !== '' && i > 0 ? rest : args[++i];
          // Old style bundles (`cvf`) take the option values from the following arguments.
          if (rest !== '' && i === 0) {
            return oldStyle(o, args);
          }
          if (value === undefined) return `option requires an argument -- '${ch}'`;
          applyOption(o, ch, value);
          break;
        }
        if (!'cxtvOzjJZkmoph'.includes(ch)) return `invalid option -- '${ch}'`;
        applyOption(o, ch, undefined);
      }
      continue;
    }
    o.operands.push(arg);
  }
  return o;
}

/** `tar cvfC x.tar dir ...`: each value letter takes the next argument in turn. */
function oldStyle(o: TarOptions, args: string[]): TarOptions | string {
  const letters = args[0].slice(1);
  let next = 1;
  for (const ch of letters) {
    if (ch === 'f' || ch === 'C') {
      const value = args[next++];
      if (value === undefined) return `option requires an argument -- '${ch}'`;
      applyOption(o, ch, value);
    } else if ('cxtvOzjJZkmoph'.includes(ch)) {
      applyOption(o, ch, undefined);
    } else {
      return `invalid option -- '${ch}'`;
    }
  }
  const rest = args.slice(next);
  const reparsed = { ...o, operands: [] as string[] };
  for (let i = 0; i < rest.length; i++) {
    const arg = rest[i];
    if (arg.startsWith('--')) {
      const eq = arg.indexOf('=');
      const key = longOption(eq === -1 ? arg : arg.slice(0, eq));
      if (key === undefined) return `unrecognized option '${arg}'`;
      const value = key === 'f' || key === 'C' || key === 'S' ? (eq !== -1 ? arg.slice(eq + 1) : rest[++i]) : undefined;
      if (!applyOption(reparsed, key, value)) return `invalid number '${value}'`;
    } else if (arg === '-C' || arg === '-f') {
      applyOption(reparsed, arg[1], rest[++i]);
    } else if (/^-[vOzk]+$/.test(arg)) {
      for (const ch of arg.slice(1)) applyOption(reparsed, ch, undefined);
    } else {
      reparsed.operands.push(arg);
    }
  }
  return reparsed;
}

function applyOption(o: TarOptions, key: string, value: string | undefined): boolean {
  switch (key) {
    case 'c':
    case 'x':
    case 't':
      o.mode = key;
      return true;
    case 'f':
      o.file = value;
      return true;
    case 'C':
      o.dir = value;
      return true;
    case 'v':
      o.verbose = true;
      return true;
    case 'O':
      o.toStdout = true;
      return true;
    case 'k':
      o.keep = true;
      return true;
    case 'S': {
      if (value === undefined || !/^\d+$/.test(value)) return false;
      o.strip = Number(value);
      return true;
    }
    default:
      return true;
  }
}

export const tar: Applet = (proc) => {
  const bb = proc.dialect === 'busybox';
  const parsed = parseTarArgs(proc);
  if (typeof parsed === 'string') {
    complain(proc, parsed);
    if (bb) showUsage(proc);
    else proc.stderr.write(`Try 'tar --help' or 'tar --usage' for more information.\n`);
    return bb ? 1 : 2;
  }
  const o = parsed;
  if (o.mode === undefined) {
    if (bb) {
      showUsage(proc);
      return 1;
    }
    complain(proc, "You must specify one of the '-Acdtrux', '--delete' or '--test-label' options");
    proc.stderr.write(`Try 'tar --help' or 'tar --usage' for more information.\n`);
    return 2;
  }
  const cwd = o.dir === undefined ? proc.cwd : normalizePath(o.dir, proc.cwd);
  if (o.dir !== undefined) {
    let isDir = false;
    try {
      isDir = proc.fs.stat(cwd).kind === 'dir';
    } catch {
      isDir = false;
    }
    if (!isDir) {
      if (bb) complain(proc, `can't change directory to '${o.dir}': No such file or directory`);
      else {
        complain(proc, `${o.dir}: Cannot open: No such file or directory`);
        complain(proc, 'Error is not recoverable: exiting now');
      }
      return bb ? 1 : 2;
    }
  }
  const archiveName = o.file ?? '-';
  return o.mode === 'c' ? create(proc, o, cwd, archiveName) : readArchive(proc, o, cwd, archiveName);
};

function create(proc: Proc, o: TarOptions, cwd: string, archiveName: string): number {
  const bb = proc.dialect === 'busybox';
  if (o.operands.length === 0) {
    if (bb) complain(proc, 'empty archive');
    else {
      complain(proc, 'Cowardly refusing to create an empty archive');
      proc.stderr.write(`Try 'tar --help' or 'tar --usage' for more information.\n`);
    }
    return bb ? 1 : 2;
  }
  const archivePath = archiveName === '-' ? undefined : normalizePath(archiveName, proc.cwd);
  const entries: ArchiveEntry[] = [];
  let warnedSlash = false;
  let failed = false;
  const add = (label: string, path: string): void => {
    if (path === archivePath) {
      complain(proc, bb ? `${label}: file is the archive; skipping` : `${label}: file is the archive; not dumped`);
      return;
    }
    let kind: string;
    let mode = '644';
    try {
      const st = proc.fs.lstat(path);
      kind = st.kind;
      mode = st.mode;
    } catch (err) {
      complain(proc, bb ? `${label}: ${errText(err)}` : `${label}: Cannot stat: ${errText(err)}`);
      failed = true;
      return;
    }
    let name = label;
    if (name.startsWith('/')) {
      if (!warnedSlash) {
        proc.stderr.write(bb ? "tar: removing leading '/' from member names\n" : "tar: Removing leading `/' from member names\n");
        warnedSlash = true;
      }
      name = name.replace(/^\/+/, '');
    }
    if (kind === 'dir') {
      const dirName = name === '' ? './' : name.endsWith('/') ? name : name + '/';
      entries.push({ type: 'dir', name: dirName, mode });
      if (o.verbose) verboseLine(proc, dirName);
      let names: string[] = [];
      try {
        names = proc.fs.readdir(path);
      } catch {
        names = [];
      }
      for (const child of names) add(label.endsWith('/') ? label + child : `${label}/${child}`, path === '/' ? `/${child}` : `${path}/${child}`);
    } else if (kind === 'symlink') {
      entries.push({ type: 'symlink', name, target: proc.fs.readlink(path) });
      if (o.verbose) verboseLine(proc, name);
    } else {
      entries.push({ type: 'file', name, mode, content: readPath(proc.fs, path) });
      if (o.verbose) verboseLine(proc, name);
    }
  };
  for (const operand of o.operands) add(operand, normalizePath(operand, cwd));
  const archive = serializeArchive(entries);
  if (archivePath === undefined) proc.stdout.write(archive);
  else {
    try {
      proc.fs.writeFile(archivePath, archive);
    } catch (err) {
      if (bb) complain(proc, `can't open '${archiveName}': ${errText(err)}`);
      else {
        complain(proc, `${archiveName}: Cannot open: ${errText(err)}`);
        complain(proc, 'Error is not recoverable: exiting now');
      }
      return bb ? 1 : 2;
    }
  }
  if (failed) {
    complain(proc, bb ? 'error exit delayed from previous errors' : 'Exiting with failure status due to previous errors');
    return bb ? 1 : 2;
  }
  return 0;
}

/** busybox `tar cv`/`xv` list names on stdout (GNU too, except with `-f -`, where they go to stderr). */
function verboseLine(proc: Proc, name: string): void {
  proc.stdout.write(name + '\n');
}

function readArchive(proc: Proc, o: TarOptions, cwd: string, archiveName: string): number {
  const bb = proc.dialect === 'busybox';
  let text: string;
  if (archiveName === '-') text = proc.stdin.readAll();
  else {
    try {
      text = readPath(proc.fs, normalizePath(archiveName, proc.cwd));
    } catch (err) {
      if (bb) complain(proc, `can't open '${archiveName}': ${errText(err)}`);
      else {
        complain(proc, `${archiveName}: Cannot open: ${errText(err)}`);
        complain(proc, 'Error is not recoverable: exiting now');
      }
      return bb ? 1 : 2;
    }
  }
  const entries = parseArchive(text);
  if (entries === undefined) {
    if (bb) complain(proc, text.length < 512 ? 'short read' : 'invalid tar magic');
    else {
      complain(proc, 'This does not look like a tar archive');
      complain(proc, 'Exiting with failure status due to previous errors');
    }
    return bb ? 1 : 2;
  }
  const wanted = o.operands.map((n) => n.replace(/\/+$/, ''));
  const found = new Set<string>();
  const selected = (name: string): boolean => {
    if (wanted.length === 0) return true;
    const bare = name.replace(/\/+$/, '');
    const hit = wanted.find((w) => bare === w || bare.startsWith(w + '/'));
    if (hit !== undefined) found.add(hit);
    return hit !== undefined;
  };
  let status = 0;
  for (const entry of entries) {
    if (!selected(entry.name)) continue;
    if (o.mode === 't') {
      if (o.verbose) proc.stdout.write(listingLine(entry) + '\n');
      else proc.stdout.write(entry.name + '\n');
      continue;
    }
    if (o.toStdout) {
      if (entry.type === 'file') proc.stdout.write(entry.content);
      continue;
    }
    const parts = entry.name.split('/').filter((p) => p !== '' && p !== '.');
    if (parts.length <= o.strip) continue;
    const rel = parts.slice(o.strip).join('/');
    if (o.verbose) verboseLine(proc, entry.name);
    const path = normalizePath(rel, cwd);
    try {
      makeParents(proc, path);
      if (entry.type === 'dir') {
        let exists = false;
        try {
          exists = proc.fs.stat(path).kind === 'dir';
        } catch {
          exists = false;
        }
        if (!exists) proc.fs.mkdir(path, entry.mode);
      } else {
        let existing: string | undefined;
        try {
          existing = proc.fs.lstat(path).kind;
        } catch {
          existing = undefined;
        }
        if (existing !== undefined && o.keep) continue;
        if (existing === 'file' || existing === 'symlink') proc.fs.unlink(path);
        if (entry.type === 'file') proc.fs.writeFile(path, entry.content, { mode: entry.mode });
        else proc.fs.symlink(entry.target, path);
      }
    } catch (err) {
      if (bb) complain(proc, `can't create ${entry.type === 'dir' ? 'directory ' : ''}'${rel}': ${errText(err)}`);
      else complain(proc, `${rel}: Cannot open: ${errText(err)}`);
      status = bb ? 1 : 2;
    }
  }
  for (const w of wanted) {
    if (found.has(w)) continue;
    complain(proc, bb ? `${w}: not found in archive` : `${w}: Not found in archive`);
    status = bb ? 1 : 2;
  }
  if (!bb && status !== 0) complain(proc, 'Exiting with failure status due to previous errors');
  return status;
}

function makeParents(proc: Proc, path: string): void {
  const parts = path.split('/').filter((p) => p !== '');
  parts.pop();
  let sofar = '';
  for (const part of parts) {
    sofar += '/' + part;
    let kind: string | undefined;
    try {
      kind = proc.fs.stat(sofar).kind;
    } catch {
      kind = undefined;
    }
    if (kind === undefined) proc.fs.mkdir(sofar);
  }
}

function listingLine(entry: ArchiveEntry): string {
  const type = entry.type === 'dir' ? 'd' : entry.type === 'symlink' ? 'l' : '-';
  const bits = entry.type === 'symlink' ? 0o777 : parseInt(entry.mode, 8);
  let perms = '';
  for (let shift = 6; shift >= 0; shift -= 3) {
    const b = (bits >> shift) & 7;
    perms += (b & 4 ? 'r' : '-') + (b & 2 ? 'w' : '-') + (b & 1 ? 'x' : '-');
  }
  const size = entry.type === 'file' ? entry.content.length : 0;
  const name = entry.type === 'symlink' ? `${entry.name} -> ${entry.target}` : entry.name;
  return `${type}${perms} root/root ${String(size).padStart(9)} 1970-01-01 00:00:00 ${name}`;
}
