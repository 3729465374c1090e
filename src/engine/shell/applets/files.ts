/**
 * The file applets: cat, ls, mkdir, rmdir, rm, touch, cp, mv. Messages follow
 * busybox in a container and GNU coreutils on the host.
 */

import type { Stat } from '../../fs/vfs.ts';
import { basename, dirname } from '../../fs/tree.ts';
import { complain, errCode, errText, gnuQuote, localeQuote, readPath, resolvePath, type Applet, type Proc } from '../process.ts';
import { missingOperand, parseOptions } from './options.ts';

const bb = (proc: Proc): boolean => proc.dialect === 'busybox';

function tryStat(proc: Proc, path: string, follow = true): Stat | undefined {
  try {
    return follow ? proc.fs.stat(path) : proc.fs.lstat(path);
  } catch {
    return undefined;
  }
}

// ---- cat --------------------------------------------------------------------

export const cat: Applet = (proc) => {
  const parsed = parseOptions(proc, { flags: 'nbvteAsuE' });
  if (typeof parsed === 'number') return parsed;
  const files = parsed.operands.length === 0 ? ['-'] : parsed.operands;
  let status = 0;
  let out = '';
  for (const file of files) {
    if (file === '-') {
      out += proc.stdin.readAll();
      continue;
    }
    const path = resolvePath(proc, file);
    try {
      if (tryStat(proc, path)?.kind === 'dir') {
        proc.stdout.write(out);
        out = '';
        complain(proc, bb(proc) ? 'read error: Is a directory' : `${file}: Is a directory`);
        status = 1;
        continue;
      }
      out += readPath(proc.fs, path);
    } catch (err) {
      proc.stdout.write(out);
      out = '';
      complain(proc, bb(proc) ? `can't open '${file}': ${errText(err)}` : `${file}: ${errText(err)}`);
      status = 1;
    }
  }
  if (parsed.opts.has('n') || parsed.opts.has('b')) out = numberLines(out, parsed.opts.has('b'));
  proc.stdout.write(out);
  return status;
};

function numberLines(text: string, nonEmptyOnly: boolean): string {
  const lines = text.split('\n');
  const last = lines.pop();
  let n = 0;
  const numbered = lines.map((line) => (nonEmptyOnly && line === '' ? line : `${String(++n).padStart(6)}\t${line}`));
  if (last !== undefined && last !== '') numbered.push(`${String(++n).padStart(6)}\t${last}`);
  return numbered.join('\n') + (last === '' ? '\n' : '');
}

// ---- ls ---------------------------------------------------------------------

export const ls: Applet = (proc) => {
  const parsed = parseOptions(
    proc,
    { flags: '1aAdRlFprtSCxhiLHnsXvcu', long: { '--all': 'a', '--almost-all': 'A', '--directory': 'd', '--recursive': 'R', '--reverse': 'r' } },
    proc.args,
    2,
  );
  if (typeof parsed === 'number') return parsed;
  const o = parsed.opts;
  const all = o.has('a');
  const almostAll = o.has('A') && !all;
  const long = o.has('l');
  const reverse = o.has('r');
  const classify = o.has('F');
  const slashDirs = o.has('p') || classify;
  let status = 0;
  const operands = parsed.operands.length === 0 ? ['.'] : parsed.operands;

  const files: { name: string; path: string; stat: Stat }[] = [];
  const dirs: { name: string; path: string }[] = [];
  for (const operand of operands) {
    const path = resolvePath(proc, operand);
    const stat = tryStat(proc, path) ?? tryStat(proc, path, false);
    if (stat === undefined) {
      let err: unknown;
      try {
        proc.fs.lstat(path);
      } catch (e) {
        err = e;
      }
      complain(proc, bb(proc) ? `${operand}: ${errText(err)}` : `cannot access ${gnuQuote(operand)}: ${errText(err)}`);
      status = bb(proc) ? 1 : 2;
      continue;
    }
    if (stat.kind === 'dir' && !o.has('d')) dirs.push({ name: operand, path });
    else files.push({ name: operand, path, stat });
  }

  const decorate = (name: string, stat: Stat | undefined): string => {
    if (stat === undefined) return name;
    if (stat.kind === 'dir' && slashDirs) return name + '/';
    if (classify && stat.kind === 'symlink') return name + '@';
    if (classify && stat.kind === 'file' && (parseInt(stat.mode, 8) & 0o111) !== 0) return name + '*';
    return name;
  };
  /** The lines of one listing; with -l, columns are sized over the whole listing as GNU does. */
  const block = (items: { name: string; path: string }[]): string => {
    if (!long) return items.map(({ name, path }) => decorate(name, tryStat(proc, path, false)) + '\n').join('');
    const rows = items.flatMap(({ name, path }) => {
      const stat = tryStat(proc, path, false);
      return stat === undefined ? [] : [longFields(proc, name, path, stat)];
    });
    return formatLong(rows, bb(proc));
  };
  const order = (names: string[]): string[] => {
    const sorted = [...names].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
    return reverse ? sorted.reverse() : sorted;
  };

  let out = '';
  out += block(order(files.map((f) => f.name)).map((name) => files.find((x) => x.name === name)!));
  const showHeaders = operands.length > 1 || o.has('R');
  let first = files.length === 0;
  const listDir = (label: string, path: string): void => {
    let names: string[];
    try {
      names = proc.fs.readdir(path);
    } catch (err) {
      complain(proc, bb(proc) ? `can't open '${label}': ${errText(err)}` : `cannot open directory ${gnuQuote(label)}: ${errText(err)}`);
      status = bb(proc) ? 1 : 2;
      return;
    }
    if (!all && !almostAll) names = names.filter((n) => !n.startsWith('.'));
    // A directory deleted while mounted has no . and .. entries left (126-host-bind-source-deleted.t).
    const dots = all && proc.fs.stat(path).unlinked !== true ? ['.', '..'] : [];
    const entries = order([...dots, ...names]);
    if (showHeaders) out += `${first ? '' : '\n'}${label}:\n`;
    first = false;
    const items = entries.map((name) => ({ name, path: name === '.' ? path : name === '..' ? dirname(path) : joinChild(path, name) }));
    if (long) out += `total ${items.reduce((sum, item) => sum + blocksOf(tryStat(proc, item.path, false)), 0)}\n`;
    out += block(items);
    if (o.has('R')) {
      for (const name of entries) {
        if (name === '.' || name === '..') continue;
        const child = joinChild(path, name);
        if (tryStat(proc, child, false)?.kind === 'dir') listDir(label === '/' ? `/${name}` : `${label}/${name}`, child);
      }
    }
  };
  for (const name of order(dirs.map((d) => d.name))) {
    const d = dirs.find((x) => x.name === name)!;
    listDir(name, d.path);
  }
  proc.stdout.write(out);
  return status;
};

function joinChild(dir: string, name: string): string {
  return dir === '/' ? `/${name}` : `${dir}/${name}`;
}

/** 1K blocks a file takes, as `ls -l`'s total counts them (4K per started block). */
function blocksOf(stat: Stat | undefined): number {
  if (stat === undefined || stat.kind === 'symlink') return 0;
  if (stat.kind === 'dir') return 4;
  return Math.ceil(stat.size / 4096) * 4;
}

interface LongFields {
  perms: string;
  links: number;
  size: number;
  name: string;
}

function longFields(proc: Proc, name: string, path: string, stat: Stat): LongFields {
  const type = stat.kind === 'dir' ? 'd' : stat.kind === 'symlink' ? 'l' : '-';
  const bits = parseInt(stat.mode, 8);
  let perms = '';
  for (let shift = 6; shift >= 0; shift -= 3) {
    const b = (bits >> shift) & 7;
    perms += (b & 4 ? 'r' : '-') + (b & 2 ? 'w' : '-') + (b & 1 ? 'x' : '-');
  }
  if (bits & 0o1000) perms = perms.slice(0, 8) + (perms[8] === 'x' ? 't' : 'T');
  let links = 1;
  if (stat.kind === 'dir') {
    // A directory's link count: its own entry, its `.`, and each subdirectory's `..`.
    links = 2;
    try {
      for (const child of proc.fs.readdir(path)) if (tryStat(proc, joinChild(path, child), false)?.kind === 'dir') links++;
    } catch {
      links = 2;
    }
  }
  let shown = name;
  if (stat.kind === 'symlink') {
    try {
      shown += ` -> ${proc.fs.readlink(path)}`;
    } catch {
      // a link that cannot be read shows without its target
    }
  }
  return { perms: type + perms, links, size: stat.kind === 'dir' ? 4096 : stat.size, name: shown };
}

/**
 * busybox: fixed columns (`%-10s %4u %-8.8s %-8.8s %9llu`); GNU: each column
 * as wide as its widest entry. Files carry no times in the lab: every date is
 * the same.
 */
function formatLong(rows: LongFields[], busybox: boolean): string {
  const date = 'Jan  1 00:00';
  if (busybox) {
    return rows
      .map((r) => `${r.perms} ${String(r.links).padStart(4)} root     root     ${String(r.size).padStart(9)} ${date} ${r.name}\n`)
      .join('');
  }
  const linkWidth = Math.max(0, ...rows.map((r) => String(r.links).length));
  const sizeWidth = Math.max(0, ...rows.map((r) => String(r.size).length));
  return rows
    .map((r) => `${r.perms} ${String(r.links).padStart(linkWidth)} root root ${String(r.size).padStart(sizeWidth)} ${date} ${r.name}\n`)
    .join('');
}

// ---- mkdir, rmdir -----------------------------------------------------------

export const mkdir: Applet = (proc) => {
  const parsed = parseOptions(proc, { flags: 'pv', values: 'm', long: { '--parents': 'p', '--mode': 'm', '--verbose': 'v' } });
  if (typeof parsed === 'number') return parsed;
  if (parsed.operands.length === 0) return missingOperand(proc);
  const parents = parsed.opts.has('p');
  const mode = parsed.opts.get('m') ?? '755';
  let status = 0;
  for (const operand of parsed.operands) {
    const path = resolvePath(proc, operand);
    if (!parents) {
      try {
        proc.fs.mkdir(path, mode);
      } catch (err) {
        complain(proc, `${bb(proc) ? "can't" : 'cannot'} create directory ${bb(proc) ? `'${operand}'` : localeQuote(operand)}: ${errText(err)}`);
        status = 1;
      }
      continue;
    }
    // -p: create each missing component; report the first that fails.
    const parts = operand.split('/');
    let sofar = operand.startsWith('/') ? '/' : '';
    for (let i = 0; i < parts.length; i++) {
      if (parts[i] === '') continue;
      sofar = sofar === '' ? parts[i] : sofar.endsWith('/') ? sofar + parts[i] : `${sofar}/${parts[i]}`;
      const abs = resolvePath(proc, sofar);
      const st = tryStat(proc, abs);
      if (st?.kind === 'dir') continue;
      try {
        if (st !== undefined) throw Object.assign(new Error(), { code: 'EEXIST' });
        proc.fs.mkdir(abs, mode);
      } catch (err) {
        const isLast = parts.slice(i + 1).every((p) => p === '');
        let text = errText(err);
        if ((err as { code?: string }).code === 'EEXIST' && !isLast) text = 'Not a directory';
        else if ((err as { code?: string }).code === 'EEXIST') text = 'File exists';
        // busybox names the path up to the failing component with its slash.
        const shown = bb(proc) ? `'${sofar}${isLast ? '' : '/'}'` : localeQuote(sofar);
        complain(proc, `${bb(proc) ? "can't" : 'cannot'} create directory ${shown}: ${text}`);
        status = 1;
        break;
      }
    }
  }
  return status;
};

export const rmdir: Applet = (proc) => {
  const parsed = parseOptions(proc, { flags: 'pv', long: { '--parents': 'p', '--ignore-fail-on-non-empty': 'I' } });
  if (typeof parsed === 'number') return parsed;
  if (parsed.operands.length === 0) return missingOperand(proc);
  let status = 0;
  for (const operand of parsed.operands) {
    const chain = [operand.replace(/\/+$/, '') || operand];
    if (parsed.opts.has('p')) {
      let p = chain[0];
      while (p.includes('/') && dirname(p) !== p) {
        p = p.slice(0, p.lastIndexOf('/'));
        if (p === '' || p === '.') break;
        chain.push(p);
      }
    }
    for (const dir of chain) {
      try {
        proc.fs.rmdir(resolvePath(proc, dir));
      } catch (err) {
        if (!(parsed.opts.has('I') && errCode(err) === 'ENOTEMPTY')) {
          complain(proc, bb(proc) ? `'${dir}': ${errText(err)}` : `failed to remove ${gnuQuote(dir)}: ${errText(err)}`);
          status = 1;
        }
        break;
      }
    }
  }
  return status;
};

// ---- rm ---------------------------------------------------------------------

export const rm: Applet = (proc) => {
  const parsed = parseOptions(proc, { flags: 'rRfivd', long: { '--recursive': 'r', '--force': 'f', '--verbose': 'v', '--dir': 'd' } });
  if (typeof parsed === 'number') return parsed;
  const force = parsed.opts.has('f');
  const recursive = parsed.opts.has('r') || parsed.opts.has('R');
  if (parsed.operands.length === 0) return force ? 0 : missingOperand(proc);
  let status = 0;
  const cannot = (name: string, text: string): void => {
    complain(proc, bb(proc) ? `can't remove '${name}': ${text}` : `cannot remove ${gnuQuote(name)}: ${text}`);
    status = 1;
  };
  const removeTree = (label: string, path: string): boolean => {
    const stat = tryStat(proc, path, false);
    if (stat === undefined) return true;
    if (stat.kind !== 'dir') {
      try {
        proc.fs.unlink(path);
        if (parsed.opts.has('v')) proc.stdout.write(bb(proc) ? `removed '${label}'\n` : `removed ${gnuQuote(label)}\n`);
        return true;
      } catch (err) {
        cannot(label, errText(err));
        return false;
      }
    }
    let ok = true;
    let names: string[] = [];
    try {
      names = proc.fs.readdir(path);
    } catch (err) {
      cannot(label, errText(err));
      return false;
    }
    for (const name of names) ok = removeTree(`${label.replace(/\/+$/, '')}/${name}`, joinChild(path, name)) && ok;
    if (!ok) return false;
    try {
      proc.fs.rmdir(path);
      if (parsed.opts.has('v')) proc.stdout.write(bb(proc) ? `removed directory: '${label}'\n` : `removed directory ${gnuQuote(label)}\n`);
      return true;
    } catch (err) {
      cannot(label, errText(err));
      return false;
    }
  };
  for (const operand of parsed.operands) {
    const path = resolvePath(proc, operand);
    const base = basename(path);
    if (base === '.' || base === '..' || /(^|\/)\.\.?\/*$/.test(operand)) {
      complain(proc, bb(proc) ? `can't remove '.' or '..'` : `refusing to remove '.' or '..' directory: skipping ${gnuQuote(operand)}`);
      status = 1;
      continue;
    }
    if (path === '/') {
      complain(proc, bb(proc) ? `can't remove '/'` : `it is dangerous to operate recursively on '/'`);
      status = 1;
      continue;
    }
    const stat = tryStat(proc, path, false);
    if (stat === undefined) {
      if (!force) cannot(operand, 'No such file or directory');
      continue;
    }
    if (stat.kind === 'dir' && !recursive) {
      if (parsed.opts.has('d')) {
        try {
          proc.fs.rmdir(path);
        } catch (err) {
          cannot(operand, errText(err));
        }
        continue;
      }
      if (bb(proc)) {
        complain(proc, `'${operand}' is a directory`);
        status = 1;
      } else {
        cannot(operand, 'Is a directory');
      }
      continue;
    }
    if (parsed.opts.has('i')) {
      proc.stderr.write(bb(proc) ? `rm: remove '${operand}'? ` : `rm: remove regular file ${gnuQuote(operand)}? `);
      const answer = proc.stdin.readLine() ?? '';
      if (!/^[yY]/.test(answer)) continue;
    }
    removeTree(operand, path);
  }
  return status;
};

// ---- touch ------------------------------------------------------------------

export const touch: Applet = (proc) => {
  const parsed = parseOptions(proc, { flags: 'cham', values: 'dtr', long: { '--no-create': 'c' } });
  if (typeof parsed === 'number') return parsed;
  if (parsed.operands.length === 0) return missingOperand(proc, 'missing file operand');
  let status = 0;
  for (const operand of parsed.operands) {
    const path = resolvePath(proc, operand);
    try {
      if (proc.fs.exists(path)) proc.fs.touch(path);
      else if (!parsed.opts.has('c')) {
        if (tryStat(proc, path, false)?.kind === 'symlink') proc.fs.writeFile(path, '');
        else proc.fs.writeFile(path, '');
      }
    } catch (err) {
      complain(proc, bb(proc) ? `${operand}: ${errText(err)}` : `cannot touch ${gnuQuote(operand)}: ${errText(err)}`);
      status = 1;
    }
  }
  return status;
};

// ---- cp, mv -----------------------------------------------------------------

export const cp: Applet = (proc) => {
  const parsed = parseOptions(proc, {
    flags: 'arRdpPfinLHvuTs',
    values: 't',
    long: { '--recursive': 'r', '--archive': 'a', '--force': 'f', '--verbose': 'v', '--target-directory': 't', '--no-clobber': 'n' },
  });
  if (typeof parsed === 'number') return parsed;
  const o = parsed.opts;
  const recursive = o.has('r') || o.has('R') || o.has('a');
  const preserve = o.has('p') || o.has('a');
  const operands = [...parsed.operands];
  const targetOpt = o.get('t');
  if (targetOpt !== undefined) operands.push(targetOpt);
  if (operands.length < 2) {
    if (bb(proc) || operands.length === 0) return missingOperand(proc, 'missing file operand');
    return missingOperand(proc, `missing destination file operand after ${gnuQuote(operands[0])}`);
  }
  const destOperand = operands.pop()!;
  const destPath = resolvePath(proc, destOperand);
  const destStat = tryStat(proc, destPath);
  // busybox treats several sources as "into DEST/" whatever DEST is, and fails per file.
  const intoDir = (destStat?.kind === 'dir' && !o.has('T')) || (operands.length > 1 && bb(proc));
  if (operands.length > 1 && !intoDir) {
    complain(proc, `target ${gnuQuote(destOperand)}: ${destStat === undefined ? 'No such file or directory' : 'Not a directory'}`);
    return 1;
  }
  if (intoDir && destStat !== undefined && destStat.kind !== 'dir') {
    for (const operand of operands) complain(proc, `can't stat '${destOperand.replace(/\/+$/, '')}/${basename(resolvePath(proc, operand))}': Not a directory`);
    return 1;
  }
  let status = 0;
  const fail = (message: string): void => {
    complain(proc, message);
    status = 1;
  };
  const copyNode = (src: string, srcLabel: string, dst: string, dstLabel: string): void => {
    const st = recursive && !o.has('L') ? tryStat(proc, src, false) : tryStat(proc, src);
    if (st === undefined) {
      fail(bb(proc) ? `can't stat '${srcLabel}': No such file or directory` : `cannot stat ${gnuQuote(srcLabel)}: No such file or directory`);
      return;
    }
    if (st.kind === 'symlink') {
      try {
        const target = proc.fs.readlink(src);
        if (tryStat(proc, dst, false) !== undefined) proc.fs.unlink(dst);
        proc.fs.symlink(target, dst);
      } catch (err) {
        fail(bb(proc) ? `can't create symlink '${dstLabel}': ${errText(err)}` : `cannot create symbolic link ${gnuQuote(dstLabel)}: ${errText(err)}`);
      }
      return;
    }
    if (st.kind === 'dir') {
      if (!recursive) {
        fail(bb(proc) ? `omitting directory '${srcLabel}'` : `-r not specified; omitting directory ${gnuQuote(srcLabel)}`);
        return;
      }
      if (dst === src || dst.startsWith(src.endsWith('/') ? src : src + '/')) {
        fail(bb(proc) ? `recursion detected, omitting directory '${dstLabel}'` : `cannot copy a directory, ${gnuQuote(srcLabel)}, into itself, ${gnuQuote(dstLabel)}`);
        return;
      }
      const existing = tryStat(proc, dst);
      if (existing === undefined) {
        try {
          proc.fs.mkdir(dst, preserve ? st.mode : '755');
        } catch (err) {
          fail(bb(proc) ? `can't create directory '${dstLabel}': ${errText(err)}` : `cannot create directory ${gnuQuote(dstLabel)}: ${errText(err)}`);
          return;
        }
      } else if (existing.kind !== 'dir') {
        fail(bb(proc) ? `'${dstLabel}' is not a directory` : `cannot overwrite non-directory ${gnuQuote(dstLabel)} with directory ${gnuQuote(srcLabel)}`);
        return;
      }
      for (const name of proc.fs.readdir(src)) copyNode(joinChild(src, name), `${srcLabel}/${name}`, joinChild(dst, name), `${dstLabel}/${name}`);
      return;
    }
    const existing = tryStat(proc, dst);
    if (existing?.kind === 'dir') {
      fail(bb(proc) ? `can't create '${dstLabel}': Is a directory` : `cannot overwrite directory ${gnuQuote(dstLabel)} with non-directory`);
      return;
    }
    if (existing !== undefined && o.has('n')) return;
    try {
      if (existing !== undefined && proc.fs.realpath(dst) === proc.fs.realpath(src)) {
        fail(`'${srcLabel}' and '${dstLabel}' are the same file`);
        return;
      }
    } catch {
      // realpath failures surface below as open errors
    }
    let content: string;
    try {
      content = readPath(proc.fs, src);
    } catch (err) {
      fail(bb(proc) ? `can't open '${srcLabel}': ${errText(err)}` : `cannot open ${gnuQuote(srcLabel)} for reading: ${errText(err)}`);
      return;
    }
    try {
      proc.fs.writeFile(dst, content, { mode: existing === undefined ? (preserve ? st.mode : st.mode) : undefined });
      if (o.has('v')) proc.stdout.write(`'${srcLabel}' -> '${dstLabel}'\n`);
    } catch (err) {
      fail(bb(proc) ? `can't create '${dstLabel}': ${errText(err)}` : `cannot create regular file ${gnuQuote(dstLabel)}: ${errText(err)}`);
    }
  };
  for (const operand of operands) {
    const src = resolvePath(proc, operand);
    const name = basename(src);
    const dst = intoDir ? joinChild(destPath, name) : destPath;
    const dstLabel = intoDir ? `${destOperand.replace(/\/+$/, '')}/${name}` : destOperand;
    copyNode(src, operand, dst, dstLabel);
  }
  return status;
};

export const mv: Applet = (proc) => {
  const parsed = parseOptions(proc, { flags: 'finvT', values: 't', long: { '--force': 'f', '--no-clobber': 'n', '--verbose': 'v' } });
  if (typeof parsed === 'number') return parsed;
  const operands = [...parsed.operands];
  const targetOpt = parsed.opts.get('t');
  if (targetOpt !== undefined) operands.push(targetOpt);
  if (operands.length < 2) {
    if (bb(proc) || operands.length === 0) return missingOperand(proc, 'missing file operand');
    return missingOperand(proc, `missing destination file operand after ${gnuQuote(operands[0])}`);
  }
  const destOperand = operands.pop()!;
  const destPath = resolvePath(proc, destOperand);
  const destStat = tryStat(proc, destPath);
  const intoDir = (destStat?.kind === 'dir' && !parsed.opts.has('T')) || (operands.length > 1 && bb(proc));
  if (operands.length > 1 && !intoDir) {
    complain(proc, `target ${gnuQuote(destOperand)}: ${destStat === undefined ? 'No such file or directory' : 'Not a directory'}`);
    return 1;
  }
  if (intoDir && destStat !== undefined && destStat.kind !== 'dir') {
    for (const operand of operands) {
      complain(proc, `can't stat '${destOperand.replace(/\/+$/, '')}/${basename(resolvePath(proc, operand))}': Path has non-directory component`);
    }
    return 1;
  }
  let status = 0;
  for (const operand of operands) {
    const src = resolvePath(proc, operand);
    const dst = intoDir ? joinChild(destPath, basename(src)) : destPath;
    const dstLabel = intoDir ? `${destOperand.replace(/\/+$/, '')}/${basename(src)}` : destOperand;
    const srcStat = tryStat(proc, src, false);
    if (srcStat === undefined) {
      complain(proc, bb(proc) ? `can't rename '${operand}': No such file or directory` : `cannot stat ${gnuQuote(operand)}: No such file or directory`);
      status = 1;
      continue;
    }
    if (parsed.opts.has('n') && tryStat(proc, dst, false) !== undefined) continue;
    if (srcStat.kind === 'dir' && (dst === src || dst.startsWith(src + '/'))) {
      complain(proc, bb(proc) ? `can't rename '${operand}': Invalid argument` : `cannot move ${gnuQuote(operand)} to a subdirectory of itself, ${gnuQuote(dstLabel)}`);
      status = 1;
      continue;
    }
    try {
      proc.fs.rename(src, dst);
    } catch (err) {
      if (errCode(err) === 'EXDEV') {
        // Across file systems (or an image directory on overlayfs): mv copies, then removes.
        const code = cp({ ...proc, args: ['-a', operand, dstLabel] });
        if (code === 0) {
          if (rm({ ...proc, args: ['-rf', operand] }) !== 0) status = 1;
        } else status = 1;
        continue;
      }
      if (bb(proc)) complain(proc, `can't rename '${operand}': ${errText(err)}`);
      else complain(proc, `cannot move ${gnuQuote(operand)} to ${gnuQuote(dstLabel)}: ${errText(err)}`);
      status = 1;
    }
  }
  return status;
};

// ---- ln -----------------------------------------------------------------------

/** ln [-s] [-f] TARGET... LINK|DIR. The lab has no hard links: `ln` without -s copies the file. */
export const ln: Applet = (proc) => {
  const parsed = parseOptions(proc, { flags: 'sfnTvb', long: { '--symbolic': 's', '--force': 'f', '--no-dereference': 'n', '--verbose': 'v' } });
  if (typeof parsed === 'number') return parsed;
  const o = parsed.opts;
  const operands = [...parsed.operands];
  if (operands.length === 0) return missingOperand(proc, 'missing file operand');
  if (operands.length === 1) operands.push('.');
  const dest = operands.pop()!;
  const destPath = resolvePath(proc, dest);
  const destStat = o.has('n') ? tryStat(proc, destPath, false) : tryStat(proc, destPath);
  const intoDir = destStat?.kind === 'dir' && !o.has('T');
  let status = 0;
  for (const target of operands) {
    const linkLabel = intoDir ? `${dest.replace(/\/+$/, '')}/${basename(target)}` : dest;
    const linkPath = intoDir ? joinChild(destPath, basename(target)) : destPath;
    try {
      if (tryStat(proc, linkPath, false) !== undefined) {
        if (!o.has('f')) throw Object.assign(new Error(), { code: 'EEXIST' });
        proc.fs.unlink(linkPath);
      }
      if (o.has('s')) proc.fs.symlink(target, linkPath);
      else {
        const src = resolvePath(proc, target);
        const st = proc.fs.stat(src);
        if (st.kind === 'dir') {
          complain(proc, bb(proc) ? `${target}: hard link not allowed for directory` : `${gnuQuote(target)}: hard link not allowed for directory`);
          status = 1;
          continue;
        }
        proc.fs.writeFile(linkPath, readPath(proc.fs, src), { mode: st.mode });
      }
    } catch (err) {
      const text = (err as { code?: string }).code === 'EEXIST' ? 'File exists' : errText(err);
      if (bb(proc)) complain(proc, `${linkLabel}: ${text}`);
      else complain(proc, `failed to create ${o.has('s') ? 'symbolic' : 'hard'} link ${gnuQuote(linkLabel)}: ${text}`);
      status = 1;
    }
  }
  return status;
};

// ---- chmod --------------------------------------------------------------------

/** chmod [-R] MODE FILE...: octal modes and the symbolic forms people type (`+x`, `u+rw`, `go-w`, `a=r`). */
export const chmod: Applet = (proc) => {
  const args = [...proc.args];
  const recursive = args[0] === '-R';
  if (recursive) args.shift();
  const mode = args.shift();
  if (mode === undefined || args.length === 0) return missingOperand(proc);
  let status = 0;
  const apply = (label: string, path: string): void => {
    let st: Stat;
    try {
      st = proc.fs.stat(path);
    } catch (err) {
      complain(proc, bb(proc) ? `${label}: ${errText(err)}` : `cannot access ${gnuQuote(label)}: ${errText(err)}`);
      status = 1;
      return;
    }
    const next = applyMode(parseInt(st.mode, 8), mode, st.kind === 'dir');
    if (next === undefined) {
      complain(proc, bb(proc) ? `invalid mode '${mode}'` : `invalid mode: ${gnuQuote(mode)}`);
      status = 1;
      return;
    }
    try {
      proc.fs.chmod(path, next.toString(8));
    } catch (err) {
      complain(proc, bb(proc) ? `${label}: ${errText(err)}` : `changing permissions of ${gnuQuote(label)}: ${errText(err)}`);
      status = 1;
      return;
    }
    if (recursive && st.kind === 'dir') {
      for (const name of proc.fs.readdir(path)) apply(`${label}/${name}`, joinChild(path, name));
    }
  };
  for (const operand of args) apply(operand, resolvePath(proc, operand));
  return status;
};

function applyMode(current: number, spec: string, isDir: boolean): number | undefined {
  if (/^[0-7]{1,4}$/.test(spec)) return parseInt(spec, 8);
  let mode = current;
  for (const clause of spec.split(',')) {
    const m = /^([ugoa]*)([-+=])([rwxXst]*)$/.exec(clause);
    if (m === null) return undefined;
    const who = m[1] === '' || m[1].includes('a') ? 'ugo' : m[1];
    let bits = 0;
    for (const p of m[3]) {
      const v = p === 'r' ? 4 : p === 'w' ? 2 : p === 'x' || (p === 'X' && (isDir || (current & 0o111) !== 0)) ? 1 : 0;
      for (const w of who) bits |= v << (w === 'u' ? 6 : w === 'g' ? 3 : 0);
      if (p === 't') bits |= 0o1000;
    }
    let mask = 0;
    for (const w of who) mask |= 7 << (w === 'u' ? 6 : w === 'g' ? 3 : 0);
    if (m[2] === '+') mode |= bits;
    else if (m[2] === '-') mode &= ~bits;
    else mode = (mode & ~mask) | bits;
  }
  return mode;
}
