// Extracting a Flux artifact's layer the way Flux does (fluxcd/pkg `tar/untar.go`, which
// source-controller and `flux pull artifact` run), streamed: gunzip → tar → files, one entry at a
// time. The same rules, so that the tree is the one Flux would apply:
// - names that are empty, contain `\`, start with `/` or have a `..` component are refused (Flux
//   refuses `../` anywhere; a bare `..` component is refused here too, before it could fail later);
// - symbolic links are skipped (WithSkipSymlinks); devices, FIFOs and the like are refused;
// - regular files get their header's permission bits and modification time (never later than the
//   start of the extraction); hard links become empty files, as Go's reader reports them regular;
// - directories are made traversable and writable by their owner (mode | 0700), parents of files
//   that come before their directory entry are made with 0750;
// - the sizes of all entries are added up and compared with a maximum as they come.
import { createWriteStream } from 'node:fs';
import { mkdir, utimes } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import type { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { createGunzip } from 'node:zlib';
import { extract as tarExtract, type Header } from 'tar-stream';
import { UserError, ErrorCode } from '../errors.js';
import { formatBytes } from '../log.js';

/**
 * fluxcd/pkg/tar's DefaultMaxUntarSize: 100 MiB of entry content. Flux's own pullers (the CLI,
 * source-controller's OCI client) pass no limit; a user running `pull` gets the library's guard.
 */
export const DEFAULT_MAX_EXTRACT_BYTES = 100 * 1024 * 1024;

export interface ExtractOptions {
  /** The most entry content to extract, in bytes; 0 or less for no limit. */
  maxBytes: number;
  /** What the layer is, for messages: `layer sha256:… of host/repo:tag`. */
  what: string;
}

export interface ExtractResult {
  files: number;
  directories: number;
  /** Names of the symbolic links left out. */
  skippedSymlinks: string[];
  /** The entries' content, added up. */
  bytes: number;
}

/** Flux's check (`validRelPath`), and a `..` component, which could only point out of the tree. */
function validName(name: string): boolean {
  if (name === '' || name.includes('\\') || name.startsWith('/')) return false;
  return !name.split('/').includes('..');
}

type Kind = 'file' | 'directory' | 'symlink' | 'unsupported';

/** How Go's `archive/tar` reports each type: only these three are extracted or skipped. */
function kindOf(type: Header['type']): Kind {
  switch (type) {
    case 'file':
    case 'contiguous-file':
    case 'link':
      return 'file';
    case 'directory':
      return 'directory';
    case 'symlink':
      return 'symlink';
    default:
      return 'unsupported';
  }
}

function invalid(what: string, message: string, cause?: unknown): UserError {
  return new UserError(ErrorCode.ARTIFACT_LAYER_INVALID, `Cannot extract ${what}: ${message}.`, {
    cause,
  });
}

/**
 * Extracts the gzipped tar `source` into `directory` (which exists). Rejects on the first entry
 * Flux would refuse; what was extracted up to then stays, for the caller to remove.
 */
export async function extractTarGzip(
  source: Readable,
  directory: string,
  options: ExtractOptions,
): Promise<ExtractResult> {
  const started = new Date();
  const extract = tarExtract();
  const result: ExtractResult = { files: 0, directories: 0, skippedSymlinks: [], bytes: 0 };
  const madeDirectories = new Set<string>();

  const consume = async () => {
    for await (const entry of extract) {
      const { header } = entry;
      result.bytes += header.size ?? 0;
      if (options.maxBytes > 0 && result.bytes > options.maxBytes) {
        throw new UserError(
          ErrorCode.ARTIFACT_TOO_LARGE,
          `${options.what} holds more than ${formatBytes(options.maxBytes)} (at '${header.name}'), ` +
            'the limit. Raise --max-size (0 for no limit, as Flux’s own pull) if that is expected.',
        );
      }
      if (!validName(header.name)) {
        throw invalid(options.what, `it holds the entry '${header.name}', whose name Flux refuses`);
      }
      const path = join(directory, header.name);
      const kind = kindOf(header.type);
      if (kind === 'file') {
        const parent = dirname(path);
        if (!madeDirectories.has(parent)) {
          await mkdir(parent, { recursive: true, mode: 0o750 });
          madeDirectories.add(parent);
        }
        const file = createWriteStream(path, { flags: 'w', mode: (header.mode ?? 0o644) & 0o777 });
        await pipeline(entry, file);
        if (file.bytesWritten !== (header.size ?? 0)) {
          throw invalid(options.what, `'${header.name}' ended after ${file.bytesWritten} bytes`);
        }
        const modified = header.mtime && header.mtime < started ? header.mtime : started;
        await utimes(path, modified, modified);
        result.files++;
        continue;
      }
      entry.resume();
      if (kind === 'directory') {
        await mkdir(path, { recursive: true, mode: ((header.mode ?? 0o755) & 0o777) | 0o700 });
        madeDirectories.add(path);
        result.directories++;
      } else if (kind === 'symlink') {
        result.skippedSymlinks.push(header.name);
      } else {
        throw invalid(
          options.what,
          `the entry '${header.name}' is a ${header.type}, which Flux does not extract`,
        );
      }
    }
  };

  try {
    await Promise.all([consume(), pipeline(source, createGunzip(), extract)]);
  } catch (error) {
    source.destroy();
    if (error instanceof UserError) throw error;
    const code = (error as NodeJS.ErrnoException).code;
    if (code?.startsWith('Z_') || /tar|header|end of data/i.test(String(error))) {
      throw invalid(
        options.what,
        `it is not a valid gzip-compressed tar (${String(error)})`,
        error,
      );
    }
    throw error;
  }
  return result;
}
