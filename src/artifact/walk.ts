// The tree as Flux packs it: a pre-order walk with the entries of each directory sorted by the bytes
// of their names (Go's `filepath.WalkDir` order), the root as `.`, names relative and `/`-separated.
// This is also where the safety rules live: symlinks are never followed unless asked to, and then
// never out of the workspace; only regular files and directories are packaged.
import { isUtf8 } from 'node:buffer';
import type { Dirent, Stats } from 'node:fs';
import { lstat, readFile, readdir, readlink, realpath, stat } from 'node:fs/promises';
import { basename, join, relative, sep } from 'node:path';
import { UserError, ErrorCode } from '../errors.js';
import {
  displayPath,
  errorCode,
  unreadableError,
  unsupportedFileError,
} from './artifact-errors.js';
import { IgnoreRules, SOURCE_IGNORE_FILE } from './ignore-rules.js';

/**
 * One entry of the tar, in order. Modes and sizes are not here: they are read from the open file
 * (or directory) when it is packaged, so they describe exactly the bytes that go in.
 */
export interface TreeEntry {
  /** The name in the tar: `.`, `deploy`, `deploy/app.yaml`. */
  name: string;
  kind: 'directory' | 'file';
  /**
   * Where the content (or a directory's mode) is read from: the target when a symlink was
   * followed. Absent only for the `.` made up around a single file, which has mode 0755.
   */
  path?: string;
}

export interface WalkOptions {
  /** Absolute: a directory, or a single file packaged on its own. */
  path: string;
  /** Absolute: followed symlinks must resolve inside it. */
  workspace: string;
  ignorePaths: readonly string[];
  resolveSymlinks: boolean;
  /** Called with the tree name of each symlink left out because `resolveSymlinks` is off. */
  onSkippedSymlink: (name: string) => void;
}

type Kind = 'directory' | 'file' | 'symlink' | 'other';

interface Directory {
  name: string;
  realPath: string;
  /** Real paths of this directory and its ancestors: a followed link to one of them is a cycle. */
  ancestors: ReadonlySet<string>;
  rules: IgnoreRules;
}

/** The target of a followed symlink. */
interface LinkTarget {
  realPath: string;
  stats: Stats;
}

/**
 * Where a real path must not be packaged from, or undefined when it may: following a link out of
 * the checkout, or into its `.git` (where actions/checkout keeps the job's token), could publish
 * the runner's secrets. `workspace` is only for the message.
 */
export function forbiddenPlace(
  realPath: string,
  realWorkspace: string,
  workspace: string,
): string | undefined {
  const inside = relative(realWorkspace, realPath);
  if (inside === '..' || inside.startsWith(`..${sep}`)) return `outside the workspace ${workspace}`;
  return inside.split(sep).includes('.git') ? "in git's files" : undefined;
}

/** Walks `options.path`, yielding the entries to package in the order they go into the tar. */
export async function* walkTree(options: WalkOptions): AsyncGenerator<TreeEntry> {
  let realWorkspace: string;
  try {
    realWorkspace = await realpath(options.workspace);
  } catch (error) {
    throw new UserError(
      ErrorCode.ARTIFACT_WORKSPACE_NOT_FOUND,
      `The workspace ${options.workspace} cannot be read (${errorCode(error) ?? String(error)}).`,
      { cause: error },
    );
  }
  yield* new TreeWalker(options, realWorkspace).walk();
}

function childName(parent: string, name: string): string {
  return parent === '.' ? name : `${parent}/${name}`;
}

function kindOf(entry: Dirent<Buffer> | Stats): Kind | undefined {
  if (entry.isFile()) return 'file';
  if (entry.isDirectory()) return 'directory';
  if (entry.isSymbolicLink()) return 'symlink';
  if (entry.isFIFO() || entry.isSocket() || entry.isBlockDevice() || entry.isCharacterDevice()) {
    return 'other';
  }
  // A file system that does not report types in its directory listings.
  return undefined;
}

class TreeWalker {
  constructor(
    private readonly options: WalkOptions,
    private readonly realWorkspace: string,
  ) {}

  private display(path: string): string {
    return displayPath(path, this.options.workspace);
  }

  async *walk(): AsyncGenerator<TreeEntry> {
    const { path } = this.options;
    let stats = await this.lstatPath(path);
    let realPath: string;
    if (stats.isSymbolicLink()) {
      const target = await this.follow(path);
      if (target === undefined) {
        throw new UserError(
          ErrorCode.ARTIFACT_PATH_IS_SYMLINK,
          `The path to package, ${this.display(path)}, is a symbolic link. Give the directory it ` +
            `points to, or set 'resolve-symlinks: true' to follow links inside the workspace.`,
          { input: 'path' },
        );
      }
      ({ stats, realPath } = target);
    } else {
      realPath = await realpath(path).catch((error: unknown) => {
        throw this.missingOrUnreadable(path, error);
      });
      // The path may name a directory through a link higher up (deploy -> /elsewhere).
      const where = this.forbiddenPlace(realPath);
      if (where) {
        throw new UserError(
          ErrorCode.ARTIFACT_PATH_OUTSIDE_WORKSPACE,
          `The path to package, ${this.display(path)}, resolves to ${realPath}, ${where}: ` +
            'package a directory of the repository itself.',
          { input: 'path' },
        );
      }
    }

    if (stats.isFile()) {
      // A single file named as the path is packaged whatever the ignore rules say: the user asked
      // for exactly that file. The root directory it sits in is not packaged, so `.` is made up.
      yield { name: '.', kind: 'directory' };
      yield { name: basename(path), kind: 'file', path: realPath };
      return;
    }
    if (!stats.isDirectory()) throw unsupportedFileError(this.display(path), stats);
    yield { name: '.', kind: 'directory', path: realPath };
    yield* this.walkDirectory({
      name: '.',
      realPath,
      ancestors: new Set([realPath]),
      rules: IgnoreRules.forRoot(this.options.ignorePaths),
    });
  }

  private async *walkDirectory(directory: Directory): AsyncGenerator<TreeEntry> {
    const entries = await this.readEntries(directory.realPath);
    const sourceIgnore = entries.find(
      ({ name, kind }) => name === SOURCE_IGNORE_FILE && kind === 'file',
    );
    const rules = sourceIgnore ? await this.withSourceIgnore(directory) : directory.rules;
    const matcher = rules.forDirectory();

    for (const { name, kind: listedKind } of entries) {
      const path = join(directory.realPath, name);
      const tarName = childName(directory.name, name);
      const kind = listedKind ?? kindOf(await this.lstatPath(path)) ?? 'other';

      let target: LinkTarget | undefined;
      if (kind === 'symlink') {
        const pointsToDirectory = (await stat(path).catch(() => undefined))?.isDirectory();
        if (matcher.ignores(tarName, pointsToDirectory ?? false)) continue;
        target = await this.follow(path);
        if (target === undefined) {
          this.options.onSkippedSymlink(tarName);
          continue;
        }
      } else if (matcher.ignores(tarName, kind === 'directory')) continue;

      this.assertFluxName(tarName, path);
      const stats = target?.stats;
      if (kind === 'file' || stats?.isFile()) {
        yield { name: tarName, kind: 'file', path: target?.realPath ?? path };
      } else if (kind === 'directory' || stats?.isDirectory()) {
        const realPath = target?.realPath ?? join(directory.realPath, name);
        if (directory.ancestors.has(realPath)) {
          throw new UserError(
            ErrorCode.ARTIFACT_SYMLINK_CYCLE,
            `The symbolic link ${this.display(path)} points to ${this.display(realPath)}, a ` +
              `directory that contains it: following it would never end. Remove the link or ` +
              `add it to 'ignore-paths'.`,
            { input: 'resolve-symlinks' },
          );
        }
        yield { name: tarName, kind: 'directory', path: realPath };
        yield* this.walkDirectory({
          name: tarName,
          realPath,
          ancestors: new Set([...directory.ancestors, realPath]),
          rules,
        });
      } else {
        const shown = this.display(target?.realPath ?? path);
        throw unsupportedFileError(shown, stats ?? (await this.lstatPath(path)));
      }
    }
  }

  /** The target of a symlink, when links are followed and this one may be; else `undefined`. */
  private async follow(link: string): Promise<LinkTarget | undefined> {
    if (!this.options.resolveSymlinks) return undefined;

    let realPath: string;
    try {
      realPath = await realpath(link);
    } catch (error) {
      const loop = errorCode(error) === 'ELOOP';
      throw new UserError(
        loop ? ErrorCode.ARTIFACT_SYMLINK_CYCLE : ErrorCode.ARTIFACT_SYMLINK_DANGLING,
        `The symbolic link ${this.display(link)} -> ${await readlink(link)} cannot be followed: ` +
          `${loop ? 'it leads back to itself through other links' : 'its target does not exist'}. ` +
          `Fix or remove the link, or add it to 'ignore-paths'.`,
        { input: 'resolve-symlinks', cause: error },
      );
    }

    const where = this.forbiddenPlace(realPath);
    if (where) {
      throw new UserError(
        ErrorCode.ARTIFACT_SYMLINK_OUTSIDE_WORKSPACE,
        `The symbolic link ${this.display(link)} -> ${await readlink(link)} resolves to ` +
          `${realPath}, ${where}; following it could publish secrets from the runner. Remove ` +
          `the link, add it to 'ignore-paths', or set 'resolve-symlinks: false' to leave every ` +
          `link out.`,
        { input: 'resolve-symlinks' },
      );
    }
    return { realPath, stats: await this.statPath(realPath) };
  }

  private forbiddenPlace(realPath: string): string | undefined {
    return forbiddenPlace(realPath, this.realWorkspace, this.options.workspace);
  }

  /** Flux's untar refuses the whole artifact for a name with `\` or `../` in it. */
  private assertFluxName(name: string, path: string): void {
    if (!name.includes('\\') && !name.includes('../')) return;
    throw new UserError(
      ErrorCode.ARTIFACT_INVALID_NAME,
      `${this.display(path)} cannot be packaged: Flux refuses an artifact with an entry name ` +
        `containing '\\' or '../' (here '${name}'). Rename it or add it to 'ignore-paths'.`,
      { input: 'path' },
    );
  }

  /** The directory's entries in byte order of their names, with the type the listing gives. */
  private async readEntries(path: string): Promise<{ name: string; kind: Kind | undefined }[]> {
    let listing: Dirent<Buffer>[];
    try {
      listing = await readdir(path, { encoding: 'buffer', withFileTypes: true });
    } catch (error) {
      throw unreadableError(this.display(path), error);
    }
    // Go compares strings as UTF-8 bytes; JavaScript's default sort compares UTF-16 code units.
    listing.sort((a, b) => Buffer.compare(a.name, b.name));
    return listing.map((entry) => {
      const name = entry.name.toString('utf8');
      if (!isUtf8(entry.name)) {
        throw new UserError(
          ErrorCode.ARTIFACT_INVALID_NAME,
          `${this.display(join(path, name))} has a name that is not valid UTF-8, which an OCI ` +
            `artifact cannot carry faithfully. Rename it or add it to 'ignore-paths'.`,
          { input: 'path' },
        );
      }
      return { name, kind: kindOf(entry) };
    });
  }

  private async withSourceIgnore(directory: Directory): Promise<IgnoreRules> {
    const path = join(directory.realPath, SOURCE_IGNORE_FILE);
    let content: string;
    try {
      content = await readFile(path, 'utf8');
    } catch (error) {
      throw unreadableError(this.display(path), error);
    }
    return directory.rules.withSourceIgnore(directory.name, content);
  }

  private async lstatPath(path: string): Promise<Stats> {
    try {
      return await lstat(path);
    } catch (error) {
      throw this.missingOrUnreadable(path, error);
    }
  }

  private async statPath(path: string): Promise<Stats> {
    try {
      return await stat(path);
    } catch (error) {
      throw this.missingOrUnreadable(path, error);
    }
  }

  private missingOrUnreadable(path: string, error: unknown): UserError {
    if (errorCode(error) !== 'ENOENT') return unreadableError(this.display(path), error);
    return new UserError(
      ErrorCode.ARTIFACT_PATH_NOT_FOUND,
      `${this.display(path)} does not exist. Check the 'path' input (relative to the workspace, ` +
        `${this.options.workspace}).`,
      { input: 'path', cause: error },
    );
  }
}
