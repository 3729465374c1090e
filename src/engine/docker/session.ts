/**
 * One command's view of the world. A command runs many small steps (a shell
 * script writing files, the daemon creating volumes); each replaces part of
 * the world held here. When the command ends, the caller takes `world` and
 * `events`: the whole command stays a pure function of (world, line).
 *
 * The containers and volumes lists are copied once, on a command's first
 * change to them, and then changed in place: the world the command started
 * from is never touched, and a command's cost does not grow with the number
 * of containers it leaves alone.
 */
import type { EngineEvent } from '../events.ts';
import { makeId } from './ids.ts';
import type { Container, Image, Volume, World } from './world.ts';

/** Finds items of a list by key, remembering where it found them. */
class Finder<T> {
  private hints = new Map<string, number>();
  constructor(private readonly keyOf: (item: T) => string) {}
  indexIn(list: readonly T[], key: string): number {
    const hint = this.hints.get(key);
    if (hint !== undefined && hint < list.length && this.keyOf(list[hint]) === key) return hint;
    const at = list.findIndex((item) => this.keyOf(item) === key);
    if (at >= 0) this.hints.set(key, at);
    return at;
  }
}

export class Session {
  readonly events: EngineEvent[] = [];
  private base: World;
  /** This command's own copies of the lists, made on first change. */
  private containersDraft: Container[] | null = null;
  private volumesDraft: Volume[] | null = null;
  private readonly containerFinder = new Finder<Container>((c) => c.id);
  private readonly volumeFinder = new Finder<Volume>((v) => v.name);

  constructor(world: World) {
    this.base = world;
  }

  /** The world as it stands now. */
  get world(): World {
    if (this.containersDraft === null && this.volumesDraft === null) return this.base;
    return { ...this.base, containers: this.containersDraft ?? this.base.containers, volumes: this.volumesDraft ?? this.base.volumes };
  }

  /** Replaces the world's other parts (host, images, layers, terminal...). */
  set world(world: World) {
    this.base = world;
    if (world.containers !== this.containersDraft) this.containersDraft = null;
    if (world.volumes !== this.volumesDraft) this.volumesDraft = null;
  }

  private get containerList(): Container[] {
    return this.containersDraft ?? this.base.containers;
  }

  private get volumeList(): Volume[] {
    return this.volumesDraft ?? this.base.volumes;
  }

  private containersForWrite(): Container[] {
    this.containersDraft ??= [...this.base.containers];
    return this.containersDraft;
  }

  private volumesForWrite(): Volume[] {
    this.volumesDraft ??= [...this.base.volumes];
    return this.volumesDraft;
  }

  emit(event: EngineEvent): void {
    this.events.push(event);
  }

  /** A fresh 64-hex id. */
  newId(): string {
    const { id, next } = makeId(this.base.nextId);
    this.base = { ...this.base, nextId: next };
    return id;
  }

  /** Advances virtual time. */
  tick(seconds: number): void {
    this.base = { ...this.base, clock: this.base.clock + seconds };
  }

  get clock(): number {
    return this.base.clock;
  }

  // ---- containers -------------------------------------------------------------

  /** The container with this full id, or undefined when there is none. */
  findContainer(id: string): Container | undefined {
    const list = this.containerList;
    const at = this.containerFinder.indexIn(list, id);
    return at >= 0 ? list[at] : undefined;
  }

  container(id: string): Container {
    const container = this.findContainer(id);
    if (container === undefined) throw new Error(`no container ${id}`);
    return container;
  }

  /** Replaces a container's record with `update(old)`. */
  updateContainer(id: string, update: (container: Container) => Container): Container {
    const next = update(this.container(id));
    const list = this.containersForWrite();
    list[this.containerFinder.indexIn(list, id)] = next;
    return next;
  }

  addContainer(container: Container): void {
    this.containersForWrite().push(container);
  }

  deleteContainer(id: string): void {
    const list = this.containersForWrite();
    const at = this.containerFinder.indexIn(list, id);
    if (at >= 0) list.splice(at, 1);
  }

  /** Containers, oldest first. */
  containers(): readonly Container[] {
    return this.containerList;
  }

  // ---- volumes ----------------------------------------------------------------

  volume(name: string): Volume | undefined {
    const list = this.volumeList;
    const at = this.volumeFinder.indexIn(list, name);
    return at >= 0 ? list[at] : undefined;
  }

  /** Adds a volume, or replaces the one with the same name. */
  putVolume(volume: Volume): void {
    const list = this.volumesForWrite();
    const at = this.volumeFinder.indexIn(list, volume.name);
    if (at >= 0) list[at] = volume;
    else list.push(volume);
  }

  deleteVolume(name: string): void {
    const list = this.volumesForWrite();
    const at = this.volumeFinder.indexIn(list, name);
    if (at >= 0) list.splice(at, 1);
  }

  /** Volumes, oldest first. */
  volumes(): readonly Volume[] {
    return this.volumeList;
  }

  // ---- images -----------------------------------------------------------------

  putImage(image: Image): void {
    const images = this.base.images.filter((i) => i.id !== image.id);
    const at = this.base.images.findIndex((i) => i.id === image.id);
    if (at >= 0) images.splice(at, 0, image);
    else images.push(image);
    this.base = { ...this.base, images };
  }

  deleteImage(id: string): void {
    this.base = { ...this.base, images: this.base.images.filter((i) => i.id !== id) };
  }
}
