/** Which containers mount a volume or a host folder, and where. */
import type { World } from '../../engine/docker/world.ts';

export interface StoreUser {
  key: string;
  container: string;
  target: string;
  readOnly: boolean;
}

export function storeUsers(world: World, store: { kind: 'volume'; name: string } | { kind: 'host-path'; path: string }): StoreUser[] {
  const out: StoreUser[] = [];
  for (const c of world.containers) {
    for (const m of c.mounts) {
      const match = store.kind === 'volume' ? m.type === 'volume' && m.name === store.name : m.type === 'bind' && m.source === store.path;
      if (match && m.type !== 'tmpfs') out.push({ key: `${c.id}:${m.target}`, container: c.name, target: m.target, readOnly: m.readOnly });
    }
  }
  return out;
}
