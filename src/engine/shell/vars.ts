/**
 * Shell variables, and the order in which each shell hands its exported ones
 * to the programs it runs.
 */

import type { Dialect, EnvVar, ShellVariable } from './types.ts';

interface Variable {
  value: string | undefined;
  exported: boolean;
}

/** busybox ash keeps variables in a 39-bucket hash table (`VTABSIZE` in ash.c). */
const ASH_TABLE_SIZE = 39;
/**
 * ash's built-in variables (`varinit` in ash.c) are linked in first, each at
 * the head of its bucket, so they come before any variable from the environment
 * that shares the bucket (only PATH is normally exported).
 */
const ASH_INITIAL = ['IFS', 'MAIL', 'MAILPATH', 'PATH', 'PS1', 'PS2', 'PS4', 'OPTIND', 'LINENO', 'FUNCNAME'];

/** bash's variable table: 1024 buckets by FNV-1 (`hash_string` in hashlib.c). */
function bashBucket(name: string): number {
  let hash = 2166136261;
  for (let i = 0; i < name.length; i++) {
    hash = Math.imul(hash, 16777619) >>> 0;
    hash = (hash ^ (name.charCodeAt(i) & 0xff)) >>> 0;
  }
  return hash & 1023;
}

function ashHash(name: string): number {
  let hash = (name.charCodeAt(0) & 0xff) << 4;
  for (let i = 0; i < name.length; i++) hash += name.charCodeAt(i) & 0xff;
  return hash % ASH_TABLE_SIZE;
}

/** The variables of one shell; a subshell gets a copy. */
export class VarTable {
  private readonly vars = new Map<string, Variable>();

  constructor(private readonly dialect: Dialect) {}

  clone(): VarTable {
    const copy = new VarTable(this.dialect);
    for (const [name, v] of this.vars) copy.vars.set(name, { ...v });
    return copy;
  }

  get(name: string): string | undefined {
    return this.vars.get(name)?.value;
  }

  isSet(name: string): boolean {
    return this.vars.get(name)?.value !== undefined;
  }

  set(name: string, value: string, exported?: boolean): void {
    const existing = this.vars.get(name);
    if (existing !== undefined) {
      existing.value = value;
      if (exported !== undefined) existing.exported = existing.exported || exported;
    } else {
      this.vars.set(name, { value, exported: exported ?? false });
    }
  }

  /** `export NAME` without a value: marks it (a later assignment will be exported). */
  export(name: string): void {
    const existing = this.vars.get(name);
    if (existing !== undefined) existing.exported = true;
    else this.vars.set(name, { value: undefined, exported: true });
  }

  unset(name: string): void {
    this.vars.delete(name);
  }

  /** Every variable in creation order, with its export flag (for ShellState). */
  snapshot(): ShellVariable[] {
    const list: ShellVariable[] = [];
    for (const [name, v] of this.vars) list.push({ name, value: v.value, exported: v.exported });
    return list;
  }

  /** A table holding exactly `variables`, in their order. */
  static restore(dialect: Dialect, variables: readonly ShellVariable[]): VarTable {
    const table = new VarTable(dialect);
    for (const v of variables) table.vars.set(v.name, { value: v.value, exported: v.exported });
    return table;
  }

  /** Every variable with a value, sorted by name (what `set` prints). */
  all(): EnvVar[] {
    const list: EnvVar[] = [];
    for (const [name, v] of this.vars) if (v.value !== undefined) list.push({ name, value: v.value });
    return list.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  }

  /** Exported names, including those without a value yet (`export -p`), sorted. */
  exportedNames(): { name: string; value: string | undefined }[] {
    const list: { name: string; value: string | undefined }[] = [];
    for (const [name, v] of this.vars) if (v.exported) list.push({ name, value: v.value });
    return list.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  }

  /**
   * The environment a program started by this shell receives, in the order
   * each shell walks its variable hash table: ash's 39 buckets (a recorded
   * `sh -c env` prints HOSTNAME, SHLVL, HOME, PATH, PWD), bash's 1024 (newest
   * first within a bucket; checked against bash 5.2's `env`).
   */
  environment(extra: readonly EnvVar[] = []): EnvVar[] {
    const entries = new Map<string, string>();
    for (const [name, v] of this.vars) if (v.exported && v.value !== undefined) entries.set(name, v.value);
    // `VAR=x cmd` assigns through the same table: an existing name keeps its place.
    const created: string[] = [];
    for (const { name, value } of extra) {
      if (!entries.has(name)) created.push(name);
      entries.set(name, value);
    }
    let names = [...entries.keys()];
    if (this.dialect === 'busybox') {
      const order = new Map<string, number>();
      ASH_INITIAL.forEach((name, i) => order.set(name, -1 - i));
      let n = 0;
      for (const name of this.vars.keys()) if (!order.has(name)) order.set(name, n++);
      for (const name of created) if (!order.has(name)) order.set(name, n++);
      names = names.sort((a, b) => ashHash(a) - ashHash(b) || order.get(a)! - order.get(b)!);
    } else {
      const order = new Map<string, number>();
      let n = 0;
      for (const name of this.vars.keys()) order.set(name, n++);
      for (const name of created) if (!order.has(name)) order.set(name, n++);
      names = names.sort((a, b) => bashBucket(a) - bashBucket(b) || order.get(b)! - order.get(a)!);
    }
    return names.map((name) => ({ name, value: entries.get(name)! }));
  }
}
