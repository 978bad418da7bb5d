// `WWW-Authenticate` challenges (RFC 7235): the scheme and its parameters, e.g.
// `Bearer realm="https://ghcr.io/token",service="ghcr.io",scope="repository:o/r:pull"`.

export interface Challenge {
  /** Lower-case: `bearer`, `basic`, … */
  scheme: string;
  /** Parameter names lower-case, values unquoted. */
  params: Record<string, string>;
}

/**
 * The first challenge of the header. Parameters are `name=token` or `name="quoted \" string"`,
 * separated by commas; a second challenge (another scheme) ends the first.
 */
export function parseChallenge(header: string | null | undefined): Challenge | undefined {
  if (!header) return undefined;
  const scheme = /^\s*([A-Za-z][A-Za-z0-9!#$%&'*+.^_`|~-]*)/.exec(header);
  if (!scheme) return undefined;
  const params: Record<string, string> = {};
  const param = /\s*,?\s*([A-Za-z][A-Za-z0-9_-]*)\s*=\s*(?:"((?:[^"\\]|\\.)*)"|([^\s,"]*))/y;
  param.lastIndex = scheme[0].length;
  for (let match = param.exec(header); match; match = param.exec(header)) {
    params[match[1]!.toLowerCase()] =
      match[2] !== undefined ? match[2].replace(/\\(.)/g, '$1') : match[3]!;
  }
  return { scheme: scheme[1]!.toLowerCase(), params };
}
