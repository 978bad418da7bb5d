// The `promote` input: one rule per line, `<tag template>: <condition>[, <condition>…]`. A rule
// applies when all of its conditions hold. Parsing checks everything it can (keys, globs, ranges,
// placeholders) so that a typo fails the run before anything is pushed, quoting the line.
import picomatch from 'picomatch';
import { Range } from 'semver';
import { inputError } from '../errors.js';
import { parseTagTemplateText } from './tag-template.js';
import type { Fail, Template } from './template.js';
import { parseTemplate } from './template.js';

export type Condition =
  /** The branch, Git tag or event name matches a glob (which may hold placeholders). */
  | { key: 'branch' | 'tag' | 'event'; glob: Template }
  /** The ref is a Git tag naming a semver version inside the range (prereleases included). */
  | { key: 'semver'; range: Range }
  | { key: 'prerelease' | 'highest'; value: boolean };

export type ConditionKey = Condition['key'];

export interface PromoteRule {
  /** 1-based line in the input. */
  line: number;
  /** The rule as written, without comment or surrounding spaces. */
  text: string;
  tag: Template;
  conditions: Condition[];
}

const KEYS: readonly ConditionKey[] = ['branch', 'tag', 'event', 'semver', 'prerelease', 'highest'];

/** Options shared by parsing and matching, so that a glob that parses is a glob that matches. */
export const GLOB_OPTIONS = { windows: false, dot: true, strictBrackets: true } as const;

export function parsePromoteRules(input: string): PromoteRule[] {
  const rules: PromoteRule[] = [];
  for (const [index, raw] of input.split(/\r?\n/).entries()) {
    // `#` starts a comment at the start of a line or after a space: neither tags, branch names
    // nor semver ranges can hold ` #`.
    const text = raw.replace(/(^|\s)#.*$/, '').trim();
    if (text === '') continue;
    const fail: Fail = (problem) => {
      throw inputError('promote', `line ${index + 1} '${text}': ${problem}.`);
    };
    rules.push(parseRule(index + 1, text, fail));
  }
  return rules;
}

function parseRule(line: number, text: string, fail: Fail): PromoteRule {
  const colon = text.indexOf(':');
  if (colon < 0) fail("expected '<tag>: <condition>, …', for example 'stable: semver=*'");
  const tagText = text.slice(0, colon).trim();
  if (tagText === '') fail("there is no tag before ':'");
  const tag = parseTagTemplateText(tagText, fail);
  const conditionsText = text.slice(colon + 1).trim();
  // A rule without conditions would promote on every run, feature branches included: that
  // is far likelier a slip than a wish, and `event=*` says it explicitly.
  if (conditionsText === '')
    fail("there is no condition after ':'; to promote on every run, write 'event=*'");
  const conditions = splitConditions(conditionsText).map((c) => parseCondition(c.trim(), fail));
  return { line, text, tag, conditions };
}

/** Splits on commas outside `{…}`, `[…]` and `(…)`, which globs use for alternatives. */
function splitConditions(text: string): string[] {
  const pieces: string[] = [];
  let depth = 0;
  let start = 0;
  for (let i = 0; i < text.length; i++) {
    const char = text[i];
    if (char === '{' || char === '[' || char === '(') depth++;
    else if ((char === '}' || char === ']' || char === ')') && depth > 0) depth--;
    else if (char === ',' && depth === 0) {
      pieces.push(text.slice(start, i));
      start = i + 1;
    }
  }
  pieces.push(text.slice(start));
  return pieces;
}

function parseCondition(text: string, fail: Fail): Condition {
  const match = /^([^=\s]*)\s*=\s*(.*)$/.exec(text);
  if (!match) fail(`condition '${text}' is not <key>=<value>; the keys are ${KEYS.join(', ')}`);
  const key = match[1] ?? '';
  const value = match[2] ?? '';
  if (!isKey(key)) fail(`unknown condition key '${key}'; the keys are ${KEYS.join(', ')}`);
  if (value === '') fail(`condition '${text}' has no value`);
  switch (key) {
    case 'branch':
    case 'tag':
    case 'event':
      return { key, glob: parseGlob(key, value, fail) };
    case 'semver':
      return { key, range: parseRange(value, fail) };
    case 'prerelease':
    case 'highest':
      if (value !== 'true' && value !== 'false') fail(`'${key}=${value}': ${key} is true or false`);
      return { key, value: value === 'true' };
  }
}

function isKey(key: string): key is ConditionKey {
  return (KEYS as readonly string[]).includes(key);
}

function parseGlob(key: string, value: string, fail: Fail): Template {
  const glob = parseTemplate(value, fail);
  // Placeholders are filled in at match time; any word stands in for them to check the syntax.
  const skeleton = glob.parts.map((p) => ('literal' in p ? p.literal : 'x')).join('');
  try {
    picomatch.makeRe(skeleton, GLOB_OPTIONS);
  } catch (error) {
    fail(`'${key}=${value}' is not a valid glob: ${(error as Error).message}`);
  }
  return glob;
}

function parseRange(value: string, fail: Fail): Range {
  if (value.includes('{{')) fail(`'semver=${value}': a semver range cannot hold placeholders`);
  try {
    return new Range(value, { includePrerelease: true });
  } catch {
    return fail(
      `'semver=${value}' is not a semver range; write one as node-semver reads them, ` +
        "for example '*', '>=6.1.0', '^6' or '~6.1'",
    );
  }
}
