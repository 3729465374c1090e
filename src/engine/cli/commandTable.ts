/**
 * The docker command line's grammar, as data: one entry per command of the Docker 26.1 CLI
 * that the simulator understands, with its flags (names, shorthands, types, defaults) and
 * how many positional arguments it takes. `parseArgs.ts` reads this table; nothing here
 * runs a command.
 *
 * Every name, flag, type and default below was read from the real engine's `--help`
 * output (see `help/helpTexts.ts`), never from memory.
 */

/**
 * A flag's value type, as pflag/Docker name it in `--help` (`bool` prints no type).
 * Parsing rules and error texts per type live in `parseArgs.ts`.
 */
export type FlagType =
  | 'bool'
  | 'string'
  | 'int'
  | 'uint16'
  /** Go `time.Duration` (`1m30s`); parsed to nanoseconds. */
  | 'duration'
  /** A size such as `512m` (go-units `RAMInBytes`); parsed to bytes. */
  | 'bytes'
  /** A rational number (`--cpus 1.5`). */
  | 'decimal'
  /** Repeatable, kept in order as given. */
  | 'list'
  /** Repeatable `key=value`, kept in order as given. */
  | 'map'
  /** Repeatable `name=value` filter. */
  | 'filter'
  /** Repeatable `--mount` CSV spec, validated like Docker (`parseMountSpec`). */
  | 'mount'
  | 'network'
  | 'ulimit'
  | 'gpu-request';

/** Extra validation Docker applies to a flag's value as it is set (before the command runs). */
export type FlagCheck =
  /** `-e`: the name before `=` must not be empty (`invalid environment variable: =x`). */
  | 'env'
  /** `--label`: the key must not be empty (`invalid label '=x': empty name`). */
  | 'label'
  /** `--memory-swap` also accepts `-1` (unlimited). */
  | 'memorySwap';

/** A flag's parsed value: bools, numbers (int, uint16, bytes, nanoseconds, decimal), strings, or the repeated values in order. */
export type FlagValue = boolean | number | string | readonly string[];

/** One flag of one command. */
export interface FlagSpec {
  /** Long name without dashes; flag values are keyed by it. */
  readonly name: string;
  /** One-letter shorthand without the dash, or '' when there is none. */
  readonly shorthand: string;
  readonly type: FlagType;
  /** The value when the flag is not given (bool false, number 0, '' or [] unless Docker says otherwise). */
  readonly defaultValue: FlagValue;
  readonly check?: FlagCheck;
  /** pflag prints `Flag shorthand -h has been deprecated, please use --help` when the shorthand is used. */
  readonly shorthandDeprecated?: string;
}

/** How many positional arguments a command accepts (Docker's `cli.RequiresMinArgs` and friends). */
export type ArgsRule =
  | { readonly kind: 'none' }
  | { readonly kind: 'min'; readonly min: number }
  | { readonly kind: 'max'; readonly max: number }
  | { readonly kind: 'exact'; readonly count: number }
  | { readonly kind: 'range'; readonly min: number; readonly max: number };

/** The management command a command belongs to (`docker container ...`), or none (`docker inspect`). */
export type CommandGroup = 'container' | 'image' | 'volume' | 'system';

/** One docker command, shared by all the ways of typing it (`docker rm`, `docker container rm`, `docker container remove`). */
export interface CommandSpec {
  /** Canonical id: `group.name` (`container.rm`, `volume.ls`), or the bare name for top-level-only commands (`inspect`). */
  readonly id: CommandId;
  readonly group: CommandGroup | null;
  /** Name under the group (`rm`), or the top-level name when there is no group. */
  readonly name: string;
  /** Other names under the group (`remove`). */
  readonly aliases: readonly string[];
  /** The legacy top-level shortcut (`docker rm`, `docker ps`, `docker images`), if any. */
  readonly topLevel: string | null;
  /** The usage after the command path: `[OPTIONS] CONTAINER [CONTAINER...]`. */
  readonly use: string;
  /** One-line description, printed under argument-count errors. */
  readonly short: string;
  readonly args: ArgsRule;
  /**
   * false: flags end at the first positional (`docker run busybox ls -a`: `-a` belongs to `ls`).
   * Docker sets this for run, create and exec.
   */
  readonly interspersed: boolean;
  /** The command's own flags, in `--help` order (the implicit `--help` flag is added by the parser). */
  readonly flags: readonly FlagSpec[];
}

/** Every command id the table knows. */
export type CommandId =
  | 'container.run'
  | 'container.create'
  | 'container.start'
  | 'container.stop'
  | 'container.restart'
  | 'container.kill'
  | 'container.pause'
  | 'container.unpause'
  | 'container.rm'
  | 'container.ls'
  | 'container.exec'
  | 'container.logs'
  | 'container.inspect'
  | 'container.diff'
  | 'container.commit'
  | 'container.cp'
  | 'container.wait'
  | 'container.rename'
  | 'container.prune'
  | 'image.ls'
  | 'image.rm'
  | 'image.inspect'
  | 'image.history'
  | 'image.pull'
  | 'image.prune'
  | 'image.tag'
  | 'volume.create'
  | 'volume.inspect'
  | 'volume.ls'
  | 'volume.rm'
  | 'volume.prune'
  | 'system.prune'
  | 'inspect';

function flag(
  name: string,
  shorthand: string,
  type: FlagType,
  defaultValue?: FlagValue,
  check?: FlagCheck,
): FlagSpec {
  const spec: FlagSpec = { name, shorthand, type, defaultValue: defaultValue ?? zeroValue(type) };
  return check ? { ...spec, check } : spec;
}

function zeroValue(type: FlagType): FlagValue {
  switch (type) {
    case 'bool':
      return false;
    case 'string':
      return '';
    case 'int':
    case 'uint16':
    case 'duration':
    case 'bytes':
    case 'decimal':
      return 0;
    default:
      return [];
  }
}

const none: ArgsRule = { kind: 'none' };
const min = (n: number): ArgsRule => ({ kind: 'min', min: n });
const max = (n: number): ArgsRule => ({ kind: 'max', max: n });
const exact = (n: number): ArgsRule => ({ kind: 'exact', count: n });

/** `docker create`'s flags; `docker run` has these plus `-d`, `--detach-keys`, `--sig-proxy`. */
const CREATE_FLAGS: readonly FlagSpec[] = [
  flag('add-host', '', 'list'),
  flag('annotation', '', 'map'),
  flag('attach', 'a', 'list'),
  flag('blkio-weight', '', 'uint16'),
  flag('blkio-weight-device', '', 'list'),
  flag('cap-add', '', 'list'),
  flag('cap-drop', '', 'list'),
  flag('cgroup-parent', '', 'string'),
  flag('cgroupns', '', 'string'),
  flag('cidfile', '', 'string'),
  flag('cpu-period', '', 'int'),
  flag('cpu-quota', '', 'int'),
  flag('cpu-rt-period', '', 'int'),
  flag('cpu-rt-runtime', '', 'int'),
  flag('cpu-shares', 'c', 'int'),
  flag('cpus', '', 'decimal'),
  flag('cpuset-cpus', '', 'string'),
  flag('cpuset-mems', '', 'string'),
  flag('device', '', 'list'),
  flag('device-cgroup-rule', '', 'list'),
  flag('device-read-bps', '', 'list'),
  flag('device-read-iops', '', 'list'),
  flag('device-write-bps', '', 'list'),
  flag('device-write-iops', '', 'list'),
  flag('disable-content-trust', '', 'bool', true),
  flag('dns', '', 'list'),
  flag('dns-option', '', 'list'),
  flag('dns-search', '', 'list'),
  flag('domainname', '', 'string'),
  flag('entrypoint', '', 'string'),
  flag('env', 'e', 'list', undefined, 'env'),
  flag('env-file', '', 'list'),
  flag('expose', '', 'list'),
  flag('gpus', '', 'gpu-request'),
  flag('group-add', '', 'list'),
  flag('health-cmd', '', 'string'),
  flag('health-interval', '', 'duration'),
  flag('health-retries', '', 'int'),
  flag('health-start-interval', '', 'duration'),
  flag('health-start-period', '', 'duration'),
  flag('health-timeout', '', 'duration'),
  flag('help', '', 'bool'),
  flag('hostname', 'h', 'string'),
  flag('init', '', 'bool'),
  flag('interactive', 'i', 'bool'),
  flag('ip', '', 'string'),
  flag('ip6', '', 'string'),
  flag('ipc', '', 'string'),
  flag('isolation', '', 'string'),
  flag('kernel-memory', '', 'bytes'),
  flag('label', 'l', 'list', undefined, 'label'),
  flag('label-file', '', 'list'),
  flag('link', '', 'list'),
  flag('link-local-ip', '', 'list'),
  flag('log-driver', '', 'string'),
  flag('log-opt', '', 'list'),
  flag('mac-address', '', 'string'),
  flag('memory', 'm', 'bytes'),
  flag('memory-reservation', '', 'bytes'),
  flag('memory-swap', '', 'bytes', undefined, 'memorySwap'),
  flag('memory-swappiness', '', 'int', -1),
  flag('mount', '', 'mount'),
  flag('name', '', 'string'),
  flag('network', '', 'network'),
  flag('network-alias', '', 'list'),
  flag('no-healthcheck', '', 'bool'),
  flag('oom-kill-disable', '', 'bool'),
  flag('oom-score-adj', '', 'int'),
  flag('pid', '', 'string'),
  flag('pids-limit', '', 'int'),
  flag('platform', '', 'string'),
  flag('privileged', '', 'bool'),
  flag('publish', 'p', 'list'),
  flag('publish-all', 'P', 'bool'),
  flag('pull', '', 'string', 'missing'),
  flag('quiet', 'q', 'bool'),
  flag('read-only', '', 'bool'),
  flag('restart', '', 'string', 'no'),
  flag('rm', '', 'bool'),
  flag('runtime', '', 'string'),
  flag('security-opt', '', 'list'),
  flag('shm-size', '', 'bytes'),
  flag('stop-signal', '', 'string'),
  flag('stop-timeout', '', 'int'),
  flag('storage-opt', '', 'list'),
  flag('sysctl', '', 'map'),
  flag('tmpfs', '', 'list'),
  flag('tty', 't', 'bool'),
  flag('ulimit', '', 'ulimit'),
  flag('user', 'u', 'string'),
  flag('userns', '', 'string'),
  flag('uts', '', 'string'),
  flag('volume', 'v', 'list'),
  flag('volume-driver', '', 'string'),
  flag('volumes-from', '', 'list'),
  flag('workdir', 'w', 'string'),];

const RUN_ONLY_FLAGS: readonly FlagSpec[] = [
  flag('detach', 'd', 'bool'),
  flag('detach-keys', '', 'string'),
  flag('sig-proxy', '', 'bool', true),
];

const RUN_FLAGS: readonly FlagSpec[] = [...CREATE_FLAGS, ...RUN_ONLY_FLAGS].sort((a, b) =>
  a.name < b.name ? -1 : a.name > b.name ? 1 : 0,
);

const FORMAT_FLAG = flag('format', 'f', 'string');

/** The table: every command the simulator's CLI knows, in the order Docker lists them. */
export const COMMANDS: readonly CommandSpec[] = [
  {
    id: 'container.run', group: 'container', name: 'run', aliases: [], topLevel: 'run',
    use: '[OPTIONS] IMAGE [COMMAND] [ARG...]', short: 'Create and run a new container from an image',
    args: min(1), interspersed: false, flags: RUN_FLAGS,
  },
  {
    id: 'container.create', group: 'container', name: 'create', aliases: [], topLevel: 'create',
    use: '[OPTIONS] IMAGE [COMMAND] [ARG...]', short: 'Create a new container',
    args: min(1), interspersed: false, flags: CREATE_FLAGS,
  },
  {
    id: 'container.start', group: 'container', name: 'start', aliases: [], topLevel: 'start',
    use: '[OPTIONS] CONTAINER [CONTAINER...]', short: 'Start one or more stopped containers',
    args: min(1), interspersed: true,
    flags: [flag('attach', 'a', 'bool'), flag('detach-keys', '', 'string'), flag('interactive', 'i', 'bool')],
  },
  {
    id: 'container.stop', group: 'container', name: 'stop', aliases: [], topLevel: 'stop',
    use: '[OPTIONS] CONTAINER [CONTAINER...]', short: 'Stop one or more running containers',
    args: min(1), interspersed: true,
    // -t is an int of seconds in Docker 26 (`--time 1.5` fails with strconv.ParseInt).
    flags: [flag('signal', 's', 'string'), flag('time', 't', 'int')],
  },
  {
    id: 'container.restart', group: 'container', name: 'restart', aliases: [], topLevel: 'restart',
    use: '[OPTIONS] CONTAINER [CONTAINER...]', short: 'Restart one or more containers',
    args: min(1), interspersed: true,
    flags: [flag('signal', 's', 'string'), flag('time', 't', 'int')],
  },
  {
    id: 'container.kill', group: 'container', name: 'kill', aliases: [], topLevel: 'kill',
    use: '[OPTIONS] CONTAINER [CONTAINER...]', short: 'Kill one or more running containers',
    args: min(1), interspersed: true, flags: [flag('signal', 's', 'string')],
  },
  {
    id: 'container.pause', group: 'container', name: 'pause', aliases: [], topLevel: 'pause',
    use: 'CONTAINER [CONTAINER...]', short: 'Pause all processes within one or more containers',
    args: min(1), interspersed: true, flags: [],
  },
  {
    id: 'container.unpause', group: 'container', name: 'unpause', aliases: [], topLevel: 'unpause',
    use: 'CONTAINER [CONTAINER...]', short: 'Unpause all processes within one or more containers',
    args: min(1), interspersed: true, flags: [],
  },
  {
    id: 'container.rm', group: 'container', name: 'rm', aliases: ['remove'], topLevel: 'rm',
    use: '[OPTIONS] CONTAINER [CONTAINER...]', short: 'Remove one or more containers',
    args: min(1), interspersed: true,
    flags: [flag('force', 'f', 'bool'), flag('link', 'l', 'bool'), flag('volumes', 'v', 'bool')],
  },
  {
    id: 'container.ls', group: 'container', name: 'ls', aliases: ['list', 'ps'], topLevel: 'ps',
    use: '[OPTIONS]', short: 'List containers',
    args: none, interspersed: true,
    flags: [
      flag('all', 'a', 'bool'),
      flag('filter', 'f', 'filter'),
      flag('format', '', 'string'),
      flag('last', 'n', 'int', -1),
      flag('latest', 'l', 'bool'),
      flag('no-trunc', '', 'bool'),
      flag('quiet', 'q', 'bool'),
      flag('size', 's', 'bool'),
    ],
  },
  {
    id: 'container.exec', group: 'container', name: 'exec', aliases: [], topLevel: 'exec',
    use: '[OPTIONS] CONTAINER COMMAND [ARG...]', short: 'Execute a command in a running container',
    args: min(2), interspersed: false,
    flags: [
      flag('detach', 'd', 'bool'),
      flag('detach-keys', '', 'string'),
      flag('env', 'e', 'list', undefined, 'env'),
      flag('env-file', '', 'list'),
      flag('interactive', 'i', 'bool'),
      flag('privileged', '', 'bool'),
      flag('tty', 't', 'bool'),
      flag('user', 'u', 'string'),
      flag('workdir', 'w', 'string'),
    ],
  },
  {
    id: 'container.logs', group: 'container', name: 'logs', aliases: [], topLevel: 'logs',
    use: '[OPTIONS] CONTAINER', short: 'Fetch the logs of a container',
    args: exact(1), interspersed: true,
    flags: [
      flag('details', '', 'bool'),
      flag('follow', 'f', 'bool'),
      flag('since', '', 'string'),
      flag('tail', 'n', 'string', 'all'),
      flag('timestamps', 't', 'bool'),
      flag('until', '', 'string'),
    ],
  },
  {
    id: 'container.inspect', group: 'container', name: 'inspect', aliases: [], topLevel: null,
    use: '[OPTIONS] CONTAINER [CONTAINER...]', short: 'Display detailed information on one or more containers',
    args: min(1), interspersed: true, flags: [FORMAT_FLAG, flag('size', 's', 'bool')],
  },
  {
    id: 'container.diff', group: 'container', name: 'diff', aliases: [], topLevel: 'diff',
    use: 'CONTAINER', short: "Inspect changes to files or directories on a container's filesystem",
    args: exact(1), interspersed: true, flags: [],
  },
  {
    id: 'container.commit', group: 'container', name: 'commit', aliases: [], topLevel: 'commit',
    use: '[OPTIONS] CONTAINER [REPOSITORY[:TAG]]', short: "Create a new image from a container's changes",
    args: { kind: 'range', min: 1, max: 2 }, interspersed: true,
    flags: [
      flag('author', 'a', 'string'),
      flag('change', 'c', 'list'),
      flag('message', 'm', 'string'),
      flag('pause', 'p', 'bool', true),
    ],
  },
  {
    id: 'container.cp', group: 'container', name: 'cp', aliases: [], topLevel: 'cp',
    // Docker hard-codes the second usage line, so it says `docker cp` even under `docker container cp`.
    use: '[OPTIONS] CONTAINER:SRC_PATH DEST_PATH|-\n\tdocker cp [OPTIONS] SRC_PATH|- CONTAINER:DEST_PATH',
    short: 'Copy files/folders between a container and the local filesystem',
    args: exact(2), interspersed: true,
    flags: [flag('archive', 'a', 'bool'), flag('follow-link', 'L', 'bool'), flag('quiet', 'q', 'bool')],
  },
  {
    id: 'container.wait', group: 'container', name: 'wait', aliases: [], topLevel: 'wait',
    use: 'CONTAINER [CONTAINER...]', short: 'Block until one or more containers stop, then print their exit codes',
    args: min(1), interspersed: true, flags: [],
  },
  {
    id: 'container.rename', group: 'container', name: 'rename', aliases: [], topLevel: 'rename',
    use: 'CONTAINER NEW_NAME', short: 'Rename a container',
    args: exact(2), interspersed: true, flags: [],
  },
  {
    id: 'container.prune', group: 'container', name: 'prune', aliases: [], topLevel: null,
    use: '[OPTIONS]', short: 'Remove all stopped containers',
    args: none, interspersed: true, flags: [flag('filter', '', 'filter'), flag('force', 'f', 'bool')],
  },
  {
    id: 'image.ls', group: 'image', name: 'ls', aliases: ['list'], topLevel: 'images',
    use: '[OPTIONS] [REPOSITORY[:TAG]]', short: 'List images',
    args: max(1), interspersed: true,
    flags: [
      flag('all', 'a', 'bool'),
      flag('digests', '', 'bool'),
      flag('filter', 'f', 'filter'),
      flag('format', '', 'string'),
      flag('no-trunc', '', 'bool'),
      flag('quiet', 'q', 'bool'),
    ],
  },
  {
    id: 'image.rm', group: 'image', name: 'rm', aliases: ['remove'], topLevel: 'rmi',
    use: '[OPTIONS] IMAGE [IMAGE...]', short: 'Remove one or more images',
    args: min(1), interspersed: true, flags: [flag('force', 'f', 'bool'), flag('no-prune', '', 'bool')],
  },
  {
    id: 'image.inspect', group: 'image', name: 'inspect', aliases: [], topLevel: null,
    use: '[OPTIONS] IMAGE [IMAGE...]', short: 'Display detailed information on one or more images',
    args: min(1), interspersed: true, flags: [FORMAT_FLAG],
  },
  {
    id: 'image.history', group: 'image', name: 'history', aliases: [], topLevel: 'history',
    use: '[OPTIONS] IMAGE', short: 'Show the history of an image',
    args: exact(1), interspersed: true,
    flags: [
      flag('format', '', 'string'),
      flag('human', 'H', 'bool', true),
      flag('no-trunc', '', 'bool'),
      flag('quiet', 'q', 'bool'),
    ],
  },
  {
    id: 'image.pull', group: 'image', name: 'pull', aliases: [], topLevel: 'pull',
    use: '[OPTIONS] NAME[:TAG|@DIGEST]', short: 'Download an image from a registry',
    args: exact(1), interspersed: true,
    flags: [
      flag('all-tags', 'a', 'bool'),
      flag('disable-content-trust', '', 'bool', true),
      flag('platform', '', 'string'),
      flag('quiet', 'q', 'bool'),
    ],
  },
  {
    id: 'image.prune', group: 'image', name: 'prune', aliases: [], topLevel: null,
    use: '[OPTIONS]', short: 'Remove unused images',
    args: none, interspersed: true,
    flags: [flag('all', 'a', 'bool'), flag('filter', '', 'filter'), flag('force', 'f', 'bool')],
  },
  {
    id: 'image.tag', group: 'image', name: 'tag', aliases: [], topLevel: 'tag',
    use: 'SOURCE_IMAGE[:TAG] TARGET_IMAGE[:TAG]', short: 'Create a tag TARGET_IMAGE that refers to SOURCE_IMAGE',
    args: exact(2), interspersed: true, flags: [],
  },
  {
    id: 'volume.create', group: 'volume', name: 'create', aliases: [], topLevel: null,
    use: '[OPTIONS] [VOLUME]', short: 'Create a volume',
    args: max(1), interspersed: true,
    flags: [
      flag('driver', 'd', 'string', 'local'),
      flag('label', '', 'list', undefined, 'label'),
      // Hidden (absent from --help) but accepted: `docker volume create --name other`
      // (test/conformance/48-volume-create.t).
      flag('name', '', 'string'),
      flag('opt', 'o', 'map'),
    ],
  },
  {
    id: 'volume.inspect', group: 'volume', name: 'inspect', aliases: [], topLevel: null,
    use: '[OPTIONS] VOLUME [VOLUME...]', short: 'Display detailed information on one or more volumes',
    args: min(1), interspersed: true, flags: [FORMAT_FLAG],
  },
  {
    id: 'volume.ls', group: 'volume', name: 'ls', aliases: ['list'], topLevel: null,
    use: '[OPTIONS]', short: 'List volumes',
    args: none, interspersed: true,
    flags: [flag('filter', 'f', 'filter'), flag('format', '', 'string'), flag('quiet', 'q', 'bool')],
  },
  {
    id: 'volume.rm', group: 'volume', name: 'rm', aliases: ['remove'], topLevel: null,
    use: '[OPTIONS] VOLUME [VOLUME...]', short: 'Remove one or more volumes',
    args: min(1), interspersed: true, flags: [flag('force', 'f', 'bool')],
  },
  {
    id: 'volume.prune', group: 'volume', name: 'prune', aliases: [], topLevel: null,
    use: '[OPTIONS]', short: 'Remove unused local volumes',
    args: none, interspersed: true,
    flags: [flag('all', 'a', 'bool'), flag('filter', '', 'filter'), flag('force', 'f', 'bool')],
  },
  {
    id: 'system.prune', group: 'system', name: 'prune', aliases: [], topLevel: null,
    use: '[OPTIONS]', short: 'Remove unused data',
    args: none, interspersed: true,
    flags: [flag('all', 'a', 'bool'), flag('filter', '', 'filter'), flag('force', 'f', 'bool'), flag('volumes', '', 'bool')],
  },
  {
    id: 'inspect', group: null, name: 'inspect', aliases: [], topLevel: 'inspect',
    use: '[OPTIONS] NAME|ID [NAME|ID...]', short: 'Return low-level information on Docker objects',
    args: min(1), interspersed: true,
    flags: [FORMAT_FLAG, flag('size', 's', 'bool'), flag('type', '', 'string')],
  },
];

/**
 * The root `docker` command's own flags (`Global Options:` in `docker --help`). They are
 * accepted only before the command name: `docker rm -D x` is an unknown shorthand.
 */
export const GLOBAL_FLAGS: readonly FlagSpec[] = [
  flag('config', '', 'string', '/root/.docker'),
  flag('context', 'c', 'string'),
  flag('debug', 'D', 'bool'),
  flag('host', 'H', 'list'),
  flag('log-level', 'l', 'string', 'info'),
  flag('tls', '', 'bool'),
  flag('tlscacert', '', 'string', '/root/.docker/ca.pem'),
  flag('tlscert', '', 'string', '/root/.docker/cert.pem'),
  flag('tlskey', '', 'string', '/root/.docker/key.pem'),
  flag('tlsverify', '', 'bool'),
  flag('version', 'v', 'bool'),
];

/**
 * Real docker commands the simulator does not model. Typing one gives an `unsupported`
 * result instead of Docker's "is not a docker command", so the shell can say so honestly.
 */
export const UNSUPPORTED_COMMANDS: {
  readonly root: readonly string[];
  readonly container: readonly string[];
  readonly image: readonly string[];
  readonly volume: readonly string[];
  readonly system: readonly string[];
} = {
  root: [
    'build', 'push', 'login', 'logout', 'search', 'version', 'info', 'builder', 'context', 'manifest',
    'network', 'plugin', 'trust', 'swarm', 'attach', 'events', 'export', 'import', 'load',
    'port', 'save', 'stats', 'top', 'update',
  ],
  container: ['attach', 'export', 'port', 'stats', 'top', 'update'],
  image: ['build', 'import', 'load', 'push', 'save'],
  volume: ['update'],
  system: ['df', 'events', 'info'],
};

/** Looks a command up by its id; throws for an unknown id (a programming error). */
export function commandById(id: CommandId): CommandSpec {
  const spec = COMMANDS.find((c) => c.id === id);
  if (!spec) throw new Error(`no command ${id}`);
  return spec;
}

/** The command reached by `docker <name>` (`rm`, `ps`, `images`, `inspect`), if any. */
export function topLevelCommand(name: string): CommandSpec | undefined {
  return COMMANDS.find((c) => c.topLevel === name);
}

/** The command reached by `docker <group> <name>`, aliases included (`container remove`). */
export function groupCommand(group: CommandGroup, name: string): CommandSpec | undefined {
  return COMMANDS.find((c) => c.group === group && (c.name === name || c.aliases.includes(name)));
}
