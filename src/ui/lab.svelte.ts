/**
 * The page's one piece of state: the engine's world, and what the learner
 * did to it. Components read it and call `run`; every control, typed or
 * clicked, goes through the same engine call.
 */
import { createContext } from 'svelte';
import { createWorld } from '../engine/docker/catalog.ts';
import type { EngineEvent, LineResult, World } from '../engine/engine.ts';
import type { OutputChunk } from '../engine/shell/types.ts';

/** One command in the terminal's scrollback. */
export interface TerminalEntry {
  id: number;
  line: string;
  chunks: OutputChunk[];
  exitCode: number;
  /** Typed at the prompt, or run by a button (the terminal shows both). */
  source: 'typed' | 'control';
}

/** What the learner has picked in the diagram, for the inspector. */
export type Selection =
  | { kind: 'container'; id: string }
  | { kind: 'volume'; name: string }
  | { kind: 'host-path'; path: string }
  | null;

/** The last command's effect on the world, for narration and animation. */
export interface Change {
  line: string;
  before: World;
  after: World;
  events: EngineEvent[];
  exitCode: number;
}

/** The engine's entry point: one line against one world. */
export type LineRunner = (world: World, line: string) => LineResult;

export class Lab {
  /**
   * The command runner. The page paints first and loads it right after
   * (`load`), so the first paint does not wait for the shell, the docker
   * command line and its help texts.
   */
  private runner = $state.raw<LineRunner | null>(null);
  world = $state.raw<World>(createWorld());
  entries = $state.raw<TerminalEntry[]>([]);
  lastChange = $state.raw<Change | null>(null);
  selection = $state.raw<Selection>(null);
  private nextEntry = 1;
  /** Lines asked for before the runner arrived, run as soon as it does. */
  private waiting: [string, TerminalEntry['source']][] = [];

  constructor(runner: LineRunner | null = null) {
    this.runner = runner;
  }

  /** True once commands can run. */
  get ready(): boolean {
    return this.runner !== null;
  }

  /** Loads the engine's command runner. */
  async load(): Promise<void> {
    if (this.runner !== null) return;
    const engine = await import('../engine/engine.ts');
    this.runner = engine.runLine;
    const waiting = this.waiting;
    this.waiting = [];
    for (const [line, source] of waiting) this.run(line, source);
  }

  /**
   * Runs a line as if typed at the terminal and returns what the engine said;
   * before the runner has loaded, the line waits for it and this returns null.
   */
  run(line: string, source: TerminalEntry['source'] = 'typed'): LineResult | null {
    if (this.runner === null) {
      this.waiting.push([line, source]);
      return null;
    }
    const before = this.world;
    const result = this.runner(before, line);
    this.world = result.world;
    this.entries = [...this.entries, { id: this.nextEntry++, line, chunks: result.chunks, exitCode: result.exitCode, source }];
    this.lastChange = { line, before, after: result.world, events: result.events, exitCode: result.exitCode };
    if (this.selection?.kind === 'container' && !result.world.containers.some((c) => c.id === (this.selection as { id: string }).id)) {
      this.selection = null;
    }
    return result;
  }

  /** Ctrl+L: the scrollback goes, the world stays. */
  clearTerminal(): void {
    this.entries = [];
  }

  /** Back to an empty lab: no containers, no volumes, an empty home folder. */
  reset(): void {
    this.world = createWorld();
    this.entries = [];
    this.lastChange = null;
    this.selection = null;
  }
}

/** The lab of the page, for components below the root; fails loudly outside it. */
export const [getLab, setLab] = createContext<Lab>();
