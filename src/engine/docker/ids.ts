/**
 * Ids in Docker's shape: 64 lowercase hex digits, shown cut to 12. They are
 * made from a counter in the world, so the same session always gives the same ids.
 */

/** A 32-bit mixing step (the finalizer of MurmurHash3). */
function mix(h: number): number {
  h = Math.imul(h ^ (h >>> 16), 0x85ebca6b);
  h = Math.imul(h ^ (h >>> 13), 0xc2b2ae35);
  return (h ^ (h >>> 16)) >>> 0;
}

function hex64(seed: number): string {
  let out = '';
  let h = mix(seed + 0x9e3779b9);
  for (let i = 0; i < 8; i++) {
    h = mix(h + i * 0x6d2b79f5 + seed);
    out += h.toString(16).padStart(8, '0');
  }
  return out;
}

/** True when a 12-digit short id has a digit and a letter, as Docker's nearly always do. */
function looksLikeId(id: string): boolean {
  const short = id.slice(0, 12);
  return /[0-9]/.test(short) && /[a-f]/.test(short);
}

/** The id for counter value `n`, and the next counter value. */
export function makeId(n: number): { id: string; next: number } {
  let seed = n;
  let id = hex64(seed);
  while (!looksLikeId(id)) id = hex64(++seed);
  return { id, next: seed + 1 };
}

export const shortId = (id: string): string => id.slice(0, 12);
