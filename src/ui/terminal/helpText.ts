/**
 * What a typed `help` prints: every docker command the lab understands with
 * its one-line description (from the command table), the host's programs,
 * the applets inside containers (from the image catalog) and the terminal's
 * own keys. Built from the tables, so it cannot drift from what runs.
 */
import { COMMANDS, type CommandSpec } from '../../engine/cli/commandTable.ts';
import { catalog } from '../../engine/docker/catalog.ts';
import { HOST_PROGRAMS } from '../../engine/shell/applets/index.ts';

/** The shortest way to type a command: `docker rm`, or `docker volume create` when there is no shortcut. */
export function commandPath(spec: CommandSpec): string {
  if (spec.topLevel !== null) return `docker ${spec.topLevel}`;
  return spec.group === null ? `docker ${spec.name}` : `docker ${spec.group} ${spec.name}`;
}

/** Words wrapped into lines of at most `width` characters, each line indented. */
function wrapWords(words: readonly string[], width = 72, indent = '  '): string {
  const lines: string[] = [];
  let line = '';
  for (const word of words) {
    if (line !== '' && indent.length + line.length + 1 + word.length > width) {
      lines.push(indent + line);
      line = word;
    } else {
      line = line === '' ? word : `${line} ${word}`;
    }
  }
  if (line !== '') lines.push(indent + line);
  return lines.join('\n');
}

/** The host's builtins a learner is likely to use, besides its programs. */
const HOST_BUILTINS = ['cd', 'export', 'unset', 'exit'];

/** The full `help` text. */
export function helpText(): string {
  const paths = COMMANDS.map((spec) => ({ path: commandPath(spec), short: spec.short }));
  const width = Math.max(...paths.map((p) => p.path.length));
  const hostPrograms = [...HOST_BUILTINS, ...Object.keys(HOST_PROGRAMS)].sort();
  return [
    'Container Data Lab: what this terminal understands.',
    '',
    'Docker commands (also as docker container|image|volume COMMAND; add --help for options):',
    ...paths.map((p) => `  ${p.path.padEnd(width)}  ${p.short}`),
    '',
    'Host shell (bash on the lab machine, home /home/learner), with pipes, redirects, && and ;:',
    wrapWords(hostPrograms),
    '',
    "Inside containers (busybox applets, e.g. docker exec db sh -c 'ls /var/lib/mysql'):",
    wrapWords(catalog.applets),
    '',
    'Terminal:',
    '  help       this list',
    '  clear      clear the screen (also Ctrl+L)',
    '  Up, Down   walk through the commands you ran',
    '  Tab        complete commands, flags, container, volume and image names',
    '  Ctrl+C     abandon the line you are typing',
    '',
  ].join('\n');
}
