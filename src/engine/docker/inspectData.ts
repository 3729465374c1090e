/**
 * Docker-shaped data objects for containers, images and volumes: what
 * `docker inspect` prints and what its templates (and `docker ps`'s) see.
 *
 * Objects are modelled as Go values for the template engine (plain objects are
 * structs with fields in Go's declaration order, `Map`s are Go maps, `GoNil` is a
 * nil slice/map/pointer), so `{{.HostConfig.Binds}}` prints `[]` and
 * `{{json .Config.Volumes}}` prints `null` as Docker does. Fields tagged
 * `omitempty` in Docker's types are left out of the JSON when empty
 * (`HostConfig.Tmpfs`, `HostConfig.Mounts`), as the real output does.
 * Key order and the shape of every object follow the real engine
 * (Docker 26.1, recorded in test/conformance/32-35, 37, 47, 50, 85, 113).
 */
import { encodeGoJSON } from '../cli/goTemplate/json.ts';
import { GoNil, GoNumber, goMarshalJSON, withGoType } from '../cli/goTemplate/values.ts';
import { rfc3339, rfc3339OrZero, ZERO_TIME } from '../cli/format.ts';
import { imageHistory, imageSize, layerBytes } from './images.ts';
import type { Session } from './session.ts';
import { volumeMountpoint } from './volumes.ts';
import type { Container, Image, Mount, Volume } from './world.ts';

/** The engine version images report as `DockerVersion`. */
export const DOCKER_VERSION = '26.1.5+dfsg1';

const DATA_ROOT = '/var/lib/docker';

/** The label Docker puts on every anonymous volume (test/conformance/113-volume-anonymous-inspect.t). */
export const ANONYMOUS_VOLUME_LABEL = 'com.docker.volume.anonymous';

// ---- Go value helpers -------------------------------------------------------------------

const nilSlice = (goType = '[]string'): GoNil => new GoNil('slice', goType);
const nilMap = (goType = 'map[string]string'): GoNil => new GoNil('map', goType);
const nilPointer = (goType: string): GoNil => new GoNil('pointer', goType);

/** A Go slice, or a nil one when empty (Docker's `null` in JSON, `[]` in templates). */
const sliceOrNil = (items: readonly string[]): string[] | GoNil => (items.length > 0 ? [...items] : nilSlice());

/** Go's `isEmptyValue`, which decides what `omitempty` leaves out. */
function isEmptyValue(value: unknown): boolean {
  if (value === null || value === undefined || value instanceof GoNil) return true;
  if (value === false || value === 0 || value === '') return true;
  if (value instanceof GoNumber) return value.value === 0;
  if (Array.isArray(value)) return value.length === 0;
  if (value instanceof Map) return value.size === 0;
  return false;
}

/**
 * Go field names whose JSON name differs (`ID` is `"Id"`, `DNS` is `"Dns"`). A
 * template sees the Go name on the typed object and the JSON name only in the
 * raw fallback: `{{.Id}}` fails on the typed object, so the whole template runs
 * on the map, where `{{.HostConfig.Binds}}` of `null` prints `<no value>`.
 */
const JSON_NAMES: Readonly<Record<string, string>> = {
  ID: 'Id',
  DNS: 'Dns',
  DNSOptions: 'DnsOptions',
  DNSSearch: 'DnsSearch',
  CPUShares: 'CpuShares',
  NanoCPUs: 'NanoCpus',
  CPUPeriod: 'CpuPeriod',
  CPUQuota: 'CpuQuota',
  CPURealtimePeriod: 'CpuRealtimePeriod',
  CPURealtimeRuntime: 'CpuRealtimeRuntime',
  CPUCount: 'CpuCount',
  CPUPercent: 'CpuPercent',
};

/**
 * A Go struct: its JSON uses the JSON names and leaves out the `omitEmpty`
 * fields when they are empty. Encoded without HTML escaping, as the daemon's API writes JSON.
 */
function struct<T extends object>(fields: T, omitEmpty: readonly (keyof T & string)[] = [], goType?: string): T {
  if (goType !== undefined) withGoType(fields, goType);
  const renamed = Object.keys(fields).some((name) => Object.hasOwn(JSON_NAMES, name));
  if (omitEmpty.length === 0 && !renamed) return fields;
  Object.defineProperty(fields, goMarshalJSON, {
    enumerable: false,
    value(this: T): string {
      const kept = Object.entries(this).filter(([name, value]) => typeof value !== 'function' && !(omitEmpty.includes(name as keyof T & string) && isEmptyValue(value)));
      return `{${kept.map(([name, value]) => `${JSON.stringify(JSON_NAMES[name] ?? name)}:${encodeGoJSON(value, { escapeHTML: false })}`).join(',')}}`;
    },
  });
  return fields;
}

/** A 64-hex id derived from a seed, for the ids Docker makes that the lab does not model (sandboxes, endpoints, layers). */
export function derivedHex(seed: string): string {
  let h = 0x811c9dc5;
  for (let i = 0; i < seed.length; i++) h = Math.imul(h ^ seed.charCodeAt(i), 0x01000193) >>> 0;
  let out = '';
  for (let i = 0; i < 8; i++) {
    h = Math.imul(h ^ (h >>> 15), 0x2c1b3c6d) >>> 0;
    h = Math.imul(h ^ (h >>> 12), 0x297a2d39) >>> 0;
    h = (h ^ (h >>> 15) ^ (i * 0x9e3779b9)) >>> 0;
    out += h.toString(16).padStart(8, '0');
  }
  // Keep the short form id-shaped (a digit and a letter among the first 12).
  if (!/[0-9]/.test(out.slice(0, 12))) out = '1' + out.slice(1);
  if (!/[a-f]/.test(out.slice(0, 12))) out = 'a' + out.slice(1);
  return out;
}

// ---- mounts -----------------------------------------------------------------------------

/** `types.MountPoint`: one entry of a container's `.Mounts` (and what `docker ps` reads its MOUNTS from). */
export interface MountPoint {
  Type: string;
  Name: string;
  Source: string;
  Destination: string;
  Driver: string;
  Mode: string;
  RW: boolean;
  Propagation: string;
}

/**
 * The container's `.Mounts`. A `--tmpfs` mount is not listed (it is only in
 * HostConfig.Tmpfs); a `--mount type=tmpfs` one is (37-mount-tmpfs-forms.t).
 */
export function mountPoints(container: Container): MountPoint[] {
  const points: MountPoint[] = [];
  for (const mount of container.mounts) {
    if (mount.type === 'tmpfs' && !mount.viaMountFlag) continue;
    points.push(mountPoint(mount));
  }
  return points;
}

function mountPoint(mount: Mount): MountPoint {
  switch (mount.type) {
    case 'volume':
      return struct(
        { Type: 'volume', Name: mount.name, Source: volumeMountpoint(mount.name), Destination: mount.target, Driver: 'local', Mode: mount.mode, RW: !mount.readOnly, Propagation: '' },
        ['Name', 'Driver'],
        'types.MountPoint',
      );
    case 'bind':
      return struct(
        { Type: 'bind', Name: '', Source: mount.source, Destination: mount.target, Driver: '', Mode: mount.mode, RW: !mount.readOnly, Propagation: 'rprivate' },
        ['Name', 'Driver'],
        'types.MountPoint',
      );
    case 'tmpfs':
      return struct(
        { Type: 'tmpfs', Name: '', Source: '', Destination: mount.target, Driver: '', Mode: '', RW: true, Propagation: '' },
        ['Name', 'Driver'],
        'types.MountPoint',
      );
  }
}

/** `mount.Mount`: a `--mount` as HostConfig.Mounts keeps it (37-mount-tmpfs-forms.t). */
function hostConfigMount(mount: Mount): object {
  const base = { Type: mount.type, Source: '', Target: mount.target, ReadOnly: false, Consistency: '' };
  const omit = ['Source', 'Target', 'ReadOnly', 'Consistency', 'BindOptions', 'VolumeOptions', 'TmpfsOptions'] as const;
  switch (mount.type) {
    case 'volume':
      return struct(
        {
          ...base,
          Source: mount.anonymous ? '' : mount.name,
          ReadOnly: mount.readOnly,
          BindOptions: nilPointer('*mount.BindOptions'),
          VolumeOptions: mount.noCopy ? struct({ NoCopy: true, Labels: nilMap(), DriverConfig: struct({ Name: '', Options: nilMap() }, ['Name', 'Options']) }, ['NoCopy', 'Labels', 'DriverConfig']) : nilPointer('*mount.VolumeOptions'),
          TmpfsOptions: nilPointer('*mount.TmpfsOptions'),
        },
        [...omit],
      );
    case 'bind':
      return struct(
        { ...base, Source: mount.source, ReadOnly: mount.readOnly, BindOptions: nilPointer('*mount.BindOptions'), VolumeOptions: nilPointer('*mount.VolumeOptions'), TmpfsOptions: nilPointer('*mount.TmpfsOptions') },
        [...omit],
      );
    case 'tmpfs':
      return struct(
        {
          ...base,
          BindOptions: nilPointer('*mount.BindOptions'),
          VolumeOptions: nilPointer('*mount.VolumeOptions'),
          TmpfsOptions: mount.sizeBytes !== null ? struct({ SizeBytes: new GoNumber(mount.sizeBytes, 'int64'), Mode: 0 }, ['SizeBytes', 'Mode']) : nilPointer('*mount.TmpfsOptions'),
        },
        [...omit],
      );
  }
}

// ---- containers -------------------------------------------------------------------------

/** What `.State.Status` and `docker ps`'s STATE say for the lab's lifecycle states. */
export function containerStateName(container: Container): string {
  return container.status === 'removed' ? 'removing' : container.status;
}

/** Whether the container was ever started: Docker writes its resolv.conf, hosts and sandbox then. */
function everStarted(container: Container): boolean {
  return container.state.startedAt > 0 || (container.status !== 'created' && container.status !== 'dead');
}

/** The bytes in a container's writable layer and in its whole root file system (`SizeRw`, `SizeRootFs`). */
export function containerSizes(session: Session, container: Container): { rw: number; rootFs: number } {
  const rw = layerBytes(container.writableLayer);
  const image = session.world.images.find((i) => i.id === container.imageId);
  return { rw, rootFs: rw + (image === undefined ? 0 : imageSize(session, image)) };
}

/** Paths Docker masks or makes read-only in every container. */
const MASKED_PATHS = [
  '/proc/asound', '/proc/acpi', '/proc/kcore', '/proc/keys', '/proc/latency_stats', '/proc/timer_list',
  '/proc/timer_stats', '/proc/sched_debug', '/proc/scsi', '/sys/firmware', '/sys/devices/virtual/powercap',
];
const READONLY_PATHS = ['/proc/bus', '/proc/fs', '/proc/irq', '/proc/sys', '/proc/sysrq-trigger'];

function macAddress(ip: string): string {
  return '02:42:' + ip.split('.').map((n) => Number(n).toString(16).padStart(2, '0')).join(':');
}

/** The container's `.Config.Volumes`: the image's `VOLUME`s and anonymous `-v /path` mounts. */
function configVolumes(session: Session, container: Container): Map<string, object> | GoNil {
  const image = session.world.images.find((i) => i.id === container.imageId);
  const paths = new Set(image?.config.volumes ?? []);
  for (const m of container.mounts) if (m.type === 'volume' && m.anonymous && !m.viaMountFlag) paths.add(m.target);
  if (paths.size === 0) return nilMap('map[string]struct {}');
  return new Map([...paths].map((p) => [p, struct({}, [], 'struct {}')]));
}

function endpointSettings(container: Container, networkId: string): object {
  const ip = container.ipAddress;
  return struct(
    {
      IPAMConfig: nilPointer('*network.EndpointIPAMConfig'),
      Links: nilSlice(),
      Aliases: nilSlice(),
      MacAddress: ip === null ? '' : macAddress(ip),
      NetworkID: networkId,
      EndpointID: ip === null ? '' : derivedHex(`endpoint:${container.id}`),
      Gateway: ip === null ? '' : '172.17.0.1',
      IPAddress: ip ?? '',
      IPPrefixLen: ip === null ? 0 : 16,
      IPv6Gateway: '',
      GlobalIPv6Address: '',
      GlobalIPv6PrefixLen: 0,
      DriverOpts: nilMap(),
      DNSNames: nilSlice(),
    },
    [],
    '*network.EndpointSettings',
  );
}

function networkSettings(container: Container): object {
  const ip = container.ipAddress;
  const started = everStarted(container);
  const sandbox = started ? derivedHex(`sandbox:${container.id}`) : '';
  const network = container.hostConfig.networkMode === 'none' ? 'none' : 'bridge';
  const networkId = !started ? '' : network === 'bridge' ? derivedHex('network:bridge') : ip === null && container.status !== 'running' ? '' : derivedHex('network:none');
  return struct(
    {
      Bridge: '',
      SandboxID: sandbox,
      SandboxKey: started ? `/var/run/docker/netns/${sandbox.slice(0, 12)}` : '',
      Ports: new Map(),
      HairpinMode: false,
      LinkLocalIPv6Address: '',
      LinkLocalIPv6PrefixLen: 0,
      SecondaryIPAddresses: nilSlice('[]network.Address'),
      SecondaryIPv6Addresses: nilSlice('[]network.Address'),
      EndpointID: ip === null ? '' : derivedHex(`endpoint:${container.id}`),
      Gateway: ip === null ? '' : '172.17.0.1',
      GlobalIPv6Address: '',
      GlobalIPv6PrefixLen: 0,
      IPAddress: ip ?? '',
      IPPrefixLen: ip === null ? 0 : 16,
      IPv6Gateway: '',
      MacAddress: ip === null ? '' : macAddress(ip),
      Networks: new Map([[network, endpointSettings(container, networkId)]]),
    },
    [],
    '*types.NetworkSettings',
  );
}

/** Options for {@link containerInspect}. */
export interface ContainerInspectOptions {
  /** `docker inspect -s`: add `SizeRw` and `SizeRootFs`. */
  size: boolean;
}

/** What differs between a container's `Config` and an image's. */
interface ConfigFields {
  hostname: string;
  user: string;
  openStdin: boolean;
  tty: boolean;
  env: readonly string[];
  cmd: readonly string[] | null;
  image: string;
  volumes: unknown;
  workdir: string;
  entrypoint: readonly string[] | null;
  labels: unknown;
}

/** Docker's `container.Config`, in Go's field order: containers and images share the struct. */
function configStruct(f: ConfigFields): object {
  return struct(
    {
      Hostname: f.hostname,
      Domainname: '',
      User: f.user,
      AttachStdin: f.openStdin,
      AttachStdout: false,
      AttachStderr: false,
      ExposedPorts: nilMap('nat.PortSet'),
      Tty: f.tty,
      OpenStdin: f.openStdin,
      StdinOnce: f.openStdin,
      Env: [...f.env],
      Cmd: f.cmd === null ? nilSlice('strslice.StrSlice') : [...f.cmd],
      Healthcheck: nilPointer('*container.HealthConfig'),
      ArgsEscaped: false,
      Image: f.image,
      Volumes: f.volumes,
      WorkingDir: f.workdir,
      Entrypoint: f.entrypoint === null ? nilSlice('strslice.StrSlice') : [...f.entrypoint],
      NetworkDisabled: false,
      MacAddress: '',
      OnBuild: nilSlice(),
      Labels: f.labels,
      StopSignal: '',
      StopTimeout: nilPointer('*int'),
      Shell: nilSlice('strslice.StrSlice'),
    },
    ['ExposedPorts', 'Healthcheck', 'ArgsEscaped', 'NetworkDisabled', 'MacAddress', 'StopSignal', 'StopTimeout', 'Shell'],
    '*container.Config',
  );
}

/**
 * `types.ContainerJSON`: what `docker inspect CONTAINER` shows, as a Go value.
 * The lab does not record whether a container was started attached, so
 * `AttachStdout`/`AttachStderr` are those of `docker run -d` (false).
 */
export function containerInspect(session: Session, container: Container, options: ContainerInspectOptions = { size: false }): object {
  const status = containerStateName(container);
  const running = status === 'running' || status === 'paused' || status === 'restarting';
  const started = everStarted(container);
  const order = session.world.containers.findIndex((c) => c.id === container.id);
  const dir = `${DATA_ROOT}/containers/${container.id}`;
  const layer = derivedHex(`rw:${container.id}`);
  const image = session.world.images.find((i) => i.id === container.imageId);
  const lowerDirs = [`${DATA_ROOT}/overlay2/${layer}-init/diff`, ...(image?.layers ?? []).slice().reverse().map((l) => `${DATA_ROOT}/overlay2/${l}/diff`)];
  const sizes = containerSizes(session, container);
  const hc = container.hostConfig;
  const c = container.config;
  const viaMount = container.mounts.filter((m) => m.viaMountFlag);
  const tmpfs = Object.entries(hc.tmpfs);
  const state = struct(
    {
      Status: status,
      Running: running,
      Paused: status === 'paused',
      Restarting: status === 'restarting',
      OOMKilled: false,
      Dead: status === 'dead',
      Pid: status === 'running' || status === 'paused' ? 1000 + 37 * (order + 1) : 0,
      ExitCode: container.state.exitCode,
      Error: '',
      StartedAt: rfc3339OrZero(container.state.startedAt),
      FinishedAt: rfc3339OrZero(container.state.finishedAt),
      Health: nilPointer('*types.Health'),
    },
    ['Health'],
    '*types.ContainerState',
  );
  const hostConfig = struct(
    {
      Binds: sliceOrNil(hc.binds),
      ContainerIDFile: '',
      LogConfig: struct({ Type: 'json-file', Config: new Map<string, string>() }, [], 'container.LogConfig'),
      NetworkMode: hc.networkMode === 'none' ? 'none' : 'bridge',
      PortBindings: new Map(),
      RestartPolicy: struct({ Name: hc.restartPolicy.name, MaximumRetryCount: hc.restartPolicy.maximumRetryCount }, [], 'container.RestartPolicy'),
      AutoRemove: hc.autoRemove,
      VolumeDriver: '',
      VolumesFrom: sliceOrNil(hc.volumesFrom),
      ConsoleSize: withGoType([new GoNumber(0, 'uint'), new GoNumber(0, 'uint')], '[2]uint'),
      CapAdd: nilSlice('strslice.StrSlice'),
      CapDrop: nilSlice('strslice.StrSlice'),
      CgroupnsMode: 'host',
      DNS: [] as string[],
      DNSOptions: [] as string[],
      DNSSearch: [] as string[],
      ExtraHosts: nilSlice(),
      GroupAdd: nilSlice(),
      IpcMode: 'private',
      Cgroup: '',
      Links: nilSlice(),
      OomScoreAdj: 0,
      PidMode: '',
      Privileged: false,
      PublishAllPorts: false,
      ReadonlyRootfs: hc.readOnlyRootfs,
      SecurityOpt: nilSlice(),
      StorageOpt: nilMap(),
      Tmpfs: tmpfs.length > 0 ? new Map(tmpfs) : nilMap(),
      UTSMode: '',
      UsernsMode: '',
      ShmSize: new GoNumber(67108864, 'int64'),
      Sysctls: nilMap(),
      Runtime: 'runc',
      Isolation: '',
      CPUShares: new GoNumber(0, 'int64'),
      Memory: new GoNumber(0, 'int64'),
      NanoCPUs: new GoNumber(0, 'int64'),
      CgroupParent: '',
      BlkioWeight: new GoNumber(0, 'uint16'),
      BlkioWeightDevice: withGoType([], '[]*blkiodev.WeightDevice'),
      BlkioDeviceReadBps: withGoType([], '[]*blkiodev.ThrottleDevice'),
      BlkioDeviceWriteBps: withGoType([], '[]*blkiodev.ThrottleDevice'),
      BlkioDeviceReadIOps: withGoType([], '[]*blkiodev.ThrottleDevice'),
      BlkioDeviceWriteIOps: withGoType([], '[]*blkiodev.ThrottleDevice'),
      CPUPeriod: new GoNumber(0, 'int64'),
      CPUQuota: new GoNumber(0, 'int64'),
      CPURealtimePeriod: new GoNumber(0, 'int64'),
      CPURealtimeRuntime: new GoNumber(0, 'int64'),
      CpusetCpus: '',
      CpusetMems: '',
      Devices: withGoType([], '[]container.DeviceMapping'),
      DeviceCgroupRules: nilSlice(),
      DeviceRequests: nilSlice('[]container.DeviceRequest'),
      MemoryReservation: new GoNumber(0, 'int64'),
      MemorySwap: new GoNumber(0, 'int64'),
      MemorySwappiness: nilPointer('*int64'),
      OomKillDisable: false,
      PidsLimit: nilPointer('*int64'),
      Ulimits: withGoType([], '[]*units.Ulimit'),
      CPUCount: new GoNumber(0, 'int64'),
      CPUPercent: new GoNumber(0, 'int64'),
      IOMaximumIOps: new GoNumber(0, 'uint64'),
      IOMaximumBandwidth: new GoNumber(0, 'uint64'),
      Mounts: viaMount.length > 0 ? withGoType(viaMount.map(hostConfigMount), '[]mount.Mount') : nilSlice('[]mount.Mount'),
      MaskedPaths: [...MASKED_PATHS],
      ReadonlyPaths: [...READONLY_PATHS],
    },
    ['StorageOpt', 'Tmpfs', 'Sysctls', 'Mounts'],
    '*container.HostConfig',
  );
  const config = configStruct({
    hostname: c.hostname,
    user: c.user ?? '',
    openStdin: c.openStdin,
    tty: c.tty,
    env: c.env,
    cmd: c.cmd,
    image: container.imageRef,
    volumes: configVolumes(session, container),
    workdir: c.workdir,
    entrypoint: c.entrypoint,
    labels: new Map<string, string>(),
  });
  return struct(
    {
      ID: container.id,
      Created: rfc3339(container.created),
      Path: container.path,
      Args: [...container.args],
      State: state,
      Image: `sha256:${container.imageId}`,
      ResolvConfPath: started ? `${dir}/resolv.conf` : '',
      HostnamePath: started ? `${dir}/hostname` : '',
      HostsPath: started ? `${dir}/hosts` : '',
      LogPath: started ? `${dir}/${container.id}-json.log` : '',
      Node: nilPointer('*types.ContainerNode'),
      Name: `/${container.name}`,
      RestartCount: container.state.restartCount,
      Driver: 'overlay2',
      Platform: 'linux',
      MountLabel: '',
      ProcessLabel: '',
      AppArmorProfile: '',
      ExecIDs: nilSlice(),
      HostConfig: hostConfig,
      GraphDriver: struct(
        {
          Data: new Map([
            ['LowerDir', lowerDirs.join(':')],
            ['MergedDir', `${DATA_ROOT}/overlay2/${layer}/merged`],
            ['UpperDir', `${DATA_ROOT}/overlay2/${layer}/diff`],
            ['WorkDir', `${DATA_ROOT}/overlay2/${layer}/work`],
          ]),
          Name: 'overlay2',
        },
        [],
        'types.GraphDriverData',
      ),
      SizeRw: options.size ? new GoNumber(sizes.rw, 'int64') : nilPointer('*int64'),
      SizeRootFs: options.size ? new GoNumber(sizes.rootFs, 'int64') : nilPointer('*int64'),
      Mounts: withGoType(mountPoints(container), '[]types.MountPoint'),
      Config: config,
      NetworkSettings: networkSettings(container),
    },
    ['Node', 'SizeRw', 'SizeRootFs'],
    'types.ContainerJSON',
  );
}

// ---- images -----------------------------------------------------------------------------

/** The id of the image an image was built on (its previous build step, or the image it was committed from), or ''. */
export function imageParentId(session: Session, image: Image): string {
  if (image.parent !== null) return image.parent;
  const rows = imageHistory(session, image);
  return rows.length > 1 ? rows[rows.length - 2].id : '';
}

/** `types.ImageInspect`: what `docker inspect IMAGE` shows, as a Go value. */
export function imageInspect(session: Session, image: Image): object {
  const parent = imageParentId(session, image);
  const committed = image.parent !== null;
  const base = committed ? session.world.images.find((i) => i.id === image.parent) : undefined;
  const cfg = image.config;
  const layerDir = (id: string) => `${DATA_ROOT}/overlay2/${id}`;
  const top = image.layers[image.layers.length - 1];
  const lower = image.layers.slice(0, -1).reverse().map((id) => `${layerDir(id)}/diff`);
  const data = new Map<string, string>();
  if (lower.length > 0) data.set('LowerDir', lower.join(':'));
  data.set('MergedDir', `${layerDir(top)}/merged`);
  data.set('UpperDir', `${layerDir(top)}/diff`);
  data.set('WorkDir', `${layerDir(top)}/work`);
  const config = configStruct({
    hostname: '',
    user: '',
    openStdin: false,
    tty: false,
    env: cfg.env,
    cmd: cfg.cmd,
    // A committed image keeps the image name its container was made from.
    image: committed ? (base?.repoTags[0]?.replace(/:latest$/, '') ?? `sha256:${parent}`) : parent === '' ? '' : `sha256:${parent}`,
    volumes: cfg.volumes.length > 0 ? new Map(cfg.volumes.map((v) => [v, struct({}, [], 'struct {}')])) : nilMap('map[string]struct {}'),
    workdir: cfg.workdir,
    entrypoint: cfg.entrypoint,
    labels: committed ? new Map<string, string>() : nilMap(),
  });
  return struct(
    {
      ID: `sha256:${image.id}`,
      RepoTags: [...image.repoTags],
      RepoDigests: [] as string[],
      Parent: parent === '' ? '' : `sha256:${parent}`,
      Comment: image.comment,
      Created: rfc3339(image.created),
      Container: '',
      ContainerConfig: nilPointer('*container.Config'),
      DockerVersion: DOCKER_VERSION,
      Author: '',
      Config: config,
      Architecture: 'amd64',
      Variant: '',
      Os: 'linux',
      OsVersion: '',
      Size: new GoNumber(imageSize(session, image), 'int64'),
      VirtualSize: new GoNumber(0, 'int64'),
      GraphDriver: struct({ Data: data, Name: 'overlay2' }, [], 'types.GraphDriverData'),
      RootFS: struct({ Type: 'layers', Layers: image.layers.map((id) => `sha256:${derivedHex(`diff:${id}`)}`) }, [], 'types.RootFS'),
      Metadata: struct({ LastTagTime: image.repoTags.length > 0 ? rfc3339(image.created) : ZERO_TIME }, [], 'image.Metadata'),
    },
    ['Container', 'ContainerConfig', 'Variant', 'OsVersion', 'VirtualSize'],
    'types.ImageInspect',
  );
}

// ---- volumes ----------------------------------------------------------------------------

/** A volume's labels: Docker marks anonymous volumes with {@link ANONYMOUS_VOLUME_LABEL}. */
export function volumeLabels(volume: Volume): Map<string, string> | null {
  if (Object.keys(volume.labels).length > 0) return new Map(Object.entries(volume.labels));
  return volume.anonymous ? new Map([[ANONYMOUS_VOLUME_LABEL, '']]) : null;
}

/** `volume.Volume`: what `docker volume inspect` shows, as a Go value. */
export function volumeInspect(volume: Volume): object {
  const labels = volumeLabels(volume);
  return struct(
    {
      ClusterVolume: nilPointer('*volume.ClusterVolume'),
      CreatedAt: rfc3339(volume.created),
      Driver: 'local',
      Labels: labels ?? nilMap(),
      Mountpoint: volumeMountpoint(volume.name),
      Name: volume.name,
      Options: nilMap(),
      Scope: 'local',
      Status: nilMap('map[string]interface {}'),
      UsageData: nilPointer('*volume.UsageData'),
    },
    ['ClusterVolume', 'Status', 'UsageData'],
    'volume.Volume',
  );
}

// ---- JSON -------------------------------------------------------------------------------

/** The compact JSON of an inspect object, as the daemon's API sends it (no HTML escaping). */
export function inspectJson(value: object): string {
  return encodeGoJSON(value, { escapeHTML: false });
}

/**
 * JSON decoded the way the docker CLI decodes inspect data for its template
 * fallback (`map[string]interface{}` with `UseNumber`): objects become Go maps,
 * arrays `[]interface {}`, numbers `json.Number`.
 */
export function rawGoValue(json: string): unknown {
  const convert = (value: unknown): unknown => {
    if (value === null) return null;
    if (Array.isArray(value)) return withGoType(value.map(convert), '[]interface {}');
    if (typeof value === 'number') return new GoNumber(value, 'json.Number');
    if (typeof value === 'object') return withGoType(new Map(Object.entries(value as object).map(([k, v]) => [k, convert(v)])), 'map[string]interface {}');
    return value;
  };
  return convert(JSON.parse(json));
}
