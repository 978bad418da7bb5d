// Where the program keeps what it may fetch again: the user's cache directory, as the XDG base
// directory specification places it ($XDG_CACHE_HOME, else ~/.cache), and macOS and Windows their
// own. Cosign keeps its TUF metadata under ~/.sigstore; a cache directory is the place the platform
// (and a CI system's cache step) expects for files that can be deleted at any time and rebuilt.
import { homedir } from 'node:os';
import { join } from 'node:path';

export function cacheDirectory(
  env: NodeJS.ProcessEnv = process.env,
  platform: NodeJS.Platform = process.platform,
): string {
  const base =
    env.XDG_CACHE_HOME ||
    (platform === 'darwin'
      ? join(homedir(), 'Library', 'Caches')
      : platform === 'win32'
        ? (env.LOCALAPPDATA ?? join(homedir(), 'AppData', 'Local'))
        : join(homedir(), '.cache'));
  return join(base, 'publish-oci-artifact');
}
