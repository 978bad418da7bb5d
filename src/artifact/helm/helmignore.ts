// `.helmignore` with Helm's own rules (helm/helm `pkg/ignore/doc.go` and `rules.go`), which are not
// gitignore's:
// - one pattern a line, trimmed; blank lines and lines starting with `#` are skipped;
// - a pattern with `**` anywhere is an error;
// - `!` negates, a trailing `/` matches directories only, a leading `/` anchors at the chart root;
// - a pattern with no `/` (once those are removed) is matched against the base name only, any other
//   against the whole path from the chart root, with Go's `filepath.Match`;
// - the rules are tried in order and the first that decides wins. A plain pattern decides "ignore"
//   when it matches. A negated pattern is Helm's own: it decides "ignore" for every path it does NOT
//   match (and for every file, when it is directory-only), and lets a path it matches go on to the
//   next rules. So `!*.yaml` alone keeps only YAML files at the root and drops every directory.
// - after the file's rules comes Helm's default, `templates/.?*`: dotfiles directly in templates/.
// An ignored directory is left out with everything below it. The chart root is never ignored.
import { compileGoGlob, GlobSyntaxError } from './go-glob.js';

export const HELM_IGNORE_FILE = '.helmignore';

/** Helm adds it after every `.helmignore` (pkg/ignore `AddDefaults`). */
const DEFAULT_PATTERN = 'templates/.?*';

const UTF8_BOM = '\uFEFF';

/** A line of `.helmignore` that Helm refuses, and why. */
export class HelmIgnoreSyntaxError extends Error {
  constructor(
    readonly line: number,
    readonly pattern: string,
    readonly reason: string,
  ) {
    super(`line ${line}, '${pattern}': ${reason}`);
    this.name = 'HelmIgnoreSyntaxError';
  }
}

interface Rule {
  negated: boolean;
  directoryOnly: boolean;
  /** Against the base name only, or against the path from the chart root. */
  basenameOnly: boolean;
  glob: RegExp;
}

/** Go's `strings.TrimSpace`: Unicode white space at both ends. */
function trimSpace(line: string): string {
  return line.replace(/^[\s\u0085]+|[\s\u0085]+$/gu, '');
}

function parseRule(pattern: string): Rule {
  if (pattern.includes('**')) {
    throw new GlobSyntaxError("'**' is not supported by Helm (unlike .gitignore)");
  }
  // Helm checks the whole line as a glob first, `!` and `/` included.
  compileGoGlob(pattern);
  let rest = pattern;
  const negated = rest.startsWith('!');
  if (negated) rest = rest.slice(1);
  const directoryOnly = rest.endsWith('/');
  if (directoryOnly) rest = rest.slice(0, -1);
  const anchored = rest.startsWith('/');
  if (anchored) rest = rest.slice(1);
  return {
    negated,
    directoryOnly,
    basenameOnly: !anchored && !rest.includes('/'),
    glob: compileGoGlob(rest),
  };
}

export class HelmIgnore {
  private constructor(private readonly rules: readonly Rule[]) {}

  /** The rules of a `.helmignore` text (or none), then Helm's default. */
  static parse(text = ''): HelmIgnore {
    const rules: Rule[] = [];
    // bufio.ScanLines: lines end at \n, a \r before it is dropped; a BOM only starts the file.
    const lines = (text.startsWith(UTF8_BOM) ? text.slice(1) : text).split('\n');
    lines.forEach((raw, index) => {
      const pattern = trimSpace(raw);
      if (pattern === '' || pattern.startsWith('#')) return;
      try {
        rules.push(parseRule(pattern));
      } catch (error) {
        if (!(error instanceof GlobSyntaxError)) throw error;
        throw new HelmIgnoreSyntaxError(index + 1, pattern, error.reason);
      }
    });
    rules.push(parseRule(DEFAULT_PATTERN));
    return new HelmIgnore(rules);
  }

  /** Whether `path` (relative to the chart root, `/`-separated, no trailing `/`) stays out. */
  ignores(path: string, isDirectory: boolean): boolean {
    if (path === '' || path === '.') return false;
    const basename = path.slice(path.lastIndexOf('/') + 1);
    for (const rule of this.rules) {
      const matches = () => rule.glob.test(rule.basenameOnly ? basename : path);
      if (rule.negated) {
        if (rule.directoryOnly && !isDirectory) return true;
        if (!matches()) return true;
        continue;
      }
      if (rule.directoryOnly && !isDirectory) continue;
      if (matches()) return true;
    }
    return false;
  }
}
