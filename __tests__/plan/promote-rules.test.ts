import { describe, expect, test } from 'vitest';
import { UserError } from '../../src/errors.js';
import { DEFAULT_PROMOTE } from '../../src/inputs.js';
import { parsePromoteRules } from '../../src/plan/promote-rules.js';

describe('parsing', () => {
  test('the default rules are two rules on lines 1 and 2', () => {
    const rules = parsePromoteRules(DEFAULT_PROMOTE);
    expect(rules.map((r) => [r.line, r.text, r.conditions.map((c) => c.key)])).toEqual([
      [1, 'latest: branch={{default_branch}}', ['branch']],
      [2, 'stable: semver=*, prerelease=false, highest=true', ['semver', 'prerelease', 'highest']],
    ]);
  });

  test('blank lines, comments and Windows line ends are ignored; line numbers are kept', () => {
    const rules = parsePromoteRules(
      '# promotion\r\n\r\n  latest: branch=main   # the default branch\r\nedge: event=*\r\n',
    );
    expect(rules.map((r) => [r.line, r.text])).toEqual([
      [3, 'latest: branch=main'],
      [4, 'edge: event=*'],
    ]);
  });

  test('an empty input has no rules', () => {
    expect(parsePromoteRules('\n  \n# none\n')).toEqual([]);
  });
});

describe('a malformed rule is an error naming the input and quoting the line', () => {
  test.each([
    ['stable semver=*', "expected '<tag>: <condition>, …'"],
    [': branch=main', "there is no tag before ':'"],
    ['latest:', "there is no condition after ':'; to promote on every run, write 'event=*'"],
    [
      'latest: brnch=main',
      "unknown condition key 'brnch'; the keys are branch, tag, event, semver, prerelease, highest",
    ],
    ['latest: branch', "condition 'branch' is not <key>=<value>"],
    ['latest: branch=', "condition 'branch=' has no value"],
    ['latest: branch=main,', "condition '' is not <key>=<value>"],
    ['stable: semver=banana', "'semver=banana' is not a semver range"],
    ['stable: semver={{major}}', "'semver={{major}}': a semver range cannot hold placeholders"],
    ['latest: branch=feat[', '\'branch=feat[\' is not a valid glob: Missing closing: "]"'],
    [
      'latest: branch={{nope}}',
      'unknown placeholder {{nope}}; the known ones are {{sha}}, {{short_sha}}',
    ],
    ['stable: prerelease=maybe', "'prerelease=maybe': prerelease is true or false"],
    ['la/test: branch=main', '"/" cannot be part of a tag'],
    ['{{foo}}: branch=main', 'unknown placeholder {{foo}}'],
    ['{{branch: branch=main', "'{{' and '}}' must enclose a placeholder such as {{branch}}"],
    ['.latest: event=*', "a tag cannot start with '.'"],
    [`${'x'.repeat(129)}: event=*`, 'the tag is longer than 128 characters'],
  ])('%s', (line, problem) => {
    const input = `# rules\nlatest: branch=main\n${line}`;
    let error: unknown;
    try {
      parsePromoteRules(input);
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(UserError);
    expect(error).toMatchObject({ code: 'INPUT_INVALID', input: 'promote' });
    const message = (error as UserError).message;
    expect(message.startsWith(`Input 'promote': line 3 '${line}': `)).toBe(true);
    expect(message).toContain(problem);
  });
});
