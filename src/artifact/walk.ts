// The tree as Flux packs it: a pre-order walk with the entries of each directory sorted by the bytes
// of their names (Go's `filepath.WalkDir` order), the root as `.`, names relative and `/`-separated.
// This is also where the safety rules live: symlinks are never followed unless asked to, and then
// never out of the workspace; only regular files and directories are packaged.
import type { Stats } from 'node:fs';
import { lstat, readFile, readdir, readlink, realpath, stat } from 'node:fs/promises';
import { basename, join, relative, sep } from 'node:path';
import { UserError } from '../errors.js';
import { displayPath, errorCode, unreadableError } from './artifact-errors.js';
import { IgnoreRules, SOURCE_IGNORE_FILE } from './ignore-rules.js';

export interface TreeEntry {
  /** The name in the tar: `.`, `deploy`, `deploy/app.yaml`. */
  name: string;
  kind: 'directory' | 'file';
  /** Where the content is read from: the link's target when a symlink was followed. */
  path: string;
  /** Permission bits only. */
  mode: number;
  /** Bytes, for files; 0 for directories. */
  size: number;
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

interface Directory {
  name: string;
  path: string;
  realPath: string;
  /** Real paths of this directory and its ancestors: a followed link to one of them is a cycle. */
  ancestors: ReadonlySet<string>;
  rules: IgnoreRules;
}

/** What a path in the tree stands for: itself, or the target of a followed symlink. */
interface Resolved {
  path: string;
  realPath: string;
  stats: Stats;
}

/** Walks `options.path`, yielding the entries to package in the order they go into the tar. */
export async function* walkTree(options: WalkOptions): AsyncGenerator<TreeEntry> {
  yield* new TreeWalker(options, await realpath(options.workspace)).walk();
}

function childName(parent: string, name: string): string {
  return parent === '.' ? name : `${parent}/${name}`;
}

function permissions(stats: Stats): number {
  return stats.mode & 0o777;
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
    const stats = await this.lstatPath(path);
    const root = stats.isSymbolicLink()
      ? await this.follow(path)
      : { path, realPath: await realpath(path), stats };
    if (root === undefined) {
      throw new UserError(
        'ARTIFACT_PATH_IS_SYMLINK',
        `The path to package, ${this.display(path)}, is a symbolic link. Give the directory it ` +
          `points to, or set 'resolve-symlinks: true' to follow links inside the workspace.`,
        { input: 'path' },
      );
    }
    if (root.stats.isFile()) {
      // A single file named as the path is packaged whatever the ignore rules say: the user asked
      // for exactly that file.
      yield { name: '.', kind: 'directory', path, mode: 0o755, size: 0 };
      yield this.fileEntry(basename(path), root);
      return;
    }
    this.assertSupported(root);
    yield { name: '.', kind: 'directory', path: root.path, mode: permissions(root.stats), size: 0 };
    yield* this.walkDirectory({
      name: '.',
      path: root.path,
      realPath: root.realPath,
      ancestors: new Set([root.realPath]),
      rules: IgnoreRules.forRoot(this.options.ignorePaths),
    });
  }

  private async *walkDirectory(directory: Directory): AsyncGenerator<TreeEntry> {
    const names = await this.readNames(directory.path);
    const rules = names.includes(SOURCE_IGNORE_FILE)
      ? await this.withSourceIgnore(directory)
      : directory.rules;

    for (const name of names) {
      const path = join(directory.path, name);
      const tarName = childName(directory.name, name);
      const stats = await this.lstatPath(path);

      let entry: Resolved | undefined;
      if (stats.isSymbolicLink()) {
        const target = await stat(path).catch(() => undefined);
        if (rules.ignores(tarName, target?.isDirectory() ?? false)) continue;
        entry = await this.follow(path);
        if (entry === undefined) {
          this.options.onSkippedSymlink(tarName);
          continue;
        }
      } else {
        if (rules.ignores(tarName, stats.isDirectory())) continue;
        entry = { path, realPath: join(directory.realPath, name), stats };
      }

      this.assertFluxName(tarName, path);
      if (entry.stats.isFile()) {
        yield this.fileEntry(tarName, entry);
        continue;
      }
      this.assertSupported(entry);
      if (directory.ancestors.has(entry.realPath)) {
        throw new UserError(
          'ARTIFACT_SYMLINK_CYCLE',
          `The symbolic link ${this.display(path)} points to ${this.display(entry.realPath)}, ` +
            `a directory that contains it: following it would never end. Remove the link or add ` +
            `it to 'ignore-paths'.`,
          { input: 'resolve-symlinks' },
        );
      }
      yield {
        name: tarName,
        kind: 'directory',
        path: entry.path,
        mode: permissions(entry.stats),
        size: 0,
      };
      yield* this.walkDirectory({
        name: tarName,
        path: entry.path,
        realPath: entry.realPath,
        ancestors: new Set([...directory.ancestors, entry.realPath]),
        rules,
      });
    }
  }

  private fileEntry(name: string, file: Resolved): TreeEntry {
    return {
      name,
      kind: 'file',
      path: file.path,
      mode: permissions(file.stats),
      size: file.stats.size,
    };
  }

  /** The target of a symlink, when links are followed and this one may be; else `undefined`. */
  private async follow(link: string): Promise<Resolved | undefined> {
    if (!this.options.resolveSymlinks) return undefined;

    let realPath: string;
    try {
      realPath = await realpath(link);
    } catch (error) {
      const loop = errorCode(error) === 'ELOOP';
      throw new UserError(
        loop ? 'ARTIFACT_SYMLINK_CYCLE' : 'ARTIFACT_SYMLINK_DANGLING',
        `The symbolic link ${this.display(link)} -> ${await readlink(link)} cannot be followed: ` +
          `${loop ? 'it leads back to itself through other links' : 'its target does not exist'}. ` +
          `Fix or remove the link, or add it to 'ignore-paths'.`,
        { input: 'resolve-symlinks', cause: error },
      );
    }

    // Following a link out of the checkout, or into its `.git` (where actions/checkout keeps the
    // job's token), could publish the runner's secrets: never a warning, always an error.
    const inside = relative(this.realWorkspace, realPath);
    const escapes = inside === '..' || inside.startsWith(`..${sep}`);
    if (escapes || inside.split(sep).includes('.git')) {
      throw new UserError(
        'ARTIFACT_SYMLINK_OUTSIDE_WORKSPACE',
        `The symbolic link ${this.display(link)} -> ${await readlink(link)} resolves to ` +
          `${realPath}, ${escapes ? `outside the workspace ${this.options.workspace}` : "inside git's own files"}` +
          `; following it could publish secrets from the runner. Remove the link, add it to ` +
          `'ignore-paths', or set 'resolve-symlinks: false' to leave every link out.`,
        { input: 'resolve-symlinks' },
      );
    }
    return { path: realPath, realPath, stats: await this.statPath(realPath) };
  }

  private assertSupported({ path, stats }: Resolved): void {
    if (stats.isDirectory() || stats.isFile()) return;
    const kind = stats.isFIFO()
      ? 'a named pipe (FIFO)'
      : stats.isSocket()
        ? 'a socket'
        : stats.isCharacterDevice() || stats.isBlockDevice()
          ? 'a device'
          : 'neither a regular file nor a directory';
    throw new UserError(
      'ARTIFACT_UNSUPPORTED_FILE',
      `${this.display(path)} is ${kind}; a Flux artifact holds only regular files and ` +
        `directories (Flux refuses the whole artifact otherwise). Remove it or add it to ` +
        `'ignore-paths'.`,
      { input: 'path' },
    );
  }

  /** Flux's untar refuses the whole artifact for a name with `\` or `../` in it. */
  private assertFluxName(name: string, path: string): void {
    if (!name.includes('\\') && !name.includes('../')) return;
    throw new UserError(
      'ARTIFACT_INVALID_NAME',
      `${this.display(path)} cannot be packaged: Flux refuses an artifact with an entry name ` +
        `containing '\\' or '../' (here '${name}'). Rename it or add it to 'ignore-paths'.`,
      { input: 'path' },
    );
  }

  private async readNames(path: string): Promise<string[]> {
    let raw: Buffer[];
    try {
      raw = await readdir(path, { encoding: 'buffer' });
    } catch (error) {
      throw unreadableError(this.display(path), error);
    }
    // Go compares strings as UTF-8 bytes; JavaScript's default sort compares UTF-16 code units.
    raw.sort((a, b) => Buffer.compare(a, b));
    return raw.map((bytes) => {
      const name = bytes.toString('utf8');
      if (Buffer.from(name, 'utf8').equals(bytes)) return name;
      throw new UserError(
        'ARTIFACT_INVALID_NAME',
        `${this.display(join(path, name))} has a name that is not valid UTF-8, which an OCI ` +
          `artifact cannot carry faithfully. Rename it or add it to 'ignore-paths'.`,
        { input: 'path' },
      );
    });
  }

  private async withSourceIgnore(directory: Directory): Promise<IgnoreRules> {
    const path = join(directory.path, SOURCE_IGNORE_FILE);
    if (!(await this.lstatPath(path)).isFile()) return directory.rules;
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
      'ARTIFACT_PATH_NOT_FOUND',
      `${this.display(path)} does not exist. Check the 'path' input (relative to the workspace, ` +
        `${this.options.workspace}).`,
      { input: 'path', cause: error },
    );
  }
}
