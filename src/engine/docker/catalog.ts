/**
 * The built-in teaching images, read from the catalog (the same file the real
 * engine's images are built from), and the empty world that holds them.
 */
import catalogJson from './catalog.json';
import { emptyDir, getNode, setNode, splitPath, type DirNode, type FsNode } from '../fs/tree.ts';
import { makeId } from './ids.ts';
import { HOME, type Image, type ImageConfig, type Layer, type Service, type World } from './world.ts';

/** One entry of a catalog layer. */
export type CatalogEntry =
  | { path: string; type: 'dir'; mode: string }
  | { path: string; type: 'file'; content: string; mode: string }
  | { path: string; type: 'symlink'; target: string };

export interface CatalogImage {
  name: string;
  tags: string[];
  layers: { createdBy: string; entries: CatalogEntry[] }[];
  config: ImageConfig;
  service: Service | null;
}

/** The catalog schema (`schema: 1`). */
export interface Catalog {
  schema: 1;
  applets: string[];
  images: CatalogImage[];
}

export const catalog = catalogJson as Catalog;

/** Marks the busybox binary's content; the applets are symlinks to it. */
export const BUSYBOX = '@busybox';
/** Marks a service image's entrypoint script. */
export const ENTRYPOINT = '@entrypoint';

function entryNode(entry: CatalogEntry): FsNode {
  if (entry.type === 'dir') return emptyDir(entry.mode);
  if (entry.type === 'symlink') return { type: 'symlink', target: entry.target };
  return { type: 'file', mode: entry.mode, content: entry.content };
}

/** A layer's tree from its entries (directories keep their children when listed after them). */
export function layerTree(entries: readonly CatalogEntry[]): DirNode {
  let tree = emptyDir();
  for (const entry of entries) {
    const parts = splitPath(entry.path);
    const node = entryNode(entry);
    const existing = getNode(tree, parts);
    // A directory listed after entries inside it keeps them.
    tree = setNode(tree, parts, node.type === 'dir' && existing?.type === 'dir' ? { ...existing, mode: node.mode } : node);
  }
  return tree;
}

/** The host's file system at the start: an empty home folder for the learner. */
function initialHost(): DirNode {
  let host = emptyDir();
  for (const dir of ['/home', HOME, '/tmp']) host = setNode(host, splitPath(dir), emptyDir(dir === '/tmp' ? '1777' : '755'));
  return host;
}

/** A world with the catalog's images and nothing else. */
export function createWorld(source: Catalog = catalog): World {
  let nextId = 1;
  const layers: Record<string, Layer> = {};
  const images: Image[] = [];
  const fresh = (): string => {
    const made = makeId(nextId);
    nextId = made.next;
    return made.id;
  };
  for (const image of source.images) {
    const layerIds = image.layers.map((layer) => {
      const id = fresh();
      layers[id] = { id, createdBy: layer.createdBy, tree: layerTree(layer.entries), created: 0 };
      return id;
    });
    images.push({
      id: fresh(),
      repoTags: image.tags.map((tag) => `${image.name}:${tag}`),
      layers: layerIds,
      config: structuredClone(image.config),
      service: image.service === null ? null : structuredClone(image.service),
      created: 0,
      comment: '',
      parent: null,
      createdBy: '',
      deleted: false,
    });
  }
  return {
    version: 1,
    clock: 0,
    nextId,
    host: initialHost(),
    terminal: { cwd: HOME },
    layers,
    images,
    containers: [],
    volumes: [],
  };
}
