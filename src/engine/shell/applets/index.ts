/**
 * The programs of each dialect. Inside containers these are busybox applets,
 * reachable only through the image's symlinks to /bin/busybox; on the host
 * they are GNU coreutils (and friends), always on PATH.
 */

import type { Applet } from '../process.ts';
import type { Dialect } from '../types.ts';
import { echo, env, falseApplet, hostname, id, printf, pwd, sleep, test, trueApplet } from './basic.ts';
import { cat, chmod, cp, ln, ls, mkdir, mv, rm, rmdir, touch } from './files.ts';
import { cut, grep, head, sort, tail, uniq, wc } from './text.ts';
import { find } from './find.ts';
import { tar } from './tar.ts';
import { basename, date, dirname, du, readlink, realpath, sed, seq, tee, tr, uname, which, whoami, xargs } from './more.ts';

/** `sh` and `busybox` are handled by the interpreter itself; they only need to exist here. */
const handledByShell: Applet = () => 0;

/** The catalog's applets (catalog.json `applets`). */
export const BUSYBOX_APPLETS: Readonly<Record<string, Applet>> = {
  sh: handledByShell,
  busybox: handledByShell,
  echo,
  printf,
  cat,
  ls,
  mkdir,
  rmdir,
  rm,
  touch,
  cp,
  mv,
  sleep,
  true: trueApplet,
  false: falseApplet,
  test,
  '[': test,
  pwd,
  env,
  head,
  tail,
  wc,
  grep,
  tar,
  hostname,
  id,
  find,
  // Not in the catalog's symlinks, but busybox's sh runs any of its applets by name.
  ln,
  chmod,
  tee,
  whoami,
  uname,
  basename,
  dirname,
  seq,
  xargs,
  tr,
  which,
  readlink,
  realpath,
  sed,
  du,
  date,
  cut,
  sort,
  uniq,
};

/** What the learner's terminal has: the same programs, as GNU coreutils (bash's `sh` is dash). */
export const HOST_PROGRAMS: Readonly<Record<string, Applet>> = Object.fromEntries(
  Object.entries(BUSYBOX_APPLETS).filter(([name]) => name !== 'busybox'),
);

export function appletsFor(dialect: Dialect): Readonly<Record<string, Applet>> {
  return dialect === 'busybox' ? BUSYBOX_APPLETS : HOST_PROGRAMS;
}
