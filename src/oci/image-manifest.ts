// Reading an image manifest someone else may have written: its layers, config, annotations and
// subject, checked to be what they claim before anything is fetched through them.
import { UserError, ErrorCode } from '../errors.js';
import { isDigest } from './digest.js';
import { MANIFEST_MEDIA_TYPES, OCI_INDEX, DOCKER_MANIFEST_LIST } from './media-types.js';
import type { Descriptor, StoredManifest } from './repository.js';

export interface ImageManifest {
  mediaType: string;
  artifactType?: string;
  config: Descriptor;
  layers: Descriptor[];
  annotations: Record<string, string>;
  subject?: Descriptor;
}

function descriptor(value: unknown): Descriptor | undefined {
  const d = value as Partial<Descriptor> | null | undefined;
  if (
    typeof d?.mediaType !== 'string' ||
    typeof d.digest !== 'string' ||
    !isDigest(d.digest) ||
    typeof d.size !== 'number' ||
    !Number.isSafeInteger(d.size) ||
    d.size < 0
  ) {
    return undefined;
  }
  return d as Descriptor;
}

function stringRecord(value: unknown): Record<string, string> {
  if (!value || typeof value !== 'object') return {};
  return Object.fromEntries(
    Object.entries(value as Record<string, unknown>).filter(
      (entry): entry is [string, string] => typeof entry[1] === 'string',
    ),
  );
}

/** The manifest, or `undefined` when the bytes are not an image manifest (an index, not JSON). */
export function readImageManifest(stored: StoredManifest): ImageManifest | undefined {
  if (stored.mediaType === OCI_INDEX || stored.mediaType === DOCKER_MANIFEST_LIST) return undefined;
  let parsed: Record<string, unknown>;
  try {
    parsed = JSON.parse(stored.bytes.toString('utf8')) as Record<string, unknown>;
  } catch {
    return undefined;
  }
  const config = descriptor(parsed.config);
  const layers = Array.isArray(parsed.layers) ? parsed.layers.map(descriptor) : undefined;
  if (!config || !layers || layers.some((l) => l === undefined)) return undefined;
  const subject = descriptor(parsed.subject);
  return {
    mediaType: stored.mediaType,
    ...(typeof parsed.artifactType === 'string' ? { artifactType: parsed.artifactType } : {}),
    config,
    layers: layers as Descriptor[],
    annotations: stringRecord(parsed.annotations),
    ...(subject ? { subject } : {}),
  };
}

/** Like readImageManifest, but a manifest that is not one is an error naming `what`. */
export function requireImageManifest(stored: StoredManifest, what: string): ImageManifest {
  const manifest = readImageManifest(stored);
  if (manifest) return manifest;
  const kind = MANIFEST_MEDIA_TYPES.includes(stored.mediaType)
    ? stored.mediaType
    : 'not a manifest';
  throw new UserError(
    ErrorCode.ARTIFACT_INVALID,
    `${what} is not an image manifest with layers (${kind}): it is not a Flux artifact.`,
  );
}
