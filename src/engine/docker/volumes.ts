/**
 * Volumes: `docker volume create|rm|prune`, and who uses which volume. Nothing
 * but `volume rm`, `volume prune -a` and the removal of a container's own
 * anonymous volumes ever deletes a volume.
 */
import { countFiles, emptyDir } from '../fs/tree.ts';
import { DaemonError } from './daemon.ts';
import { layerBytes } from './images.ts';
import { volumeNameError } from './mountSpecs.ts';
import type { Session } from './session.ts';
import type { Volume } from './world.ts';

/** Ids of the containers (any state) that mount a volume, oldest first. */
export function volumeUsers(session: Session, name: string): string[] {
  return session
    .containers()
    .filter((c) => c.mounts.some((m) => m.type === 'volume' && m.name === name))
    .map((c) => c.id);
}

/** Volumes sorted by name, as `docker volume ls` lists them. */
export function sortedVolumes(session: Session): Volume[] {
  return [...session.volumes()].sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
}

/** `docker volume create [NAME]`: creating one that exists is fine and changes nothing. */
export function createVolume(session: Session, name: string | null, labels: { [key: string]: string } = {}): string {
  if (name !== null) {
    const error = volumeNameError(name);
    if (error !== null) throw new DaemonError(error);
    if (session.volume(name) !== undefined) return name;
  }
  // A volume made by `volume create` without a name is still not "anonymous": only containers make those.
  const volumeName = name ?? session.newId();
  session.putVolume({ name: volumeName, anonymous: false, created: session.clock, labels, tree: emptyDir() });
  session.emit({ type: 'volume.created', name: volumeName, anonymous: false });
  return volumeName;
}

/** `docker volume rm [-f] NAME`. */
export function removeVolume(session: Session, name: string, force: boolean): void {
  const volume = session.volume(name);
  if (volume === undefined) {
    if (force) return;
    throw new DaemonError(`get ${name}: no such volume`);
  }
  const users = volumeUsers(session, name);
  if (users.length > 0) throw new DaemonError(`remove ${name}: volume is in use - [${users.join(', ')}]`);
  session.deleteVolume(name);
  session.emit({ type: 'volume.removed', name, anonymous: volume.anonymous, files: countFiles(volume.tree) });
}

/** `docker volume prune [-a]`: unused anonymous volumes, and with `all` unused named ones too. */
export function pruneVolumes(session: Session, all: boolean): { names: string[]; bytes: number } {
  const names: string[] = [];
  let bytes = 0;
  for (const volume of sortedVolumes(session)) {
    if (!volume.anonymous && !all) continue;
    if (volumeUsers(session, volume.name).length > 0) continue;
    bytes += layerBytes(volume.tree);
    names.push(volume.name);
    removeVolume(session, volume.name, false);
  }
  return { names, bytes };
}

/** Where Docker keeps a volume's files on its host. */
export const volumeMountpoint = (name: string): string => `/var/lib/docker/volumes/${name}/_data`;
