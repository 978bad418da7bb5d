// buildArtifact: a path in the workspace becomes the three pieces a Flux artifact is made of (one
// gzipped tar layer in a temp file, a config, a manifest), ready to push through a Repository.
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Readable } from 'node:stream';
import { digestOf } from '../oci/digest.js';
import { OCI_MANIFEST } from '../oci/media-types.js';
import type { BlobSource } from '../oci/repository.js';
import { FLUX_CONFIG_MEDIA_TYPE, FLUX_CONTENT_MEDIA_TYPE } from './flux-format.js';
import { readLayerFile, writeLayer } from './layer.js';
import { assertCreated, configBytes, manifestAnnotations, manifestBytes } from './manifest.js';
import { walkTree } from './walk.js';

export interface BuildOptions {
  /** Absolute: a directory, or a single file to package on its own. */
  path: string;
  /** Absolute: followed symlinks must resolve inside it. */
  workspace: string;
  /** gitignore patterns added to Flux's defaults (and to `.sourceignore` files in the tree). */
  ignorePaths: string[];
  /** Off: symlinks are left out, with one warning listing them. On: followed inside the workspace. */
  resolveSymlinks: boolean;
  /** RFC 3339 UTC, second precision. */
  created: string;
  /** `org.opencontainers.image.source`. */
  source: string;
  /** `org.opencontainers.image.revision`. */
  revision: string;
  /** User annotations, merged last. */
  annotations: Record<string, string>;
  /** Where the layer is written; the OS temp directory by default. */
  tmpDir?: string;
  onWarning?: (message: string) => void;
}

export interface BuiltArtifact {
  /** The gzipped tar; `open()` re-reads the temp file, so an upload can start over. */
  layer: BlobSource & { mediaType: string };
  config: BlobSource & { mediaType: string; bytes: Buffer };
  manifest: { mediaType: string; bytes: Buffer; digest: string };
  /** sha256 of the uncompressed tar, also recorded as the config's `rootfs.diff_ids[0]`. */
  diffId: string;
  /** Regular files packaged. */
  fileCount: number;
  /** Tree names of the symlinks left out (resolveSymlinks off). */
  skippedSymlinks: string[];
  /** Removes the temp file. */
  dispose(): Promise<void>;
}

/** How many skipped links the warning names before it only counts the rest. */
const LISTED_SYMLINKS = 20;

function skippedSymlinksWarning(names: readonly string[]): string {
  const listed = names.slice(0, LISTED_SYMLINKS).join(', ');
  const more = names.length > LISTED_SYMLINKS ? ` and ${names.length - LISTED_SYMLINKS} more` : '';
  return (
    `Left out ${names.length} symbolic link${names.length === 1 ? '' : 's'} (Flux never packages ` +
    `links): ${listed}${more}. Set 'resolve-symlinks: true' to package the files they point to ` +
    `inside the workspace.`
  );
}

export async function buildArtifact(options: BuildOptions): Promise<BuiltArtifact> {
  assertCreated(options.created);
  const directory = await mkdtemp(join(options.tmpDir ?? tmpdir(), 'flux-artifact-'));
  const dispose = () => rm(directory, { recursive: true, force: true });
  const file = join(directory, 'layer.tar.gz');
  const skippedSymlinks: string[] = [];

  let layer;
  try {
    const entries = walkTree({
      path: options.path,
      workspace: options.workspace,
      ignorePaths: options.ignorePaths,
      resolveSymlinks: options.resolveSymlinks,
      onSkippedSymlink: (name) => skippedSymlinks.push(name),
    });
    layer = await writeLayer(entries, file, options.workspace);
    // Inside the try: a failing warning callback must not leave the layer file behind.
    if (skippedSymlinks.length > 0) options.onWarning?.(skippedSymlinksWarning(skippedSymlinks));
  } catch (error) {
    await dispose();
    throw error;
  }

  const config = configBytes(options.created, layer.diffId);
  const configDescriptor = {
    mediaType: FLUX_CONFIG_MEDIA_TYPE,
    digest: digestOf(config),
    size: config.length,
  };
  const layerDescriptor = {
    mediaType: FLUX_CONTENT_MEDIA_TYPE,
    digest: layer.digest,
    size: layer.size,
  };
  const manifest = manifestBytes(configDescriptor, layerDescriptor, manifestAnnotations(options));

  return {
    layer: {
      ...layerDescriptor,
      open: () => readLayerFile(file),
    },
    config: { ...configDescriptor, bytes: config, open: () => Readable.from([config]) },
    manifest: {
      mediaType: OCI_MANIFEST,
      bytes: manifest,
      digest: digestOf(manifest),
    },
    diffId: layer.diffId,
    fileCount: layer.fileCount,
    skippedSymlinks,
    dispose,
  };
}
