// Which Git tags and registry tags are semantic versions. Both may carry a leading `v`; registry
// tags spell semver build metadata with `_` instead of `+`, which OCI tags cannot hold.
import { SemVer } from 'semver';

export interface TagVersion {
  /** The version as written, minus the leading `v`: `6.1.0`, `6.2.0-rc.1`, `1.0.0+build.5`. */
  text: string;
  semver: SemVer;
}

/** The semver version a Git tag names (`v6.1.0` → `6.1.0`), or undefined when it names none. */
export function versionOfGitTag(tag: string): TagVersion | undefined {
  const text = tag.startsWith('v') ? tag.slice(1) : tag;
  // node-semver itself tolerates a second `v`, `=` and surrounding spaces; a tag that needs them is
  // not a version a person would recognise as one.
  if (!/^\d/.test(text) || text !== text.trim()) return undefined;
  try {
    return { text, semver: new SemVer(text) };
  } catch {
    return undefined;
  }
}

/** The semver version a tag already in the registry names, undoing the `+` → `_` substitution. */
export function versionOfTag(tag: string): SemVer | undefined {
  return versionOfGitTag(tag.replaceAll('_', '+'))?.semver;
}
