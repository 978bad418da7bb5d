// The OCI tag grammar (distribution-spec: `[a-zA-Z0-9_][a-zA-Z0-9._-]{0,127}`) and how values that
// did not come from the user's own keyboard (branch names, Git tags) are made to fit it.

export const MAX_TAG_LENGTH = 128;

const TAG_CHAR = /^[a-zA-Z0-9._-]$/;

/** What a user reads when a tag they wrote is refused. */
export const TAG_GRAMMAR_HINT =
  "an OCI tag is 1 to 128 letters, digits, '_', '.' or '-', and does not start with '.' or '-'";

export function isTagChar(char: string): boolean {
  return TAG_CHAR.test(char);
}

/** Characters a tag may contain anywhere but at its start. */
export function canStartTag(char: string): boolean {
  return char !== '.' && char !== '-' && isTagChar(char);
}

/**
 * Maps every character a tag cannot hold to one that it can. `+` (semver build metadata) becomes
 * `_`, as Helm does for chart versions in OCI registries, so a version survives the round trip
 * (see `versionOfTag`); everything else (`/` in branch names above all) becomes `-`. Length and
 * the first character are the caller's concern: they depend on where the value lands in a tag.
 */
export function sanitizeTagChars(value: string): string {
  let out = '';
  for (const char of value) out += isTagChar(char) ? char : char === '+' ? '_' : '-';
  return out;
}
