/**
 * The world: everything the lab simulates, as one immutable, JSON-serializable
 * value. Commands take a world and return a new one; nothing else holds state.
 */
import type { DirNode } from '../fs/tree.ts';
import type { LifecycleState } from '../machines/lifecycleMachine.ts';

/** A read-only image layer, shared by every image and container built on it. */
export interface Layer {
  id: string;
  /** The build step that made it, as `docker history` shows it. */
  createdBy: string;
  tree: DirNode;
  created: number;
}

export interface ImageConfig {
  entrypoint: string[] | null;
  cmd: string[] | null;
  workdir: string;
  env: string[];
  /** Paths declared with `VOLUME`: each gets an anonymous volume in every container. */
  volumes: string[];
}

/** What a service image's entrypoint does when started with its default command. */
export interface Service {
  command: string[];
  /** Lines of shell run at every start, before serving. */
  startup: string[];
}

export interface Image {
  id: string;
  /** `name:tag` references, e.g. `nginx:1.27`, `nginx:latest`. */
  repoTags: string[];
  /** Layer ids, oldest first. */
  layers: string[];
  config: ImageConfig;
  service: Service | null;
  created: number;
  comment: string;
  /** The image a committed image was made from; null for built-in images. */
  parent: string | null;
  /** For a committed image: the container's command, as `docker history` shows it. */
  createdBy: string;
  /** Removed with `rmi -f` while containers still use it: kept for them, listed nowhere. */
  deleted: boolean;
}

export interface Volume {
  name: string;
  /** Made for `-v /path`, `--mount type=volume` without source, or an image `VOLUME`. */
  anonymous: boolean;
  created: number;
  /** `--label` values given to `volume create`, in order. */
  labels: { [key: string]: string };
  tree: DirNode;
}

/** A mount as the container's configuration holds it. */
export type Mount =
  | {
      type: 'volume';
      name: string;
      anonymous: boolean;
      target: string;
      readOnly: boolean;
      /** What `docker inspect` shows as Mode (`z`, `ro`, or empty). */
      mode: string;
      /** Asked for with `--mount` (it shows in HostConfig.Mounts) rather than `-v`. */
      viaMountFlag: boolean;
      noCopy: boolean;
    }
  | { type: 'bind'; source: string; target: string; readOnly: boolean; mode: string; viaMountFlag: boolean; createSource: boolean }
  | { type: 'tmpfs'; target: string; options: string; viaMountFlag: boolean; sizeBytes: number | null };

export type RestartPolicyName = 'no' | 'always' | 'unless-stopped' | 'on-failure';

/** What the container's main process is doing, which decides how it reacts to signals. */
export type MainProcess =
  /** The image's service loop: exits 0 on SIGTERM. */
  | 'service'
  /** Blocked (in `sleep`, or `sh` waiting on a terminal): as PID 1 it ignores SIGTERM. */
  | 'blocked'
  /** No process: the container is not running. */
  | 'none';

export interface Container {
  id: string;
  name: string;
  imageId: string;
  /** The image as the user named it (`nginx`, `mysql:8.4`). */
  imageRef: string;
  created: number;
  /** The process Docker runs: entrypoint then command. */
  path: string;
  args: string[];
  config: {
    cmd: string[] | null;
    entrypoint: string[] | null;
    env: string[];
    workdir: string;
    tty: boolean;
    openStdin: boolean;
    hostname: string;
    /** `-u`: the user processes run as; empty for root. */
    user: string;
  };
  hostConfig: {
    autoRemove: boolean;
    restartPolicy: { name: RestartPolicyName; maximumRetryCount: number };
    readOnlyRootfs: boolean;
    /** `-v` arguments with a source, as given. */
    binds: string[];
    /** `--tmpfs` arguments by path. */
    tmpfs: { [path: string]: string };
    volumesFrom: string[];
    networkMode: 'default' | 'none';
  };
  mounts: Mount[];
  status: LifecycleState;
  state: {
    exitCode: number;
    startedAt: number;
    finishedAt: number;
    restartCount: number;
    /** Set by `docker stop`/`kill` so restart policies know the user stopped it. */
    stoppedByUser: boolean;
  };
  process: MainProcess;
  writableLayer: DirNode;
  /** /etc/hostname, /etc/hosts and /etc/resolv.conf, which Docker writes at each start and bind-mounts in. */
  dockerFiles: DirNode;
  /** The address on the default bridge while running (for /etc/hosts), or null. */
  ipAddress: string | null;
  /** Contents of each tmpfs mount, by target; empty after every start. */
  tmpfs: { [target: string]: DirNode };
  /** What the main process printed over all its runs, for `docker logs`. */
  logs: LogChunk[];
}

/** A piece of a main process's output, with the stream it went to. */
export interface LogChunk {
  stream: 'stdout' | 'stderr';
  text: string;
}

export interface World {
  version: 1;
  /** Virtual seconds since the lab began; nothing waits on a real clock. */
  clock: number;
  /** Counter behind the ids the lab makes up. */
  nextId: number;
  /** The host's file system; the learner's home is /home/learner. */
  host: DirNode;
  /** The learner's terminal on the host: its working directory survives between lines. */
  terminal: { cwd: string };
  layers: { [id: string]: Layer };
  /** Images, oldest first. */
  images: Image[];
  /**
   * Containers, oldest first. Arrays rather than maps keyed by id: copying an
   * array on change is a block copy, so a command's cost does not grow with
   * the number of containers it leaves alone.
   */
  containers: Container[];
  /** Volumes, oldest first. */
  volumes: Volume[];
}

export const HOME = '/home/learner';
