// The cache directory is where the platform (and a CI system's cache step) looks for one:
// $XDG_CACHE_HOME when set, else the platform's own place, with the program's folder under it.
import { homedir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { cacheDirectory } from '../src/cache-directory.js';

describe('the cache directory', () => {
  it('is under $XDG_CACHE_HOME when it is set, on every platform', () => {
    for (const platform of ['linux', 'darwin', 'win32'] as const) {
      expect(cacheDirectory({ XDG_CACHE_HOME: '/var/cache/ci' }, platform)).toBe(
        join('/var/cache/ci', 'publish-oci-artifact'),
      );
    }
  });

  it('is ~/.cache on Linux, an empty $XDG_CACHE_HOME counting as unset', () => {
    expect(cacheDirectory({ XDG_CACHE_HOME: '' }, 'linux')).toBe(
      join(homedir(), '.cache', 'publish-oci-artifact'),
    );
  });

  it('is ~/Library/Caches on macOS', () => {
    expect(cacheDirectory({}, 'darwin')).toBe(
      join(homedir(), 'Library', 'Caches', 'publish-oci-artifact'),
    );
  });

  it('is %LOCALAPPDATA% on Windows, else AppData/Local in the home directory', () => {
    expect(cacheDirectory({ LOCALAPPDATA: 'C:/Users/ci/AppData/Local' }, 'win32')).toBe(
      join('C:/Users/ci/AppData/Local', 'publish-oci-artifact'),
    );
    expect(cacheDirectory({}, 'win32')).toBe(
      join(homedir(), 'AppData', 'Local', 'publish-oci-artifact'),
    );
  });
});
