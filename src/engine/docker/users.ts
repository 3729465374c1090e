/**
 * `-u NAME|UID[:GROUP|GID]`, resolved the way the runtime does: names through
 * the container's own /etc/passwd and /etc/group.
 */
import type { Credentials } from '../fs/layeredVfs.ts';
import type { Vfs } from '../fs/vfs.ts';

function table(fs: Vfs, path: string): string[][] {
  try {
    return fs
      .readFile(path)
      .split('\n')
      .filter((line) => line !== '')
      .map((line) => line.split(':'));
  } catch {
    return [];
  }
}

/** The credentials for a `-u` value, or the daemon's error when a name is unknown. */
export function resolveUser(fs: Vfs, spec: string): { ok: true; user: Credentials; home: string } | { ok: false; error: string } {
  if (spec === '') return { ok: true, user: { uid: 0, gid: 0 }, home: '/root' };
  const [userPart, groupPart] = spec.split(':');
  const passwd = table(fs, '/etc/passwd');
  let uid: number;
  let gid = 0;
  // A uid with no passwd entry gets / as its home (121-life-users.t).
  let home = '/';
  if (/^\d+$/.test(userPart)) {
    uid = Number(userPart);
    const entry = passwd.find((e) => Number(e[2]) === uid);
    if (entry !== undefined) [gid, home] = [Number(entry[3]), entry[5] ?? '/'];
  } else {
    const entry = passwd.find((e) => e[0] === userPart);
    if (entry === undefined) return { ok: false, error: `unable to find user ${userPart}: no matching entries in passwd file` };
    uid = Number(entry[2]);
    [gid, home] = [Number(entry[3]), entry[5] ?? '/'];
  }
  if (groupPart !== undefined && groupPart !== '') {
    if (/^\d+$/.test(groupPart)) gid = Number(groupPart);
    else {
      const entry = table(fs, '/etc/group').find((e) => e[0] === groupPart);
      if (entry === undefined) return { ok: false, error: `unable to find group ${groupPart}: no matching entries in group file` };
      gid = Number(entry[2]);
    }
  }
  return { ok: true, user: { uid, gid }, home };
}
