// What `build` and `diff` package: --path with publish's rules (Flux's default ignores, the
// `.sourceignore` files, --ignore-paths, symlinks left out unless --resolve-symlinks).
import { stat } from 'node:fs/promises';
import { dirname, resolve, sep } from 'node:path';
import type { BuildOptions } from '../artifact/index.js';
import { listFlag, stringFlag, usageError, type Flag, type Values } from './command.js';

export const IGNORE_PATHS_FLAG: Flag = {
  name: 'ignore-paths',
  type: 'string',
  multiple: true,
  value: '<pattern>',
  description:
    "Gitignore patterns to leave out, added to Flux's defaults and .sourceignore files; repeat " +
    'it or separate patterns with commas (as Flux).',
};

export const RESOLVE_SYMLINKS_FLAG: Flag = {
  name: 'resolve-symlinks',
  type: 'boolean',
  description:
    'Package symlinks that resolve inside the working directory as the files they point to ' +
    '(default: left out, as publish does).',
};

/** Provenance does not change the layer: fixed values keep it out of what is built. */
const NO_PROVENANCE = {
  created: '1970-01-01T00:00:00Z',
  source: '',
  revision: '',
  annotations: {},
};

export async function buildSource(
  values: Values,
): Promise<Omit<BuildOptions, 'onWarning' | 'tmpDir'>> {
  const pathFlag = stringFlag(values, 'path');
  if (!pathFlag) throw usageError('--path <dir|file> is required: the manifests to package');
  const path = resolve(pathFlag);
  const found = await stat(path).catch(() => undefined);
  if (!found || (!found.isDirectory() && !found.isFile())) {
    throw usageError(`--path ${pathFlag} is not a directory or file`);
  }
  // Followed symlinks must stay inside the working directory, as publish keeps them in the workspace.
  const cwd = process.cwd();
  const inside = path === cwd || path.startsWith(`${cwd}${sep}`);
  const workspace = inside ? cwd : found.isDirectory() ? path : dirname(path);
  return {
    path,
    workspace,
    ignorePaths: listFlag(values, 'ignore-paths', { commas: true }),
    resolveSymlinks: values['resolve-symlinks'] === true,
    ...NO_PROVENANCE,
  };
}
