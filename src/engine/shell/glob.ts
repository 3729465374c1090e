/**
 * Shell patterns (`*`, `?`, `[...]`, backslash escapes): matching a string
 * (`find -name`, `${x#pat}`, `grep`-free filters) and pathname expansion.
 */

import type { Vfs } from '../fs/vfs.ts';
import { normalizePath } from '../fs/tree.ts';

/** True when `pattern` matches all of `text`. A leading `.` is not special here. */
export function globMatch(pattern: string, text: string): boolean {
  return compile(pattern).test(text);
}

const cache = new Map<string, RegExp>();

function compile(pattern: string): RegExp {
  const hit = cache.get(pattern);
  if (hit !== undefined) return hit;
  let re = '';
  for (let i = 0; i < pattern.length; i++) {
    const ch = pattern[i];
    if (ch === '\\' && i + 1 < pattern.length) {
      re += escapeRe(pattern[++i]);
    } else if (ch === '*') {
      re += '[\\s\\S]*';
    } else if (ch === '?') {
      re += '[\\s\\S]';
    } else if (ch === '[') {
      const close = findClass(pattern, i);
      if (close === -1) {
        re += '\\[';
        continue;
      }
      let body = pattern.slice(i + 1, close);
      let negate = false;
      if (body.startsWith('!') || body.startsWith('^')) {
        negate = true;
        body = body.slice(1);
      }
      re += `[${negate ? '^' : ''}${body.replace(/[\\\]^]/g, (c) => '\\' + c)}]`;
      i = close;
    } else {
      re += escapeRe(ch);
    }
  }
  const compiled = new RegExp(`^${re}$`);
  if (cache.size > 500) cache.clear();
  cache.set(pattern, compiled);
  return compiled;
}

function findClass(pattern: string, open: number): number {
  let i = open + 1;
  if (pattern[i] === '!' || pattern[i] === '^') i++;
  if (pattern[i] === ']') i++;
  for (; i < pattern.length; i++) if (pattern[i] === ']') return i;
  return -1;
}

function escapeRe(ch: string): string {
  return /[.*+?^${}()|[\]\\/]/.test(ch) ? '\\' + ch : ch;
}

/** True when the unquoted characters of a field (mask `'1'`) hold a pattern character. */
export function hasGlob(text: string, mask: string): boolean {
  for (let i = 0; i < text.length; i++) {
    if (mask[i] === '1' && (text[i] === '*' || text[i] === '?' || text[i] === '[')) return true;
  }
  return false;
}

/**
 * Pathname expansion of a field: the matching paths, sorted as sh sorts them,
 * or [] when nothing matches (the caller then keeps the word as typed).
 * Quoted characters (mask `'0'`) match only themselves.
 */
export function globPaths(fs: Vfs, cwd: string, text: string, mask: string, dotEntries = false): string[] {
  let pattern = '';
  for (let i = 0; i < text.length; i++) {
    const ch = text[i];
    pattern += mask[i] === '1' || !'*?[\\'.includes(ch) ? ch : '\\' + ch;
  }
  const absolute = pattern.startsWith('/');
  const segments = pattern.split('/').filter((s) => s !== '');
  const trailingSlash = pattern.endsWith('/') && segments.length > 0;
  let paths: string[] = [absolute ? '/' : ''];
  for (const segment of segments) {
    const next: string[] = [];
    const literal = !/[*?[]/.test(segment.replace(/\\./g, ''));
    for (const base of paths) {
      const dir = normalizePath(base === '' ? '.' : base, cwd);
      if (literal) {
        const name = segment.replace(/\\(.)/g, '$1');
        const candidate = joinGlob(base, name);
        if (fs.exists(normalizePath(candidate, cwd))) next.push(candidate);
        continue;
      }
      let names: string[];
      try {
        names = fs.readdir(dir);
      } catch {
        continue;
      }
      // ash's readdir shows `.` and `..` to a pattern that starts with a dot; bash skips them.
      if (dotEntries && (segment.startsWith('.') || segment.startsWith('\\.'))) names = ['.', '..', ...names];
      for (const name of names) {
        if (name.startsWith('.') && !segment.startsWith('.') && !segment.startsWith('\\.')) continue;
        if (globMatch(segment, name)) next.push(joinGlob(base, name));
      }
    }
    paths = next;
    if (paths.length === 0) return [];
  }
  if (trailingSlash) {
    paths = paths.filter((p) => {
      try {
        return fs.stat(normalizePath(p, cwd)).kind === 'dir';
      } catch {
        return false;
      }
    });
    paths = paths.map((p) => p + '/');
  }
  return paths.sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
}

function joinGlob(base: string, name: string): string {
  if (base === '') return name;
  if (base.endsWith('/')) return base + name;
  return `${base}/${name}`;
}
