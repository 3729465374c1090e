import { describe, expect, it } from 'vitest';
import { createWorld, runLine } from '../../src/engine/engine.ts';
import { EXAMPLE_STORIES } from '../../src/ui/terminal/examples.ts';

describe('example stories', () => {
  it.each(EXAMPLE_STORIES.map((story) => ({ id: story.id, story })))('$id replays from an empty lab', ({ story }) => {
    let world = createWorld();
    for (const step of story.steps) {
      const result = runLine(world, step.command);
      expect(result.exitCode, `${step.command}\n${result.output}`).toBe(step.exitCode);
      world = result.world;
    }
  });

  // What each story is there to show, as printed by the step that shows it.
  it.each([
    { id: 'mysql', step: 4, output: /No such file/ },
    { id: 'mysql', step: 11, output: /^orders\n$/ },
    { id: 'bind', step: 3, output: /^hello\n$/ },
    { id: 'bind', step: 5, output: /^changed\n$/ },
    { id: 'bind', step: 7, output: /^changed\n$/ },
    { id: 'tmpfs', step: 2, output: /^note\n$/ },
    { id: 'tmpfs', step: 4, output: /^$/ },
  ])('$id step $step prints $output', ({ id, step, output }) => {
    let world = createWorld();
    const outputs = EXAMPLE_STORIES.find((s) => s.id === id)!.steps.map((s) => {
      const result = runLine(world, s.command);
      world = result.world;
      return result.output;
    });
    expect(outputs[step]).toMatch(output);
  });

  it('has unique story ids', () => {
    expect(new Set(EXAMPLE_STORIES.map((s) => s.id)).size).toBe(EXAMPLE_STORIES.length);
  });
});
