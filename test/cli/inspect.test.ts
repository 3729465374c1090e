import { describe, expect, it } from 'vitest';
import { createWorld, runLine } from '../../src/engine/engine.ts';

/** Runs lines in one fresh world; returns what the last one printed and its exit code. */
function session(...lines: string[]): { output: string; exitCode: number } {
  let world = createWorld();
  let last = { output: '', exitCode: 0 };
  for (const line of lines) {
    const result = runLine(world, line);
    world = result.world;
    last = { output: result.output, exitCode: result.exitCode };
  }
  return last;
}

/** The single object of a default `docker inspect` output. */
function inspected(...lines: string[]): Record<string, any> {
  const { output, exitCode } = session(...lines);
  expect(exitCode).toBe(0);
  const array = JSON.parse(output);
  expect(array).toHaveLength(1);
  return array[0];
}

describe('docker inspect on containers', () => {
  it('prints an indented JSON array with Docker\'s keys in Docker\'s order', () => {
    const { output } = session('docker run -d --name web nginx', 'docker inspect web');
    expect(output).toMatch(/^\[\n {4}\{\n {8}"Id": "[0-9a-f]{64}",\n {8}"Created": "2026-01-01T00:00:01Z",\n {8}"Path": "\/docker-entrypoint.sh",\n/);
    expect(output.endsWith('\n    }\n]\n')).toBe(true);
    const web = JSON.parse(output)[0];
    expect(Object.keys(web)).toEqual([
      'Id', 'Created', 'Path', 'Args', 'State', 'Image', 'ResolvConfPath', 'HostnamePath', 'HostsPath', 'LogPath', 'Name',
      'RestartCount', 'Driver', 'Platform', 'MountLabel', 'ProcessLabel', 'AppArmorProfile', 'ExecIDs', 'HostConfig',
      'GraphDriver', 'Mounts', 'Config', 'NetworkSettings',
    ]);
    expect(Object.keys(web.State)).toEqual(['Status', 'Running', 'Paused', 'Restarting', 'OOMKilled', 'Dead', 'Pid', 'ExitCode', 'Error', 'StartedAt', 'FinishedAt']);
    expect(web.State).toMatchObject({ Status: 'running', Running: true, Paused: false, ExitCode: 0, FinishedAt: '0001-01-01T00:00:00Z' });
    expect(web.Name).toBe('/web');
    expect(web.Image).toMatch(/^sha256:[0-9a-f]{64}$/);
    expect(web.Config).toMatchObject({ Image: 'nginx', Cmd: ['nginx', '-g', 'daemon off;'], Entrypoint: ['/docker-entrypoint.sh'], Volumes: null, Labels: {} });
    expect(web.HostConfig).toMatchObject({ Binds: null, NetworkMode: 'bridge', RestartPolicy: { Name: 'no', MaximumRetryCount: 0 }, VolumesFrom: null });
    expect('Tmpfs' in web.HostConfig).toBe(false);
    expect('Mounts' in web.HostConfig).toBe(false);
    expect(web.NetworkSettings.IPAddress).toBe('172.17.0.2');
    expect(Object.keys(web.NetworkSettings.Networks)).toEqual(['bridge']);
  });

  it('shows each kind of mount with its own keys (32, 35, 37, 47)', () => {
    const box = inspected(
      'mkdir host',
      'docker run -d --name box -v named:/named -v /anon -v /home/learner/host:/bind:ro --tmpfs /tmp --mount type=tmpfs,target=/scratch,tmpfs-size=1048576 busybox sleep 100000',
      'docker inspect box',
    );
    const byTarget = Object.fromEntries(box.Mounts.map((m: { Destination: string }) => [m.Destination, m]));
    expect(Object.keys(byTarget).sort()).toEqual(['/anon', '/bind', '/named', '/scratch']);
    expect(byTarget['/named']).toEqual({ Type: 'volume', Name: 'named', Source: '/var/lib/docker/volumes/named/_data', Destination: '/named', Driver: 'local', Mode: 'z', RW: true, Propagation: '' });
    expect(Object.keys(byTarget['/bind'])).toEqual(['Type', 'Source', 'Destination', 'Mode', 'RW', 'Propagation']);
    expect(byTarget['/bind']).toMatchObject({ Source: '/home/learner/host', Mode: 'ro', RW: false, Propagation: 'rprivate' });
    expect(byTarget['/anon'].Name).toMatch(/^[0-9a-f]{64}$/);
    expect(byTarget['/scratch']).toEqual({ Type: 'tmpfs', Source: '', Destination: '/scratch', Mode: '', RW: true, Propagation: '' });
    expect(box.HostConfig.Tmpfs).toEqual({ '/tmp': '' });
    expect(box.HostConfig.Mounts).toEqual([{ Type: 'tmpfs', Target: '/scratch', TmpfsOptions: { SizeBytes: 1048576 } }]);
    expect(box.Config.Volumes).toEqual({ '/anon': {} });
  });

  it('runs -f templates per object, typed first (nil slices print [], nil maps null in json)', () => {
    const lines = ['docker run -d --name web -v /home/learner:/h --tmpfs /cache nginx', 'docker create --name fresh busybox'];
    expect(session(...lines, "docker inspect -f '{{.HostConfig.Binds}} {{json .HostConfig.Tmpfs}}' web fresh").output).toBe('[/home/learner:/h] {"/cache":""}\n[] null\n');
    expect(session(...lines, "docker inspect -f '{{.State.Status}} {{.State.Running}} {{.RestartCount}}' web fresh").output).toBe('running true 0\ncreated false 0\n');
    expect(session(...lines, "docker inspect -f '{{.Config.Labels}} {{.Config.Labels.missing}} {{.Config.Entrypoint}}' fresh").output).toBe('map[] <no value> []\n');
    expect(session(...lines, "docker inspect -f '{{join .Config.Cmd \" \"}}' web").output).toBe('nginx -g daemon off;\n');
    expect(session(...lines, "docker container inspect -f '{{.SizeRw}}' web").output).toBe('<nil>\n');
    // nginx writes its error log into the writable layer at startup (test/conformance/82-fmt-ps-table.t: 30B).
    expect(session(...lines, "docker inspect -s -f '{{.SizeRw}}' web").output).toBe('30\n');
  });

  it('falls back to the raw JSON map, whose errors it reports (87-fmt-template-errors.t)', () => {
    const lines = ['docker create --name box busybox'];
    expect(session(...lines, "docker inspect -f '{{.Nope}}' box")).toEqual({
      output: '\ntemplate parsing error: template: :1:2: executing "" at <.Nope>: map has no entry for key "Nope"\n',
      exitCode: 1,
    });
    expect(session(...lines, "docker inspect -f '{{index .Config.Env 5}}' box").output).toBe(
      '\ntemplate parsing error: template: :1:2: executing "" at <index .Config.Env 5>: error calling index: index out of range: 5\n',
    );
    expect(session(...lines, "docker inspect -f '{{.Name' box")).toEqual({ output: 'template parsing error: template: :1: unclosed action\n', exitCode: 64 });
    expect(session(...lines, "docker inspect -f '{{nosuchfunc .Name}}' box")).toEqual({
      output: 'template parsing error: template: :1: function "nosuchfunc" not defined\n',
      exitCode: 64,
    });
  });

  it('knows Go field names from JSON names: {{.Id}} only works on the raw map, where null prints <no value>', () => {
    const lines = ['docker run -d --name web nginx'];
    // `{{.Id}}` fails on the typed object, so the template runs on the raw map (Docker prints `<no value>` for the null there, see below).
    expect(session(...lines, "docker inspect -f '{{.Id}}' web").output).toMatch(/^[0-9a-f]{64}\n$/);
    expect(session(...lines, "docker inspect -f '{{.ID}} {{.HostConfig.Binds}}' web").output).toMatch(/^[0-9a-f]{64} \[\]\n$/);
    expect(session(...lines, "docker inspect -f '{{.HostConfig.DNS}} {{.HostConfig.CPUShares}}' web").output).toBe('[] 0\n');
    expect(session(...lines, "docker inspect -f '{{json .HostConfig.Dns}}' web").output).toBe('[]\n');
  });

  it("prints <no value> for a null in the raw map (docker inspect -f '{{.Id}} {{.HostConfig.Binds}}')", () => {
    const lines = ['docker create --name box busybox'];
    expect(session(...lines, "docker inspect -f '{{.Id}} {{.HostConfig.Binds}}' box").output).toMatch(/^[0-9a-f]{64} <no value>\n$/);
    expect(session(...lines, "docker inspect -f '{{.Id}} {{.Config.Volumes}}' box").output).toMatch(/^[0-9a-f]{64} <no value>\n$/);
    expect(session(...lines, "docker inspect -f '{{.HostConfig.Binds}}' box").output).toBe('[]\n');
  });

  it('prints what it found, then the errors', () => {
    const lines = ['docker create --name box busybox'];
    expect(session(...lines, "docker inspect -f '{{.Name}}' box nosuch")).toEqual({ output: '/box\nError: No such object: nosuch\n', exitCode: 1 });
    expect(session(...lines, "docker inspect -f '{{.Name}}' nosuch")).toEqual({ output: '\nError: No such object: nosuch\n', exitCode: 1 });
    expect(session(...lines, 'docker inspect nosuch')).toEqual({ output: '[]\nError: No such object: nosuch\n', exitCode: 1 });
    expect(session(...lines, 'docker container inspect nosuch')).toEqual({ output: '[]\nError response from daemon: No such container: nosuch\n', exitCode: 1 });
  });
});

describe('docker inspect on images and volumes', () => {
  it('reads an image\'s configuration (59-image-inspect-config.t)', () => {
    expect(session("docker inspect -f '{{.Config.Entrypoint}}' nginx mysql busybox").output).toBe('[/docker-entrypoint.sh]\n[docker-entrypoint.sh]\n[]\n');
    expect(session("docker inspect -f '{{json .Config.Volumes}}' mysql busybox").output).toBe('{"/var/lib/mysql":{}}\nnull\n');
    expect(session("docker image inspect -f '{{.RepoTags}} {{len .RootFS.Layers}}' nginx").output).toBe('[nginx:1.27 nginx:latest] 2\n');
    expect(session("docker inspect -f '{{.Id}}' busybox").output).toMatch(/^sha256:[0-9a-f]{64}\n$/);
    expect(session('docker image inspect nosuch')).toEqual({ output: '[]\nError response from daemon: No such image: nosuch:latest\n', exitCode: 1 });
  });

  it('prints an image\'s keys in Docker\'s order', () => {
    const busybox = inspected('docker image inspect busybox');
    expect(Object.keys(busybox)).toEqual([
      'Id', 'RepoTags', 'RepoDigests', 'Parent', 'Comment', 'Created', 'DockerVersion', 'Author', 'Config', 'Architecture', 'Os', 'Size',
      'GraphDriver', 'RootFS', 'Metadata',
    ]);
    expect(busybox.Config).toMatchObject({ Cmd: ['sh'], Entrypoint: null, Labels: null, Volumes: null, WorkingDir: '/' });
  });

  it('shows volumes, anonymous ones with their label (50, 113)', () => {
    const { output } = session('docker volume create data1', 'docker volume inspect data1');
    expect(output).toBe(
      '[\n    {\n        "CreatedAt": "2026-01-01T00:00:01Z",\n        "Driver": "local",\n        "Labels": null,\n' +
        '        "Mountpoint": "/var/lib/docker/volumes/data1/_data",\n        "Name": "data1",\n        "Options": null,\n        "Scope": "local"\n    }\n]\n',
    );
    expect(session('docker run -d --name box -v /anon busybox sleep 100000', "docker volume inspect -f '{{json .Labels}}' $(docker volume ls -q)").output).toBe(
      '{"com.docker.volume.anonymous":""}\n',
    );
  });

  it('answers missing volumes and bad fields as each command does', () => {
    const lines = ['docker volume create data'];
    expect(session(...lines, 'docker volume inspect data nosuch').output).toMatch(/^\[\n[\s\S]*\n\]\nError response from daemon: get nosuch: no such volume\n$/);
    expect(session(...lines, "docker volume inspect -f '{{.Nope}}' data").output).toBe(
      '\ntemplate parsing error: template: :1:2: executing "" at <.Nope>: can\'t evaluate field Nope in type volume.Volume\n',
    );
    expect(session(...lines, "docker inspect -f '{{.Nope}}' data").output).toBe(
      '\ntemplate parsing error: template: :1:2: executing "" at <.Nope>: map has no entry for key "Nope"\n',
    );
  });

  it('honours --type (88-fmt-volume-and-inspect-types.t)', () => {
    const lines = ['docker volume create shared', 'docker run -d --name shared -v shared:/data busybox sleep 100000'];
    expect(session(...lines, "docker inspect -f '{{.Name}}' shared").output).toBe('/shared\n');
    expect(session(...lines, "docker inspect --type volume -f '{{.Name}}' shared").output).toBe('shared\n');
    expect(session(...lines, "docker inspect --type image -f '{{.Id}}' shared")).toEqual({
      output: '\nError response from daemon: No such image: shared:latest\n',
      exitCode: 1,
    });
    expect(session(...lines, 'docker inspect --type bogus shared')).toEqual({ output: '"bogus" is not a valid value for --type\n', exitCode: 1 });
    expect(session(...lines, 'docker inspect --type network shared')).toEqual({ output: '[]\nError response from daemon: network shared not found\n', exitCode: 1 });
  });
});
