// Which paths stay out of the artifact: Flux's defaults, the user's patterns added to them, and the
// `.sourceignore` files found in the tree, all with gitignore semantics.
import ignore, { type Ignore } from 'ignore';

/** The patterns `flux push artifact` applies (fluxcd/pkg `sourceignore` ExcludeVCS + ExcludeExt). */
export const FLUX_DEFAULT_IGNORE_PATTERNS: readonly string[] = [
  '.git/',
  '.gitignore',
  '.gitmodules',
  '.gitattributes',
  '*.jpg',
  '*.jpeg',
  '*.gif',
  '*.png',
  '*.wmv',
  '*.flv',
  '*.tar.gz',
  '*.zip',
];

export const SOURCE_IGNORE_FILE = '.sourceignore';

interface Layer {
  /** The tree name of the directory the patterns are relative to: `.` for the root. */
  base: string;
  /** Parsed once; never tested itself (see `forDirectory`). */
  patterns: Ignore;
}

function parse(patterns: string | readonly string[]): Ignore {
  // Flux matches with go-git's gitignore, which is case-sensitive like git on Linux.
  return ignore({ ignorecase: false }).add(patterns);
}

/**
 * Rules in effect inside one directory of the tree. A deeper `.sourceignore` adds a layer whose
 * patterns are relative to its directory and win over the layers above it, as in git (and in
 * go-git's matcher, where the last matching pattern decides).
 */
export class IgnoreRules {
  private constructor(private readonly layers: readonly Layer[]) {}

  /** Flux's defaults plus the user's patterns, both relative to the packaged path. */
  static forRoot(userPatterns: readonly string[]): IgnoreRules {
    return new IgnoreRules([
      { base: '.', patterns: parse([...FLUX_DEFAULT_IGNORE_PATTERNS, ...userPatterns]) },
    ]);
  }

  /** The rules for the contents of `directory` (a tree name), given its `.sourceignore` text. */
  withSourceIgnore(directory: string, content: string): IgnoreRules {
    return new IgnoreRules([...this.layers, { base: directory, patterns: parse(content) }]);
  }

  /**
   * A matcher for the entries of one directory. The `ignore` library caches every path it tests,
   * for as long as the matcher lives; one matcher per directory (sharing the parsed patterns)
   * keeps that cache from growing with the whole tree.
   */
  forDirectory(): { ignores(name: string, isDirectory: boolean): boolean } {
    const matchers = this.layers.map(({ base, patterns }) => ({
      base,
      matcher: ignore({ ignorecase: false }).add(patterns),
    }));
    return {
      /** Whether the entry `name` (a tree name below every layer's base) stays out. */
      ignores(name, isDirectory) {
        let ignored = false;
        for (const { base, matcher } of matchers) {
          const relative = base === '.' ? name : name.slice(base.length + 1);
          const result = matcher.test(isDirectory ? `${relative}/` : relative);
          if (result.ignored) ignored = true;
          else if (result.unignored) ignored = false;
        }
        return ignored;
      },
    };
  }
}
