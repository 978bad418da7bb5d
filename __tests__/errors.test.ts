// The error catalogue (src/errors.ts): every code raised in src/ is one of it, raised by its
// constant, and every entry is raised somewhere; a failure reads in the words of the surface that
// prints it (docs/errors.md lists the codes: __tests__/docs.test.ts).
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  describeFailure,
  ERROR_CATALOGUE,
  ErrorCode,
  inputError,
  UserError,
  type Surface,
} from '../src/errors.js';

const SRC = resolve(import.meta.dirname, '..', 'src');

function sources(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return sources(path);
    return entry.name.endsWith('.ts') ? [path] : [];
  });
}

const CODES = Object.keys(ERROR_CATALOGUE);
const files = sources(SRC).map((path) => ({
  path: relative(SRC, path),
  text: readFileSync(path, 'utf8'),
}));

describe('the error catalogue', () => {
  it('is what every error is raised and matched with: no code is written as a string', () => {
    const literal = new RegExp(`'(${CODES.join('|')})'`, 'g');
    // A registry's own OCI error codes (`BLOB_UNKNOWN` in its answer) are another vocabulary.
    const found = files
      .filter(({ path }) => path !== 'errors.ts')
      .flatMap(({ path, text }) => text.split('\n').map((line) => ({ path, line })))
      .filter(({ line }) => !line.includes('registryCode ==='))
      .flatMap(({ path, line }) => [...line.matchAll(literal)].map((m) => `${path}: ${m[0]}`));
    expect(found).toEqual([]);
  });

  it('has every code src/ raises, and no code src/ never raises', () => {
    const used = new Set(
      files.flatMap(({ text }) =>
        [...text.matchAll(/\bErrorCode\.([A-Z0-9_]+)/g)].map((m) => m[1]!),
      ),
    );
    expect([...used].filter((code) => !CODES.includes(code))).toEqual([]);
    expect(CODES.filter((code) => !used.has(code))).toEqual([]);
  });

  it('gives each code a meaning and a fix, each a sentence', () => {
    for (const { meaning, fix } of Object.values(ERROR_CATALOGUE)) {
      expect(meaning).toMatch(/^\S.{10,}\.$/);
      expect(fix).toMatch(/^\S.{10,}\.$/);
    }
  });

  it('has constants that are their own names', () => {
    for (const code of CODES) expect(ErrorCode[code as ErrorCode]).toBe(code);
  });
});

describe('a failure in the words of its surface', () => {
  const flags = (names: string[]): Surface => ({
    kind: 'cli',
    flag: (input) => (names.includes(input) ? `--${input}` : undefined),
  });
  const publish = flags(['url', 'path', 'ignore-paths']);
  const list = flags(['username', 'password']);
  const error = inputError('path', {
    action: "'x' does not exist (actions/checkout).",
    cli: "'x' does not exist.",
  });

  it('names the input in the action', () => {
    expect(describeFailure(error)).toEqual({
      message: "Input 'path': 'x' does not exist (actions/checkout).",
      code: 'INPUT_INVALID',
      input: 'path',
    });
  });

  it('names the flag, in its own words, in the CLI', () => {
    expect(describeFailure(error, publish).message).toBe("--path: 'x' does not exist.");
  });

  it('names the inputs a message quotes as the flags of the CLI command', () => {
    const quoting = inputError('path', "x is a socket: remove it or add it to 'ignore-paths'.");
    expect(describeFailure(quoting, publish).message).toBe(
      '--path: x is a socket: remove it or add it to --ignore-paths.',
    );
    expect(describeFailure(quoting).message).toContain("add it to 'ignore-paths'");
  });

  it("names no flag where the CLI command has none (a subcommand's url is an argument)", () => {
    const unreachable = new UserError(ErrorCode.REGISTRY_UNREACHABLE, 'Could not reach h.');
    expect(describeFailure(unreachable).message).toBe("Input 'url': Could not reach h.");
    expect(describeFailure(unreachable, publish).message).toBe('--url: Could not reach h.');
    expect(describeFailure(unreachable, list).message).toBe('Could not reach h.');
  });
});
