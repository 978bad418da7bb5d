import { expect, test } from 'vitest';
import { defaultRevision, defaultSource } from '../../src/context/context.js';
import { contextAt, SHA } from './context-at.js';

const sha = SHA;

test.each([
  ['refs/heads/main', `main@sha1:${sha}`],
  ['refs/heads/feature/login', `feature/login@sha1:${sha}`],
  ['refs/tags/6.1.5', `6.1.5@sha1:${sha}`],
  ['refs/pull/1/merge', `1/merge@sha1:${sha}`],
  ['HEAD', `sha1:${sha}`],
])('the revision of %s is Flux-style %s', (ref, revision) => {
  expect(defaultRevision(contextAt(ref))).toBe(revision);
});

test('the revision of a SHA-256 repository names its algorithm', () => {
  const sha256 = 'a'.repeat(64);
  expect(defaultRevision(contextAt('refs/heads/main', { sha: sha256 }))).toBe(
    `main@sha256:${sha256}`,
  );
});

test('the source is the repository URL', () => {
  const ctx = contextAt('refs/heads/main', { repositoryUrl: 'https://github.com/org/repo' });
  expect(defaultSource(ctx)).toBe('https://github.com/org/repo');
});
