import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { UserError } from '../../src/errors.js';
import { parseTagTemplate, renderTag } from '../../src/plan/tag-template.js';
import { templateValues } from '../../src/plan/template.js';
import { versionOfTag } from '../../src/plan/version.js';
import { contextAt, SHA } from '../context/context-at.js';

// The distribution-spec's tag grammar, written out here rather than imported from the code.
const OCI_TAG = /^[a-zA-Z0-9_][a-zA-Z0-9._-]{0,127}$/;

function render(template: string, ref: string) {
  const parsed = parseTagTemplate(template);
  if (!parsed) throw new Error('blank template');
  const rendered = renderTag(parsed, templateValues(contextAt(ref)));
  if ('missing' in rendered) throw new Error(rendered.missing);
  return rendered;
}

describe('parsing the tag input', () => {
  test('blank means the default tag', () => {
    expect(parseTagTemplate('  ')).toBeUndefined();
  });

  test.each([
    ['v1/2', '"/" cannot be part of a tag'],
    ['my tag', '" " cannot be part of a tag'],
    ['-rc', "a tag cannot start with '-'"],
    ['v{{nope}}', 'unknown placeholder {{nope}}'],
    ['x'.repeat(129), 'the tag is longer than 128 characters'],
  ])('%j is an error naming the input and quoting the tag', (text, problem) => {
    const parse = () => parseTagTemplate(text);
    expect(parse).toThrow(UserError);
    expect(parse).toThrow(`Input 'tag': '${text}': ${problem}`);
  });

  test('a tag written literally is used as written, without notice', () => {
    expect(render('v1.2.3_final-2', 'refs/heads/main')).toEqual({
      tag: 'v1.2.3_final-2',
      notices: [],
    });
  });
});

describe('values from placeholders are made tag-safe, with a notice', () => {
  test("'/' in a branch becomes '-'", () => {
    expect(render('{{branch}}', 'refs/heads/feature/login')).toEqual({
      tag: 'feature-login',
      notices: [
        "{{branch}} is 'feature/login', which an OCI tag cannot hold; '{{branch}}' uses 'feature-login' instead.",
      ],
    });
  });

  test("a value that cannot start a tag gets '_' in front", () => {
    const { tag, notices } = render('{{tag}}', 'refs/tags/-rc');
    expect(tag).toBe('_rc');
    expect(notices).toEqual(["A tag cannot start with '-': '-rc' is published as '_rc'."]);
  });

  test('a value too long is cut to 128 characters', () => {
    const { tag, notices } = render('pr-{{branch}}', `refs/heads/${'a'.repeat(200)}`);
    expect(tag).toBe(`pr-${'a'.repeat(125)}`);
    expect(notices[0]).toMatch(/longer than 128 characters: cut to/);
  });

  test("semver build metadata keeps its meaning: '+' becomes '_' and reads back", () => {
    const { tag } = render('{{version}}', 'refs/tags/v1.0.0+build.5');
    expect(tag).toBe('1.0.0_build.5');
    expect(versionOfTag(tag)?.build).toEqual(['build', '5']);
  });

  test('every placeholder fills in on a semver tag', () => {
    const ctx = contextAt('refs/tags/v6.1.2', { runNumber: 7 });
    const template = parseTagTemplate(
      '{{sha}}.{{short_sha}}.{{tag}}.{{version}}.{{major}}.{{minor}}.{{patch}}.{{run_number}}.{{default_branch}}',
    );
    expect(template && renderTag(template, templateValues(ctx))).toEqual({
      tag: `${SHA}.${SHA.slice(0, 7)}.v6.1.2.6.1.2.6.1.2.7.main`,
      notices: [],
    });
  });
});

describe('every tag made from any branch or tag name is a valid OCI tag', () => {
  const anyName = fc.string({ unit: 'binary', minLength: 1, maxLength: 300 });

  test.each(['{{branch}}', 'pr-{{branch}}', '{{branch}}-{{short_sha}}', '{{branch}}{{branch}}'])(
    '%s',
    (template) => {
      fc.assert(
        fc.property(anyName, (branch) => {
          expect(render(template, `refs/heads/${branch}`).tag).toMatch(OCI_TAG);
        }),
      );
    },
  );

  test('{{tag}}', () => {
    fc.assert(
      fc.property(anyName, (gitTag) => {
        expect(render('{{tag}}', `refs/tags/${gitTag}`).tag).toMatch(OCI_TAG);
      }),
    );
  });

  test('{{version}} of any semver tag', () => {
    const identifier = fc.stringMatching(/^[0-9A-Za-z-]{1,20}$/);
    const version = fc
      .tuple(
        fc.array(fc.nat(), { minLength: 3, maxLength: 3 }),
        fc.array(identifier, { maxLength: 3 }),
        fc.array(identifier, { maxLength: 3 }),
      )
      .map(
        ([core, pre, build]) =>
          core.join('.') +
          (pre.length ? `-${pre.join('.')}` : '') +
          (build.length ? `+${build.join('.')}` : ''),
      )
      .filter((v) => versionOfTag(v) !== undefined);
    fc.assert(
      fc.property(version, (v) => {
        expect(render('{{version}}', `refs/tags/v${v}`).tag).toMatch(OCI_TAG);
      }),
    );
  });

  test('a name that is already a valid tag is kept as it is, without notice', () => {
    const validTag = fc.stringMatching(OCI_TAG);
    fc.assert(
      fc.property(validTag, (name) => {
        expect(render('{{branch}}', `refs/heads/${name}`)).toEqual({ tag: name, notices: [] });
      }),
    );
  });
});
