/**
 * Transcripts: terminal sessions recorded from the real Docker engine, and
 * the rules for comparing the lab's output with them. Ids, times, sizes and
 * column padding vary between runs and say nothing about storage, so both
 * sides are normalized before comparing.
 */

export interface TranscriptStep {
  /** The line typed at the terminal. */
  cmd: string;
  /** What it printed (stdout and stderr together), then `[exit N]` when it failed. */
  out: string[];
}

export interface Transcript {
  /** Comment lines before the first command (`# title: ...`). */
  header: string[];
  steps: TranscriptStep[];
}

export function parseTranscript(text: string): Transcript {
  const header: string[] = [];
  const steps: TranscriptStep[] = [];
  for (const line of text.replace(/\n$/, '').split('\n')) {
    if (line.startsWith('$ ')) steps.push({ cmd: line.slice(2), out: [] });
    else if (steps.length === 0) header.push(line);
    else steps[steps.length - 1].out.push(line);
  }
  return { header, steps };
}

/** Replaces what varies from run to run: ids, times, relative times, sizes, column padding. */
export function normalize(text: string): string {
  return text
    .replace(/\b[0-9a-f]{64}\b/g, '<id>')
    .replace(/\b(?=[0-9a-f]*[0-9])(?=[0-9a-f]*[a-f])[0-9a-f]{12}\b/g, '<short-id>')
    .replace(/\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d(\.\d+)?(Z|[+-]\d\d:\d\d)/g, '<time>')
    .replace(
      /\b(Less than a second|About a minute|About an hour|an hour|a minute|\d+ (second|minute|hour|day|week|month|year)s?)( ago)?\b/g,
      '<ago>$3',
    )
    .replace(/\b\d+(\.\d+)?\s?(B|kB|KB|MB|GB)\b/g, '<size>')
    .split('\n')
    .map((l) => l.replace(/ {2,}/g, '   ').replace(/\s+$/, ''))
    .join('\n')
    .replace(/\n+$/, '');
}

/** The form two outputs are compared in; a command marked `# unordered` compares its lines sorted. */
export function compareForm(cmd: string, text: string): string {
  const n = normalize(text);
  return /#\s*unordered\s*$/.test(cmd) ? n.split('\n').sort().join('\n') : n;
}

/** A step's output as a transcript records it: the text, then `[exit N]` when non-zero. */
export function recordedOutput(output: string, exitCode: number): string {
  const body = output.replace(/\n$/, '');
  return (body === '' ? '' : body + '\n') + (exitCode !== 0 ? `[exit ${exitCode}]\n` : '');
}
