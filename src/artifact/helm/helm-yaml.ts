// YAML as Helm writes Chart.yaml and Chart.lock into a chart archive (helm/helm
// `pkg/chart/v2/util/save.go`): sigs.k8s.io/yaml marshals the struct to JSON, reads that back
// untyped and lets go-yaml v2 write it. This writes the same bytes (go.yaml.in/yaml/v2
// `emitterc.go`, `encode.go`, `sorter.go`): keys in go-yaml's order (letters by code point, runs
// of digits by their value, other characters before letters); sequences not indented under their
// key; a text that would read back as something else (`"1"`, `"true"`, `""`, `"2024-01-01"`) or
// holds a character go-yaml escapes double-quoted; one that cannot be plain single-quoted; one
// with a line break a literal block; and a long line folded at the first single space past
// column 80 (not before it, as most YAML writers do).
import { Document } from 'yaml';
import { formatGoFloat } from './go-yaml.js';

const DIGIT = /\p{Nd}/u;
const LETTER = /\p{L}/u;

function digitValue(char: string): number {
  return char.codePointAt(0)! - 48;
}

/** go-yaml v2's key order for string keys (`keyList.Less`), as a comparator. */
export function goYamlKeyOrder(a: string, b: string): number {
  if (a === b) return 0;
  return goYamlKeyLess(a, b) ? -1 : 1;
}

function goYamlKeyLess(a: string, b: string): boolean {
  const ar = [...a];
  const br = [...b];
  for (let i = 0; i < ar.length && i < br.length; i++) {
    if (ar[i] === br[i]) continue;
    const aLetter = LETTER.test(ar[i]!);
    const bLetter = LETTER.test(br[i]!);
    if (aLetter && bLetter) return ar[i]!.codePointAt(0)! < br[i]!.codePointAt(0)!;
    if (aLetter || bLetter) return bLetter;
    let an = 0;
    let bn = 0;
    if (ar[i] === '0' || br[i] === '0') {
      for (let j = i - 1; j >= 0 && DIGIT.test(ar[j]!); j--) {
        if (ar[j] !== '0') {
          an = 1;
          bn = 1;
          break;
        }
      }
    }
    let ai = i;
    for (; ai < ar.length && DIGIT.test(ar[ai]!); ai++) an = an * 10 + digitValue(ar[ai]!);
    let bi = i;
    for (; bi < br.length && DIGIT.test(br[bi]!); bi++) bn = bn * 10 + digitValue(br[bi]!);
    if (an !== bn) return an < bn;
    if (ai !== bi) return ai < bi;
    return ar[i]!.codePointAt(0)! < br[i]!.codePointAt(0)!;
  }
  return ar.length < br.length;
}

/** The column go-yaml folds after (its default `best_width`, which Helm does not change). */
const BEST_WIDTH = 80;

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };

function isMapping(value: Json): value is { [key: string]: Json } {
  return value !== null && typeof value === 'object' && !Array.isArray(value);
}

/** The YAML 1.1 scalar forms other than strings: null, booleans, numbers, timestamps. */
const OTHER_SCALARS = new Document(null, { version: '1.1' }).schema.tags.filter(
  (tag) => tag.test !== undefined && tag.tag !== 'tag:yaml.org,2002:str',
);

/** go-yaml's `is_printable`: what it writes as is; anything else forces double quotes. */
function printable(char: string): boolean {
  const code = char.codePointAt(0)!;
  return (
    code === 0x0a ||
    (code >= 0x20 && code <= 0x7e) ||
    (code >= 0xa0 && code <= 0xd7ff) ||
    (code >= 0xe000 && code <= 0xfffd && code !== 0xfeff)
  );
}

const ESCAPES: Record<number, string> = {
  0x00: '0',
  0x07: 'a',
  0x08: 'b',
  0x09: 't',
  0x0a: 'n',
  0x0b: 'v',
  0x0c: 'f',
  0x0d: 'r',
  0x1b: 'e',
  0x22: '"',
  0x5c: '\\',
  0x85: 'N',
  0xa0: '_',
  0x2028: 'L',
  0x2029: 'P',
};

function escaped(char: string): string {
  const code = char.codePointAt(0)!;
  const named = ESCAPES[code];
  if (named !== undefined) return `\\${named}`;
  const [letter, width] = code <= 0xff ? ['x', 2] : code <= 0xffff ? ['u', 4] : ['U', 8];
  return `\\${letter}${code.toString(16).toUpperCase().padStart(width, '0')}`;
}

/** go-yaml's double-quoted scalar at `column`: its escapes, and its folding at a space. */
function doubleQuoted(text: string, column: number, indent: number, breaks = true): string {
  const chars = [...text];
  let out = '"';
  let at = column + 1;
  let spaces = false;
  chars.forEach((char, i) => {
    const escape =
      !printable(char) || '\n\r\u0085\u2028\u2029"\\'.includes(char) || chars[0] === '\ufeff';
    if (escape) {
      const written = escaped(char);
      out += written;
      at += written.length;
      spaces = false;
    } else if (char === ' ') {
      if (breaks && !spaces && at > BEST_WIDTH && i > 0 && i < chars.length - 1) {
        out += `\n${' '.repeat(indent)}${chars[i + 1] === ' ' ? '\\' : ''}`;
        at = indent + (chars[i + 1] === ' ' ? 1 : 0);
      } else {
        out += char;
        at++;
      }
      spaces = true;
    } else {
      out += char;
      at++;
      spaces = false;
    }
  });
  return `${out}"`;
}

/**
 * A one-line string that go-yaml's encoder leaves plain: plain when YAML allows it there, else
 * single-quoted (the `yaml` library's analysis of the text, which agrees with go-yaml's emitter).
 */
function plainOrSingleQuoted(text: string): string {
  return new Document(text, { version: '1.1' })
    .toString({ lineWidth: 0, singleQuote: true })
    .replace(/\n$/, '');
}

/**
 * go-yaml's folding of a flow scalar (plain or single-quoted) that starts at `column`: at a
 * single space once the line is past column 80, the line breaks and goes on at `indent`. A
 * single-quoted scalar never breaks at its first or last character.
 */
function fold(written: string, column: number, indent: number): string {
  const quote = written.startsWith("'");
  const chars = [...written];
  let out = '';
  let at = column;
  let spaces = false;
  for (let i = 0; i < chars.length; i++) {
    const char = chars[i]!;
    const inside = !quote || (i > 1 && i < chars.length - 2);
    if (char === ' ') {
      if (!spaces && at > BEST_WIDTH && inside && chars[i + 1] !== ' ') {
        out += `\n${' '.repeat(indent)}`;
        at = indent;
      } else {
        out += char;
        at++;
      }
      spaces = true;
    } else {
      out += char;
      at++;
      spaces = false;
    }
  }
  return out;
}

/** A text with line breaks as go-yaml writes it: a literal block, with its indentation and chomping hints. */
function literal(text: string, indent: number): string {
  const indentHint = text.startsWith(' ') || text.startsWith('\n') ? '2' : '';
  const trailing = /\n*$/.exec(text)![0].length;
  const chomp = trailing === 0 ? '-' : trailing === 1 && text.length > 1 ? '' : '+';
  const lines = text.split('\n');
  if (trailing > 0) lines.pop();
  const body = lines.map((line) => (line === '' ? '\n' : `${' '.repeat(indent)}${line}\n`));
  return `|${indentHint}${chomp}\n${body.join('')}`;
}

/** A scalar at `column`, continuing at `indent`; ends without a line break unless a block. */
function scalar(value: Json, column: number, indent: number): string {
  if (value === null) return 'null';
  if (typeof value === 'boolean') return String(value);
  if (typeof value === 'number') {
    if (Number.isInteger(value)) return String(value);
    const text = formatGoFloat(value, 64);
    return { '+Inf': '.inf', '-Inf': '-.inf', NaN: '.nan' }[text] ?? text;
  }
  const text = value as string;
  const special = [...text].some((char) => !printable(char));
  if (text.includes('\n')) {
    // go-yaml's encoder asks for a literal block; its emitter falls back to double quotes for
    // a space before a line break, a space at the end, or a character it must escape.
    if (special || /  *\n| $/.test(text) || /[\r\u0085\u2028\u2029]/.test(text)) {
      return doubleQuoted(text, column, indent);
    }
    return literal(text, indent);
  }
  const readsAsOther = text === '' || OTHER_SCALARS.some((tag) => tag.test!.test(text));
  if (readsAsOther || special) return doubleQuoted(text, column, indent);
  return fold(plainOrSingleQuoted(text), column, indent);
}

/** A key: never folded (go-yaml writes keys as simple keys). */
function key(text: string): string {
  const special = [...text].some((char) => !printable(char));
  const readsAsOther = text === '' || OTHER_SCALARS.some((tag) => tag.test!.test(text));
  return readsAsOther || special ? doubleQuoted(text, 0, 0, false) : plainOrSingleQuoted(text);
}

function isEmptyCollection(value: Json): boolean {
  return typeof value === 'object' && value !== null && Object.keys(value).length === 0;
}

function emptyCollection(value: Json): string {
  return Array.isArray(value) ? '[]' : '{}';
}

/** The entries of a mapping at `indent`; `first` is what starts the first line (`- ` of an item). */
function mapping(map: { [key: string]: Json }, indent: number, first = ' '.repeat(indent)): string {
  let out = '';
  Object.keys(map)
    .sort(goYamlKeyOrder)
    .forEach((name, index) => {
      const value = map[name]!;
      const start = `${index === 0 ? first : ' '.repeat(indent)}${key(name)}:`;
      if (isEmptyCollection(value)) out += `${start} ${emptyCollection(value)}\n`;
      else if (isMapping(value)) out += `${start}\n${mapping(value, indent + 2)}`;
      else if (Array.isArray(value)) out += `${start}\n${sequence(value, indent)}`;
      else {
        const text = scalar(value, [...start].length + 1, indent + 2);
        out += `${start} ${text}${text.endsWith('\n') ? '' : '\n'}`;
      }
    });
  return out;
}

/** The items of a sequence, `- ` at `indent` (go-yaml does not indent them under their key). */
function sequence(items: Json[], indent: number, first = ' '.repeat(indent)): string {
  let out = '';
  items.forEach((item, index) => {
    const start = `${index === 0 ? first : ' '.repeat(indent)}- `;
    if (isEmptyCollection(item)) out += `${start}${emptyCollection(item)}\n`;
    else if (isMapping(item)) out += mapping(item, indent + 2, start);
    else if (Array.isArray(item)) out += sequence(item, indent + 2, start);
    else {
      const text = scalar(item, [...start].length, indent + 2);
      out += `${start}${text}${text.endsWith('\n') ? '' : '\n'}`;
    }
  });
  return out;
}

/** `value` (Go's JSON data model, see go-json.ts) written as go-yaml v2 writes it. */
export function helmYamlBytes(data: unknown): Buffer {
  const value = data as Json;
  let text: string;
  if (isEmptyCollection(value)) text = `${emptyCollection(value)}\n`;
  else if (isMapping(value)) text = mapping(value, 0);
  else if (Array.isArray(value)) text = sequence(value, 0);
  else text = `${scalar(value, 0, 0)}\n`;
  return Buffer.from(text, 'utf8');
}
