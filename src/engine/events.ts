/**
 * What the engine reports happened to data, for the page to animate and
 * narrate. The engine never formats these for the screen.
 */
export type EngineEvent =
  | { type: 'container.created'; id: string; name: string; image: string }
  | { type: 'container.started'; id: string; name: string }
  | { type: 'container.exited'; id: string; name: string; exitCode: number }
  | { type: 'container.paused'; id: string; name: string }
  | { type: 'container.unpaused'; id: string; name: string }
  | { type: 'container.restarting'; id: string; name: string }
  | { type: 'container.removed'; id: string; name: string }
  | { type: 'container.renamed'; id: string; from: string; to: string }
  /** The writable layer went with its container: `files` files were lost. */
  | { type: 'writableLayer.discarded'; id: string; name: string; files: number }
  /** A tmpfs mount was emptied by a start: `files` files were lost. */
  | { type: 'tmpfs.cleared'; id: string; name: string; target: string; files: number }
  | { type: 'volume.created'; name: string; anonymous: boolean }
  | { type: 'volume.filled'; name: string; from: string; files: number }
  | { type: 'volume.removed'; name: string; anonymous: boolean; files: number }
  | { type: 'image.created'; id: string; tags: string[] }
  | { type: 'image.untagged'; id: string; tag: string }
  | { type: 'image.removed'; id: string }
  | { type: 'host.dirCreated'; path: string };
