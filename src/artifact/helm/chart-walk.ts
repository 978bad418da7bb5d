// The files of a chart directory as `helm package` finds them (helm/helm `internal/sympath/walk.go`
// and `pkg/chart/v2/loader/directory.go`): names sorted in each directory, the chart's `.helmignore`
// applied to every path below it (subcharts' own `.helmignore` files are not read), symbolic links
// followed (a link is named by its own path, matched as what it points to), and every file that is
// not ignored checked: a regular file of at most Helm's 5 MiB. Nothing is read here but names and
// sizes. Unlike Helm, links are only followed inside the workspace, and a loop is an error.
import { isUtf8 } from 'node:buffer';
import type { Stats } from 'node:fs';
import { lstat, readdir, readlink, realpath, stat } from 'node:fs/promises';
import { join } from 'node:path';
import { UserError, ErrorCode } from '../../errors.js';
import { displayPath, errorCode, irregularKind, unreadableError } from '../artifact-errors.js';
import { forbiddenPlace } from '../walk.js';
import type { HelmIgnore } from './helmignore.js';

/** Helm refuses to load a larger file (helm/helm `pkg/chart/loader/archive` MaxDecompressedFileSize). */
export const MAX_CHART_FILE_BYTES = 5 * 1024 * 1024;

/** How a user leaves a file out of a chart. */
export const LEAVE_OUT_OF_CHART = `add it to the chart's .helmignore`;

/** A file of the chart, by its path from the chart root. */
export interface ChartFile {
  /** `/`-separated, from the chart root: `templates/deployment.yaml`. */
  name: string;
  /** Where the bytes are read from: the real path (a link's target), or `content` in memory. */
  path?: string;
  content?: Buffer;
  size: number;
}

export interface ChartWalkOptions {
  /** Absolute path of the chart directory. */
  root: string;
  /** Absolute: links must resolve inside it. */
  workspace: string;
  rules: HelmIgnore;
  /** The input naming the chart directory, for errors. */
  input: string;
}

export async function walkChart(options: ChartWalkOptions): Promise<ChartFile[]> {
  const walker = new ChartWalker(options, await realpath(options.workspace));
  let rootReal: string;
  try {
    rootReal = await realpath(options.root);
  } catch (error) {
    throw walker.missingOrUnreadable(options.root, error);
  }
  const where = forbiddenPlace(rootReal, walker.realWorkspace, options.workspace);
  if (where) {
    throw new UserError(
      ErrorCode.CHART_OUTSIDE_WORKSPACE,
      `The chart directory ${walker.display(options.root)} resolves to ${rootReal}, ${where}: ` +
        `give a chart directory of the repository itself.`,
      { input: options.input },
    );
  }
  if (!(await walker.stat(rootReal)).isDirectory()) {
    throw new UserError(
      ErrorCode.CHART_NOT_A_DIRECTORY,
      `${walker.display(options.root)} is not a directory: '${options.input}' names the chart ` +
        `directory (the one holding Chart.yaml).`,
      { input: options.input },
    );
  }
  const files: ChartFile[] = [];
  await walker.walk(rootReal, '', new Set([rootReal]), files);
  return files;
}

class ChartWalker {
  constructor(
    private readonly options: ChartWalkOptions,
    readonly realWorkspace: string,
  ) {}

  display(path: string): string {
    return displayPath(path, this.options.workspace);
  }

  async walk(directory: string, name: string, ancestors: Set<string>, files: ChartFile[]) {
    for (const entry of await this.names(directory)) {
      const path = join(directory, entry);
      const childName = name === '' ? entry : `${name}/${entry}`;
      const linkStats = await this.lstat(path);
      const realPath = linkStats.isSymbolicLink() ? await this.follow(path) : path;
      const stats = linkStats.isSymbolicLink() ? await this.stat(realPath) : linkStats;
      if (stats.isDirectory()) {
        if (this.options.rules.ignores(childName, true)) continue;
        if (ancestors.has(realPath)) throw this.cycle(path, realPath);
        await this.walk(realPath, childName, new Set([...ancestors, realPath]), files);
        continue;
      }
      if (this.options.rules.ignores(childName, false)) continue;
      if (!stats.isFile()) throw this.irregular(path, stats);
      if (stats.size > MAX_CHART_FILE_BYTES) throw this.tooLarge(path, stats.size);
      files.push({ name: childName, path: realPath, size: stats.size });
    }
  }

  /** The directory's entries in byte order of their names, as Go's `sort.Strings` leaves them. */
  private async names(directory: string): Promise<string[]> {
    let names: Buffer[];
    try {
      names = await readdir(directory, { encoding: 'buffer' });
    } catch (error) {
      throw unreadableError(this.display(directory), error, LEAVE_OUT_OF_CHART);
    }
    names.sort((a, b) => Buffer.compare(a, b));
    return names.map((name) => {
      const text = name.toString('utf8');
      if (isUtf8(name) && !text.includes('\\')) return text;
      if (isUtf8(name)) {
        throw new UserError(
          ErrorCode.CHART_INVALID_NAME,
          `${this.display(join(directory, text))} has a '\\' in its name, which Helm reads as a ` +
            `directory separator when it loads a chart archive. Rename it or ${LEAVE_OUT_OF_CHART}.`,
          { input: this.options.input },
        );
      }
      throw new UserError(
        ErrorCode.CHART_INVALID_NAME,
        `${this.display(join(directory, name.toString('utf8')))} has a name that is not valid ` +
          `UTF-8, which a chart archive cannot carry faithfully. Rename it or ` +
          `${LEAVE_OUT_OF_CHART}.`,
        { input: this.options.input },
      );
    });
  }

  private async follow(link: string): Promise<string> {
    let target: string;
    try {
      target = await realpath(link);
    } catch (error) {
      const loop = errorCode(error) === 'ELOOP';
      throw new UserError(
        loop ? ErrorCode.CHART_SYMLINK_CYCLE : ErrorCode.CHART_SYMLINK_DANGLING,
        `The symbolic link ${this.display(link)} -> ${await readlink(link)} cannot be followed: ` +
          `${loop ? 'it leads back to itself' : 'its target does not exist'}, and Helm follows ` +
          `every link in a chart. Fix or remove the link, or ${LEAVE_OUT_OF_CHART}.`,
        { input: this.options.input, cause: error },
      );
    }
    const where = forbiddenPlace(target, this.realWorkspace, this.options.workspace);
    if (where) {
      throw new UserError(
        ErrorCode.CHART_SYMLINK_OUTSIDE_WORKSPACE,
        `The symbolic link ${this.display(link)} -> ${await readlink(link)} resolves to ` +
          `${target}, ${where}; following it could publish secrets from the runner. Remove the ` +
          `link or ${LEAVE_OUT_OF_CHART}.`,
        { input: this.options.input },
      );
    }
    return target;
  }

  private cycle(link: string, target: string): UserError {
    return new UserError(
      ErrorCode.CHART_SYMLINK_CYCLE,
      `The symbolic link ${this.display(link)} points to ${this.display(target)}, a directory ` +
        `that contains it: following it would never end. Remove the link or ` +
        `${LEAVE_OUT_OF_CHART}.`,
      { input: this.options.input },
    );
  }

  private irregular(path: string, stats: Stats): UserError {
    return new UserError(
      ErrorCode.CHART_UNSUPPORTED_FILE,
      `${this.display(path)} is ${irregularKind(stats)}; a chart holds only regular files and ` +
        `directories ('helm package' refuses it too). Remove it or ${LEAVE_OUT_OF_CHART}.`,
      { input: this.options.input },
    );
  }

  private tooLarge(path: string, size: number): UserError {
    return new UserError(
      ErrorCode.CHART_FILE_TOO_LARGE,
      `${this.display(path)} is ${size} bytes, more than the ${MAX_CHART_FILE_BYTES} bytes ` +
        `(5 MiB) Helm loads from one chart file. Make it smaller or ${LEAVE_OUT_OF_CHART}.`,
      { input: this.options.input },
    );
  }

  private async lstat(path: string): Promise<Stats> {
    try {
      return await lstat(path);
    } catch (error) {
      throw this.missingOrUnreadable(path, error);
    }
  }

  async stat(path: string): Promise<Stats> {
    try {
      return await stat(path);
    } catch (error) {
      throw this.missingOrUnreadable(path, error);
    }
  }

  missingOrUnreadable(path: string, error: unknown): UserError {
    if (errorCode(error) !== 'ENOENT') {
      return unreadableError(this.display(path), error, LEAVE_OUT_OF_CHART);
    }
    return new UserError(
      ErrorCode.CHART_NOT_FOUND,
      `${this.display(path)} does not exist. Check '${this.options.input}' (the chart ` +
        `directory, relative to the workspace ${this.options.workspace}).`,
      { input: this.options.input, cause: error },
    );
  }
}
