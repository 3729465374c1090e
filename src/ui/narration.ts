/**
 * "What survived": the sentence that says what the last command did to data,
 * and which things the diagram should show as lost or kept. Built from the
 * engine's events (what happened) and the worlds before and after (how much
 * data it concerned); the engine itself never words anything for the screen.
 */
import type { Container, Mount, World } from '../engine/docker/world.ts';
import { HOME } from '../engine/docker/world.ts';
import type { EngineEvent } from '../engine/events.ts';
import { countFiles, getNode, splitPath, walk, type DirNode, type FsNode } from '../engine/fs/tree.ts';
import type { Change } from './lab.svelte.ts';

/**
 * Keys name things in the diagram: `container:ID`, `volume:NAME`,
 * `host-path:/home/learner/x`, `tmpfs:CONTAINERID:/target`, and files as
 * `file:STORE:PATH` where STORE is a data-store value (`writable:CONTAINERID`
 * for a container's writable layer, `volume:NAME`, `bind:HOSTPATH`, `tmpfs`).
 * PATH is where the file sits inside that store: its path in the writable
 * layer or the tmpfs as the container sees it, in the volume from the
 * volume's root, and for `bind:HOSTPATH` (HOSTPATH being the bind source
 * folder) the file's full path on the host.
 */
export interface Narration {
  /** Plain sentences for the status region; empty when nothing happened to data. */
  sentence: string;
  lost: string[];
  kept: string[];
}

/** Describes a change: what the command did to data, in words and as diagram keys. */
export function narrate(change: Change | null): Narration {
  if (change === null) return { sentence: '', lost: [], kept: [] };
  const story = new Story(change.before, change.after, change.events);
  const done = new Set<string>();
  for (const event of change.events) {
    const id = containerIdOf(event);
    if (id !== null && !done.has(id)) {
      done.add(id);
      story.container(id, change.events.filter((e) => containerIdOf(e) === id));
    }
  }
  for (const event of change.events) {
    if (event.type === 'volume.removed' && !story.volumesTold.has(event.name)) story.volumeRemoved(event);
    if (event.type === 'volume.created' && !story.volumesTold.has(event.name)) story.volumeCreated(event.name);
    if (event.type === 'image.created') story.say(`Created image ${event.tags[0] ?? shortId(event.id)}: its layers are read-only and shared by every container made from it.`);
    if (event.type === 'image.removed') story.say(`Removed image ${shortId(event.id)}.`);
  }
  story.fileChanges();
  return { sentence: story.sentences.join(' '), lost: [...new Set(story.lost)], kept: [...new Set(story.kept)] };
}

function containerIdOf(event: EngineEvent): string | null {
  return event.type.startsWith('container.') || event.type === 'writableLayer.discarded' || event.type === 'tmpfs.cleared'
    ? (event as { id: string }).id
    : null;
}

/** `1 file`, `3 files`, `no files`. */
export function fileCount(n: number): string {
  return n === 0 ? 'no files' : n === 1 ? '1 file' : `${n} files`;
}

/** Anonymous volumes go by the first 12 characters of their id, as `docker volume ls` users read them. */
function volumeName(world: World, name: string, anonymous?: boolean): string {
  const isAnonymous = anonymous ?? world.volumes.find((v) => v.name === name)?.anonymous ?? false;
  return isAnonymous ? `anonymous volume ${shortId(name)}` : `volume ${name}`;
}

function shortId(id: string): string {
  return id.replace(/^sha256:/, '').slice(0, 12);
}

function hostPath(path: string): string {
  return path === HOME ? '~' : path.startsWith(`${HOME}/`) ? `~${path.slice(HOME.length)}` : path;
}

function capitalize(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

function list(items: string[]): string {
  return items.length <= 1 ? (items[0] ?? '') : `${items.slice(0, -1).join(', ')} and ${items[items.length - 1]}`;
}

/** The files, symlinks and whiteouts of a tree by path, the things the diagram shows as chips. */
function chips(tree: DirNode | undefined, prefix: string[] = []): Map<string, FsNode> {
  const out = new Map<string, FsNode>();
  if (tree === undefined) return out;
  for (const [parts, node] of walk(tree, prefix)) if (node.type !== 'dir') out.set(`/${parts.join('/')}`, node);
  return out;
}

function subtree(root: DirNode, path: string): DirNode | undefined {
  const node = getNode(root, splitPath(path));
  return node?.type === 'dir' ? node : undefined;
}

/** Accumulates sentences and diagram keys for one change. */
class Story {
  sentences: string[] = [];
  lost: string[] = [];
  kept: string[] = [];
  volumesTold = new Set<string>();
  private containersTold = new Set<string>();

  constructor(
    private before: World,
    private after: World,
    private events: EngineEvent[],
  ) {}

  /** `docker run --rm`: anonymous volumes made for the container and removed with it, in one line. */
  private shortLivedVolumes(): void {
    const created = new Set(this.events.flatMap((e) => (e.type === 'volume.created' ? [e.name] : [])));
    for (const event of this.events) {
      if (event.type !== 'volume.removed' || !created.has(event.name) || this.volumesTold.has(event.name)) continue;
      this.volumesTold.add(event.name);
      this.say(`Its ${volumeName(this.before, event.name, event.anonymous)} (${fileCount(event.files)}) is removed with it.`);
    }
  }

  say(sentence: string): void {
    this.sentences.push(sentence);
  }

  /** Everything that happened to one container, in one or two sentences. */
  container(id: string, events: EngineEvent[]): void {
    const was = this.before.containers.find((c) => c.id === id);
    const now = this.after.containers.find((c) => c.id === id);
    const has = (type: EngineEvent['type']) => events.some((e) => e.type === type);
    const name = now?.name ?? was?.name ?? (events[0] as { name?: string }).name ?? shortId(id);
    this.containersTold.add(id);
    const cleared = events.filter((e): e is Extract<EngineEvent, { type: 'tmpfs.cleared' }> => e.type === 'tmpfs.cleared');
    const clearedText = cleared.map((e) => {
      this.lost.push(`tmpfs:${id}:${e.target}`, ...this.tmpfsFileKeys(was, e.target));
      return `its tmpfs at ${e.target} (${fileCount(e.files)}) is emptied`;
    });

    if (has('container.removed')) {
      const discarded = events.find((e) => e.type === 'writableLayer.discarded');
      const files = discarded?.type === 'writableLayer.discarded' ? discarded.files : countFiles(was?.writableLayer);
      const verb = has('container.created') ? `Ran container ${name} and removed it when it exited` : `Removed container ${name}`;
      this.lost.push(`container:${id}`, ...this.writableKeys(id, was));
      this.say(`${verb}: its writable layer (${fileCount(files)}) is gone.`);
      if (was !== undefined) for (const mount of was.mounts) this.mountAfterRemoval(was, mount);
      else this.shortLivedVolumes();
      return;
    }
    if (now === undefined) return;
    const writable = `its writable layer (${fileCount(countFiles(now.writableLayer))})`;
    if (has('container.created')) {
      const started = has('container.started') ? 'and started ' : '';
      this.say(`Created ${started}container ${name} from ${now.imageRef}: its writable layer starts empty.`);
      for (const mount of now.mounts) this.mountAtCreation(mount);
      if (has('container.exited')) this.say(`It has already exited: ${writable} stays until the container is removed.`);
      return;
    }
    const renamed = events.find((e) => e.type === 'container.renamed');
    if (renamed?.type === 'container.renamed') this.say(`Renamed container ${renamed.from} to ${renamed.to}: its data is untouched.`);
    const stopped = has('container.exited');
    const started = has('container.started') || has('container.restarting');
    if (stopped || started) this.kept.push(`container:${id}`, ...this.writableKeys(id, now));
    if (stopped && started) {
      this.say(`Restarted container ${name}: ${list([`${writable} is kept`, ...clearedText])}.`);
    } else if (started) {
      this.say(`Started container ${name}: ${list([`${writable} is as it was`, ...clearedText])}.`);
    } else if (stopped) {
      // A tmpfs lives in memory: it is emptied when the process ends.
      const memory = clearedText.length > 0 ? ` ${capitalize(list(clearedText))}: it lived in memory.` : '';
      const how = now.state.stoppedByUser ? `Stopped container ${name}` : `Container ${name} exited`;
      this.say(`${how}: ${writable} is kept until the container is removed.${memory}`);
    } else if (has('container.paused')) {
      this.say(`Paused container ${name}: its processes are frozen; its data is untouched.`);
    } else if (has('container.unpaused')) {
      this.say(`Unpaused container ${name}: its processes run again; its data is untouched.`);
    }
  }

  /** What became of a removed container's mount: volumes and host folders outlive it unless removed with it. */
  private mountAfterRemoval(was: Container, mount: Mount): void {
    if (mount.type === 'tmpfs') {
      const files = countFiles(was.tmpfs[mount.target]);
      this.lost.push(`tmpfs:${was.id}:${mount.target}`, ...this.tmpfsFileKeys(was, mount.target));
      if (files > 0) this.say(`Its tmpfs at ${mount.target} (${fileCount(files)}) is gone with it.`);
      return;
    }
    if (mount.type === 'bind') {
      const tree = subtree(this.after.host, mount.source);
      this.kept.push(`host-path:${mount.source}`, ...this.bindKeys(mount.source));
      this.say(`Host folder ${hostPath(mount.source)} (${fileCount(countFiles(tree))}) is kept.`);
      return;
    }
    if (this.volumesTold.has(mount.name)) return;
    this.volumesTold.add(mount.name);
    const volume = this.after.volumes.find((v) => v.name === mount.name);
    const oldVolume = this.before.volumes.find((v) => v.name === mount.name);
    const what = volumeName(this.before, mount.name, mount.anonymous);
    if (volume === undefined) {
      this.lost.push(`volume:${mount.name}`, ...this.volumeKeys(mount.name, oldVolume?.tree));
      this.say(`${capitalize(what)} (${fileCount(countFiles(oldVolume?.tree))}) is removed with it.`);
      return;
    }
    this.kept.push(`volume:${mount.name}`, ...this.volumeKeys(mount.name, volume.tree));
    const users = this.after.containers.filter((c) => c.mounts.some((m) => m.type === 'volume' && m.name === mount.name)).map((c) => c.name);
    const usage = users.length === 0 ? 'and now unused' : `and still used by ${list(users)}`;
    this.say(`${capitalize(what)} (${fileCount(countFiles(volume.tree))}) is kept ${usage}.`);
  }

  /** Where a new container's mounts take their data from. */
  private mountAtCreation(mount: Mount): void {
    if (mount.type === 'tmpfs') {
      this.say(`A tmpfs at ${mount.target} keeps its files in memory only.`);
      return;
    }
    if (mount.type === 'bind') {
      const files = countFiles(subtree(this.after.host, mount.source));
      this.say(`Host folder ${hostPath(mount.source)} (${fileCount(files)}) is mounted at ${mount.target}.`);
      return;
    }
    this.volumesTold.add(mount.name);
    const volume = this.after.volumes.find((v) => v.name === mount.name);
    const files = countFiles(volume?.tree);
    const what = volumeName(this.after, mount.name, mount.anonymous);
    const isNew = !this.before.volumes.some((v) => v.name === mount.name);
    if (isNew) this.say(`New ${what} is mounted at ${mount.target}${files > 0 ? ` (${fileCount(files)} copied from the image)` : ' (empty)'}.`);
    else {
      this.kept.push(`volume:${mount.name}`, ...this.volumeKeys(mount.name, volume?.tree));
      this.say(`Existing ${what} (${fileCount(files)}) is mounted at ${mount.target}: its data is there.`);
    }
  }

  volumeRemoved(event: Extract<EngineEvent, { type: 'volume.removed' }>): void {
    this.volumesTold.add(event.name);
    const old = this.before.volumes.find((v) => v.name === event.name);
    this.lost.push(`volume:${event.name}`, ...this.volumeKeys(event.name, old?.tree));
    this.say(`Removed ${volumeName(this.before, event.name, event.anonymous)}: its ${fileCount(event.files)} ${event.files === 1 ? 'is' : 'are'} gone.`);
  }

  volumeCreated(name: string): void {
    this.volumesTold.add(name);
    this.say(`Created ${volumeName(this.after, name)} (empty): its data will outlive any container that mounts it.`);
  }

  /** Files written, changed or deleted in stores that still exist, by `docker exec`, `docker cp` or on the host. */
  fileChanges(): void {
    for (const now of this.after.containers) {
      const was = this.before.containers.find((c) => c.id === now.id);
      if (was === undefined || this.containersTold.has(now.id)) continue;
      if (was.writableLayer !== now.writableLayer) {
        this.diff(chips(was.writableLayer), chips(now.writableLayer), `container ${now.name}'s writable layer`, countFiles(now.writableLayer), 'it lasts only as long as the container');
      }
      for (const [target, tree] of Object.entries(now.tmpfs)) {
        if (was.tmpfs[target] === tree) continue;
        const prefix = splitPath(target);
        this.diff(chips(was.tmpfs[target], prefix), chips(tree, prefix), `container ${now.name}'s tmpfs at ${target}`, countFiles(tree), 'it is in memory and emptied when the container stops');
      }
    }
    for (const volume of this.after.volumes) {
      const was = this.before.volumes.find((v) => v.name === volume.name);
      if (was === undefined || was.tree === volume.tree || this.volumesTold.has(volume.name)) continue;
      this.diff(chips(was.tree), chips(volume.tree), volumeName(this.after, volume.name), countFiles(volume.tree), 'it outlives the containers that mount it');
    }
    if (this.before.host === this.after.host) return;
    const sources = new Map<string, string[]>();
    for (const c of this.after.containers) {
      for (const m of c.mounts) if (m.type === 'bind') sources.set(m.source, [...(sources.get(m.source) ?? []), `${c.name} at ${m.target}`]);
    }
    for (const [source, users] of sources) {
      const was = subtree(this.before.host, source);
      const now = subtree(this.after.host, source);
      if (was === now) continue;
      const prefix = splitPath(source);
      this.diff(chips(was, prefix), chips(now, prefix), `host folder ${hostPath(source)}`, countFiles(now), `container ${list(users)} sees it`, hostPath);
    }
  }

  /** One sentence for the files added, changed and deleted in one store. */
  private diff(was: Map<string, FsNode>, now: Map<string, FsNode>, where: string, total: number, why: string, show: (p: string) => string = (p) => p): void {
    const added: string[] = [];
    const changed: string[] = [];
    const deleted: string[] = [];
    for (const [path, node] of now) {
      const old = was.get(path);
      if (node.type === 'whiteout') {
        if (old?.type !== 'whiteout') deleted.push(path);
      } else if (old === undefined || old.type === 'whiteout') added.push(path);
      else if (JSON.stringify(old) !== JSON.stringify(node)) changed.push(path);
    }
    for (const path of was.keys()) if (!now.has(path)) deleted.push(path);
    const parts: string[] = [];
    const paths = (items: string[]) => list(items.length > 3 ? [...items.slice(0, 2).map(show), `${items.length - 2} more`] : items.map(show));
    if (added.length > 0) parts.push(`${paths(added)} added`);
    if (changed.length > 0) parts.push(`${paths(changed)} changed`);
    if (deleted.length > 0) parts.push(`${paths(deleted)} deleted`);
    if (parts.length === 0) return;
    this.say(`In ${where} (now ${fileCount(total)}): ${list(parts)}; ${why}.`);
  }

  private writableKeys(id: string, container: Container | undefined): string[] {
    return [...chips(container?.writableLayer).keys()].map((p) => `file:writable:${id}:${p}`);
  }

  private volumeKeys(name: string, tree: DirNode | undefined): string[] {
    return [...chips(tree).keys()].map((p) => `file:volume:${name}:${p}`);
  }

  private bindKeys(source: string): string[] {
    return [...chips(subtree(this.after.host, source), splitPath(source)).keys()].map((p) => `file:bind:${source}:${p}`);
  }

  private tmpfsFileKeys(container: Container | undefined, target: string): string[] {
    return [...chips(container?.tmpfs[target], splitPath(target)).keys()].map((p) => `file:tmpfs:${p}`);
  }
}
