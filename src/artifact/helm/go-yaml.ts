// Reading YAML into a typed shape as Helm does for Chart.yaml and Chart.lock: sigs.k8s.io/yaml turns
// the YAML 1.1 document (go-yaml v2) into JSON, then Go's encoding/json fills the struct. What that
// means, beyond plain YAML:
// - `yes`/`no`/`on`/`off` are booleans; timestamps and `1:20` stay strings;
// - a number or a boolean where the struct has a string becomes that string: an integer in
//   decimal, a float as Go formats a float32 (`1.10` becomes `1.1`, `1.0` becomes `1`);
// - field names match exactly, else case-insensitively; unknown fields are dropped; a key given
//   twice keeps its last value; null leaves a field empty;
// - any other mismatch (a list where a string goes) is an error.
import { parseDocument, type Tags, type YAMLError } from 'yaml';

export type Shape =
  | 'string'
  | 'bool'
  /** Anything, as JSON keeps it (numbers become floats). */
  | 'any'
  | { list: Shape }
  | { map: Shape }
  /**
   * Field names as in Go's JSON tags; the order is Go's, which its JSON output follows. A field is
   * left out of the JSON when empty (`omitempty`) unless it is one of `always`.
   */
  | { struct: Readonly<Record<string, Shape>>; always?: readonly string[] };

/** Where a document does not fit its shape: `at` is the field's path, e.g. `maintainers[0].name`. */
export class ShapeError extends Error {
  constructor(
    readonly at: string,
    readonly expected: string,
    readonly got: string,
  ) {
    super(`${at} must be ${expected}, not ${got}`);
    this.name = 'ShapeError';
  }
}

/** YAML that cannot be parsed at all; the message has the line and column. */
export class YamlSyntaxError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'YamlSyntaxError';
  }
}

/** go-yaml v2 resolves neither timestamps nor base-60 numbers when the target is untyped. */
function goYamlTags(tags: Tags): Tags {
  return tags.filter((tag) => {
    if (typeof tag === 'string') return tag !== 'timestamp' && !tag.endsWith('Time');
    return tag.tag !== 'tag:yaml.org,2002:timestamp' && tag.format !== 'TIME';
  });
}

/** A parse error of `text` in one line, with the line it was found on. */
export function describeYamlError(error: YAMLError, text: string): string {
  const line = text.slice(0, error.pos[0]).split('\n').length;
  return `${error.message.replace(/\s+/g, ' ').trim()} (line ${line})`;
}

/** The first document of `text` as plain values: integers as bigint, floats as number. */
export function parseYaml(text: string): unknown {
  const document = parseDocument(text, {
    version: '1.1',
    intAsBigInt: true,
    uniqueKeys: false,
    customTags: goYamlTags,
    prettyErrors: false,
  });
  const [error] = document.errors;
  if (error) throw new YamlSyntaxError(describeYamlError(error, text));
  return document.toJS({ maxAliasCount: 1000 });
}

/**
 * Go's `strconv.FormatFloat(value, 'g', -1, bits)`: the shortest digits that read back as the same
 * float32 (or float64), in `%e` form below 1e-4 or from 1e6, else `%f`. This is how
 * sigs.k8s.io/yaml turns a float into a string (32 bits) and how go-yaml writes one (64).
 */
export function formatGoFloat(value: number, bits: 32 | 64): string {
  const round = bits === 32 ? Math.fround : (x: number) => x;
  const single = round(value);
  if (Number.isNaN(single)) return 'NaN';
  if (!Number.isFinite(single)) return single > 0 ? '+Inf' : '-Inf';
  if (single === 0) return Object.is(single, -0) ? '-0' : '0';
  const sign = single < 0 ? '-' : '';
  const magnitude = Math.abs(single);
  let digits = '';
  let exponent = 0;
  for (let precision = 1; precision <= 17; precision++) {
    const written = magnitude.toExponential(precision - 1);
    if (round(Number(written)) !== magnitude) continue;
    const [mantissa, power] = written.split('e') as [string, string];
    digits = mantissa.replace('.', '').replace(/0+$/, '') || '0';
    exponent = Number(power);
    break;
  }
  if (exponent < -4 || exponent >= 6) {
    const mantissa = digits.length > 1 ? `${digits[0]}.${digits.slice(1)}` : digits;
    const power = String(Math.abs(exponent)).padStart(2, '0');
    return `${sign}${mantissa}e${exponent < 0 ? '-' : '+'}${power}`;
  }
  const point = exponent + 1;
  if (point <= 0) return `${sign}0.${'0'.repeat(-point)}${digits}`;
  if (point >= digits.length) return `${sign}${digits}${'0'.repeat(point - digits.length)}`;
  return `${sign}${digits.slice(0, point)}.${digits.slice(point)}`;
}

function describe(value: unknown): string {
  if (Array.isArray(value)) return 'a list';
  if (value !== null && typeof value === 'object') return 'a mapping';
  if (typeof value === 'bigint' || typeof value === 'number') return `the number ${value}`;
  return `the ${typeof value} ${JSON.stringify(value)}`;
}

function isMapping(value: unknown): value is Record<string, unknown> {
  return value !== null && typeof value === 'object' && !Array.isArray(value);
}

function toJson(value: unknown): unknown {
  if (typeof value === 'bigint') return Number(value);
  if (Array.isArray(value)) return value.map(toJson);
  if (isMapping(value)) {
    return Object.fromEntries(Object.entries(value).map(([key, item]) => [key, toJson(item)]));
  }
  return value;
}

function byteOrder(a: string, b: string): number {
  return Buffer.compare(Buffer.from(a), Buffer.from(b));
}

function decodeStruct(
  value: Record<string, unknown>,
  fields: Readonly<Record<string, Shape>>,
  at: string,
): Record<string, unknown> {
  const names = Object.keys(fields);
  const decoded: Record<string, unknown> = {};
  // sigs.k8s.io/yaml hands encoding/json an object with sorted keys; a later key wins.
  for (const key of Object.keys(value).sort(byteOrder)) {
    const name =
      names.find((field) => field === key) ??
      names.find((field) => field.toLowerCase() === key.toLowerCase());
    if (name === undefined) continue;
    const field = decodeShape(value[key], fields[name]!, at === '' ? name : `${at}.${name}`);
    if (field === undefined) delete decoded[name];
    else decoded[name] = field;
  }
  return decoded;
}

/** What a null list item becomes in Go: a nil pointer for a struct, else the type's zero value. */
function zeroOf(shape: Shape): unknown {
  if (shape === 'string') return '';
  if (shape === 'bool') return false;
  return null;
}

/** `value` (from `parseYaml`) in `shape`; `undefined` where Go leaves the zero value. */
export function decodeShape(value: unknown, shape: Shape, at: string): unknown {
  if (value === null || value === undefined) return undefined;
  if (shape === 'any') return toJson(value);
  if (shape === 'string') {
    if (typeof value === 'string') return value;
    if (typeof value === 'bigint') return value.toString();
    if (typeof value === 'number') return formatGoFloat(value, 32);
    if (typeof value === 'boolean') return String(value);
    throw new ShapeError(at, 'a string', describe(value));
  }
  if (shape === 'bool') {
    if (typeof value === 'boolean') return value;
    throw new ShapeError(at, 'true or false', describe(value));
  }
  if ('list' in shape) {
    if (!Array.isArray(value)) throw new ShapeError(at, 'a list', describe(value));
    return value.map((item, index) =>
      item === null ? zeroOf(shape.list) : decodeShape(item, shape.list, `${at}[${index}]`),
    );
  }
  if (!isMapping(value)) throw new ShapeError(at, 'a mapping', describe(value));
  if ('map' in shape) {
    return Object.fromEntries(
      Object.entries(value).map(([key, item]) => [
        key,
        decodeShape(item, shape.map, `${at}.${key}`) ?? '',
      ]),
    );
  }
  return decodeStruct(value, shape.struct, at);
}
