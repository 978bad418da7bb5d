// Shell patterns with the semantics of Go's `path/filepath.Match`, which `.helmignore` uses (helm/helm
// `pkg/ignore/doc.go`): `*` is any run of characters but `/`, `?` one character but `/`, `[...]` a
// class (negated by a leading `^`, ranges `a-z`, `\` escaping inside) that may match `/` too, and
// `\x` the character x. Compiled once to a RegExp over whole names.

/** A pattern Go's `filepath.Match` reports as `ErrBadPattern`; `reason` says what is wrong. */
export class GlobSyntaxError extends Error {
  constructor(readonly reason: string) {
    super(reason);
    this.name = 'GlobSyntaxError';
  }
}

/** A character written literally inside a RegExp character class (with the `u` flag). */
function classChar(char: string): string {
  return `\\u{${char.codePointAt(0)!.toString(16)}}`;
}

/** A character written literally in a RegExp outside a class. */
function literal(char: string): string {
  return /[\\^$.*+?()[\]{}|/]/.test(char) ? `\\${char}` : char;
}

/**
 * One character of a class range at `chars[index]`, `\`-escapes resolved. Go refuses a range end
 * that is missing, `-` or `]`, and a class that ends right after it without its closing `]`.
 */
function rangeEnd(chars: readonly string[], index: number): { char: string; next: number } {
  let at = index;
  if (at >= chars.length || chars[at] === '-' || chars[at] === ']') {
    throw new GlobSyntaxError('a character class has an empty or misplaced range');
  }
  if (chars[at] === '\\') {
    at++;
    if (at >= chars.length) throw new GlobSyntaxError('a character class ends in a lone \\');
  }
  if (at + 1 >= chars.length) throw new GlobSyntaxError('a character class is not closed by ]');
  return { char: chars[at]!, next: at + 1 };
}

/** The class starting after `[` at `chars[index]`: its RegExp and the index past its `]`. */
function characterClass(chars: readonly string[], index: number): { source: string; next: number } {
  let at = index;
  const negated = chars[at] === '^';
  if (negated) at++;
  const ranges: string[] = [];
  while (!(chars[at] === ']' && ranges.length > 0)) {
    const low = rangeEnd(chars, at);
    let high = low;
    if (chars[low.next] === '-') high = rangeEnd(chars, low.next + 1);
    // Go accepts a reversed range (z-a) and matches nothing with it; a RegExp would refuse it.
    const reversed = low.char.codePointAt(0)! > high.char.codePointAt(0)!;
    ranges.push(reversed ? '' : `${classChar(low.char)}-${classChar(high.char)}`);
    at = high.next;
  }
  const body = ranges.join('');
  if (negated) return { source: body === '' ? '[^]' : `[^${body}]`, next: at + 1 };
  return { source: body === '' ? '(?!)' : `[${body}]`, next: at + 1 };
}

/** Compiles `pattern`; throws GlobSyntaxError where Go's `filepath.Match` reports a bad pattern. */
export function compileGoGlob(pattern: string): RegExp {
  const chars = [...pattern];
  let source = '';
  for (let index = 0; index < chars.length;) {
    const char = chars[index]!;
    if (char === '*') {
      source += '[^/]*';
      index++;
    } else if (char === '?') {
      source += '[^/]';
      index++;
    } else if (char === '[') {
      const parsed = characterClass(chars, index + 1);
      source += parsed.source;
      index = parsed.next;
    } else if (char === '\\') {
      if (index + 1 >= chars.length) throw new GlobSyntaxError('the pattern ends in a lone \\');
      source += literal(chars[index + 1]!);
      index += 2;
    } else {
      source += literal(char);
      index++;
    }
  }
  return new RegExp(`^${source}$`, 'u');
}
