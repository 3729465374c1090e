/**
 * Where a command's output goes and where its input comes from. Commands run
 * one after another (a pipeline runs each stage to completion and hands its
 * output to the next), so streams are strings and sinks are callbacks.
 */

import type { OutputChunk } from './types.ts';

/** A writable file descriptor. */
export interface Sink {
  write(text: string): void;
}

/** Collects everything written to it (pipes, `$(...)`). */
export class BufferSink implements Sink {
  text = '';
  write(text: string): void {
    this.text += text;
  }
}

/** `/dev/null`. */
export const nullSink: Sink = { write: () => {} };

/** The terminal: records each write with its stream, in order. */
export class Terminal {
  readonly chunks: OutputChunk[] = [];
  readonly stdout: Sink = { write: (text) => this.push('stdout', text) };
  readonly stderr: Sink = { write: (text) => this.push('stderr', text) };
  private push(stream: OutputChunk['stream'], text: string): void {
    if (text === '') return;
    const last = this.chunks[this.chunks.length - 1];
    if (last !== undefined && last.stream === stream) last.text += text;
    else this.chunks.push({ stream, text });
  }
}

/** A readable file descriptor over a string; reads consume it. */
export class Input {
  private pos = 0;
  constructor(private readonly text: string) {}
  /** Everything not read yet. */
  readAll(): string {
    const rest = this.text.slice(this.pos);
    this.pos = this.text.length;
    return rest;
  }
  /** One line without its newline, or undefined at the end. */
  readLine(): string | undefined {
    if (this.pos >= this.text.length) return undefined;
    const nl = this.text.indexOf('\n', this.pos);
    const end = nl === -1 ? this.text.length : nl;
    const line = this.text.slice(this.pos, end);
    this.pos = nl === -1 ? this.text.length : nl + 1;
    return line;
  }
}

/** The three standard file descriptors of a running command. */
export interface Stdio {
  stdin: Input;
  stdout: Sink;
  stderr: Sink;
}
