// JSON as Go's encoding/json writes a struct, which is what Helm puts in a chart's OCI config
// (`json.Marshal(meta)`, helm/helm `pkg/registry/client.go`) and what sigs.k8s.io/yaml turns into
// Chart.yaml: fields in struct order, empty ones left out (`omitempty`), map keys in byte order,
// and `<`, `>`, `&`, U+2028, U+2029 escaped as \u003c and so on.
import type { Shape } from './go-yaml.js';

function byteOrder(a: string, b: string): number {
  return Buffer.compare(Buffer.from(a), Buffer.from(b));
}

function isEmpty(value: unknown): boolean {
  if (value === undefined || value === null || value === '' || value === false) return true;
  if (Array.isArray(value)) return value.length === 0;
  return typeof value === 'object' && Object.keys(value).length === 0;
}

/** `value` in Go's JSON data model: structs keep their field order, maps sort their keys. */
export function goJsonValue(value: unknown, shape: Shape): unknown {
  if (value === undefined || value === null) return null;
  if (shape === 'string' || shape === 'bool') return value;
  if (shape === 'any') return sortedKeys(value);
  if ('list' in shape) return (value as unknown[]).map((item) => goJsonValue(item, shape.list));
  if ('map' in shape) {
    const map = value as Record<string, unknown>;
    return Object.fromEntries(
      Object.keys(map)
        .sort(byteOrder)
        .map((key) => [key, goJsonValue(map[key], shape.map)]),
    );
  }
  const record = value as Record<string, unknown>;
  const entries: [string, unknown][] = [];
  for (const [name, fieldShape] of Object.entries(shape.struct)) {
    const field = record[name];
    if (isEmpty(field) && !shape.always?.includes(name)) continue;
    entries.push([name, goJsonValue(field ?? (fieldShape === 'string' ? '' : null), fieldShape)]);
  }
  return Object.fromEntries(entries);
}

function sortedKeys(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(sortedKeys);
  if (value === null || typeof value !== 'object') return value;
  const record = value as Record<string, unknown>;
  return Object.fromEntries(
    Object.keys(record)
      .sort(byteOrder)
      .map((key) => [key, sortedKeys(record[key])]),
  );
}

const GO_ESCAPES: Record<string, string> = {
  '<': '\\u003c',
  '>': '\\u003e',
  '&': '\\u0026',
  '\u2028': '\\u2028',
  '\u2029': '\\u2029',
};

/** Go's `json.Marshal` of `value` as a struct of `shape`. */
export function goJsonBytes(value: unknown, shape: Shape): Buffer {
  // These characters can only be inside strings, so replacing them everywhere is safe.
  const json = JSON.stringify(goJsonValue(value, shape)).replace(
    /[<>&\u2028\u2029]/g,
    (char) => GO_ESCAPES[char]!,
  );
  return Buffer.from(json, 'utf8');
}
