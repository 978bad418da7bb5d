// YAML as Helm writes Chart.yaml and Chart.lock into a chart archive (helm/helm
// `pkg/chart/v2/util/save.go`): sigs.k8s.io/yaml marshals the struct to JSON, reads that back
// untyped and lets go-yaml v2 write it. So keys come in go-yaml's order (letters by code point,
// runs of digits by their value, other characters before letters), sequences are not indented
// under their key, a string that would read back as something else (`"1"`, `"true"`, `""`,
// `"2024-01-01"`) is double-quoted, one that cannot be plain is single-quoted, one with a line
// break is a literal block, and long lines are folded at 80 columns.
import { Document, visit, type Scalar } from 'yaml';

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

function sortKeys(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(sortKeys);
  if (value === null || typeof value !== 'object') return value;
  const record = value as Record<string, unknown>;
  return Object.fromEntries(
    Object.keys(record)
      .sort(goYamlKeyOrder)
      .map((key) => [key, sortKeys(record[key])]),
  );
}

/** `value` (Go's JSON data model, see go-json.ts) written as go-yaml v2 writes it. */
export function helmYamlBytes(value: unknown): Buffer {
  const document = new Document(sortKeys(value), { version: '1.1' });
  // The YAML 1.1 scalar forms other than strings: null, booleans, numbers, timestamps.
  const otherScalars = document.schema.tags.filter(
    (tag) => tag.test !== undefined && tag.tag !== 'tag:yaml.org,2002:str',
  );
  visit(document, {
    Scalar(_key, node: Scalar) {
      if (typeof node.value !== 'string') return;
      const text = node.value;
      if (text.includes('\n')) node.type = 'BLOCK_LITERAL';
      else if (text === '' || otherScalars.some((tag) => tag.test!.test(text))) {
        node.type = 'QUOTE_DOUBLE';
      }
    },
  });
  const text = document.toString({
    indentSeq: false,
    lineWidth: 80,
    minContentWidth: 0,
    singleQuote: true,
  });
  return Buffer.from(text, 'utf8');
}
