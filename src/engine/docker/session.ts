/**
 * One command's view of the world. A command runs many small steps (a shell
 * script writing files, the daemon creating volumes); each replaces the world
 * value held here. When the command ends, the caller takes `world` and
 * `events`: the whole command stays a pure function of (world, line).
 */
import type { EngineEvent } from '../events.ts';
import { makeId } from './ids.ts';
import type { Container, Image, Volume, World } from './world.ts';

export class Session {
  readonly events: EngineEvent[] = [];

  constructor(public world: World) {}

  emit(event: EngineEvent): void {
    this.events.push(event);
  }

  /** A fresh 64-hex id. */
  newId(): string {
    const { id, next } = makeId(this.world.nextId);
    this.world = { ...this.world, nextId: next };
    return id;
  }

  /** Advances virtual time. */
  tick(seconds: number): void {
    this.world = { ...this.world, clock: this.world.clock + seconds };
  }

  get clock(): number {
    return this.world.clock;
  }

  // ---- containers -------------------------------------------------------------

  container(id: string): Container {
    const container = this.world.containers[id];
    if (container === undefined) throw new Error(`no container ${id}`);
    return container;
  }

  /** Replaces a container's record with `update(old)`. */
  updateContainer(id: string, update: (container: Container) => Container): Container {
    const next = update(this.container(id));
    this.world = { ...this.world, containers: { ...this.world.containers, [id]: next } };
    return next;
  }

  addContainer(container: Container): void {
    this.world = {
      ...this.world,
      containers: { ...this.world.containers, [container.id]: container },
      containerOrder: [...this.world.containerOrder, container.id],
    };
  }

  deleteContainer(id: string): void {
    const containers = { ...this.world.containers };
    delete containers[id];
    this.world = { ...this.world, containers, containerOrder: this.world.containerOrder.filter((c) => c !== id) };
  }

  /** Containers, oldest first. */
  containers(): Container[] {
    return this.world.containerOrder.map((id) => this.world.containers[id]);
  }

  // ---- volumes ----------------------------------------------------------------

  volume(name: string): Volume | undefined {
    return this.world.volumes[name];
  }

  putVolume(volume: Volume): void {
    this.world = { ...this.world, volumes: { ...this.world.volumes, [volume.name]: volume } };
  }

  deleteVolume(name: string): void {
    const volumes = { ...this.world.volumes };
    delete volumes[name];
    this.world = { ...this.world, volumes };
  }

  // ---- images -----------------------------------------------------------------

  putImage(image: Image): void {
    const images = this.world.images.filter((i) => i.id !== image.id);
    const at = this.world.images.findIndex((i) => i.id === image.id);
    if (at >= 0) images.splice(at, 0, image);
    else images.push(image);
    this.world = { ...this.world, images };
  }

  deleteImage(id: string): void {
    this.world = { ...this.world, images: this.world.images.filter((i) => i.id !== id) };
  }
}
