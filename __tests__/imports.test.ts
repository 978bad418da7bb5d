// No import cycles in src/, type-only imports included: dependencies point one way (entries → main
// → the phases in plan, artifact, sign, promote, report, each given run.ts's Run → cosign, oci),
// which a cycle through a barrel re-export quietly breaks.
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { expect, test } from 'vitest';

const SRC = resolve(import.meta.dirname, '..', 'src');
const IMPORT = /(?:^|\n)\s*(?:import|export)\s[^;]*?from\s+'(\.[^']+)'/g;

function sources(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return sources(path);
    return entry.name.endsWith('.ts') ? [path] : [];
  });
}

function importsOf(file: string): string[] {
  const text = readFileSync(file, 'utf8');
  return [...text.matchAll(IMPORT)].map((m) =>
    resolve(dirname(file), m[1]!.replace(/\.js$/, '.ts')),
  );
}

test('src/ has no import cycle, type-only imports included', () => {
  const graph = new Map(sources(SRC).map((file) => [file, importsOf(file)]));
  const cycles: string[] = [];
  const state = new Map<string, 'visiting' | 'done'>();
  const visit = (file: string, path: string[]): void => {
    if (state.get(file) === 'done') return;
    if (state.get(file) === 'visiting') {
      const cycle = [...path.slice(path.indexOf(file)), file];
      cycles.push(cycle.map((f) => relative(SRC, f)).join(' → '));
      return;
    }
    state.set(file, 'visiting');
    for (const next of graph.get(file) ?? []) visit(next, [...path, file]);
    state.set(file, 'done');
  };
  for (const file of graph.keys()) visit(file, []);
  expect(graph.size).toBeGreaterThan(50);
  expect(cycles).toEqual([]);
});

const PACKAGE_IMPORT = /(?:^|\n)\s*(?:import|export)\s[^;]*?from\s+'([^.'][^']*)'/g;

test('oci/ knows registries only: it imports no other folder of src/ and no @actions package', () => {
  const outside: string[] = [];
  for (const file of sources(join(SRC, 'oci'))) {
    for (const target of importsOf(file)) {
      const where = relative(SRC, target);
      // Leaf modules every layer shares: the error type, the log interface, and the run's
      // cancellation signal (which stops requests and gives back upload sessions).
      if (
        !where.startsWith('oci/') &&
        !['errors.ts', 'log.ts', 'cancellation.ts'].includes(where)
      ) {
        outside.push(`${relative(SRC, file)} → ${where}`);
      }
    }
    const text = readFileSync(file, 'utf8');
    for (const [, name] of text.matchAll(PACKAGE_IMPORT)) {
      if (name!.startsWith('@actions/')) outside.push(`${relative(SRC, file)} → ${name}`);
    }
  }
  expect(outside).toEqual([]);
});

test('only github/ and the action entry import @actions/core and @actions/github', () => {
  const users = sources(SRC)
    .filter((file) => /from '@actions\/(core|github)'/.test(readFileSync(file, 'utf8')))
    .map((file) => relative(SRC, file))
    .filter((file) => !file.startsWith('github/') && file !== 'index.ts');
  expect(users).toEqual([]);
});
