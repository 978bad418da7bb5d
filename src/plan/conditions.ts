// Whether one condition of a promotion rule holds here, and why (not), in words a person reading
// the plan understands: "v6.2.0-rc.1 is a prerelease", "6.0.5 is lower than v6.1.0".
import picomatch from 'picomatch';
import type { SemVer } from 'semver';
import type { Context } from '../context/context.js';
import { refLabel } from '../context/ref.js';
import type { Condition } from './promote-rules.js';
import { GLOB_OPTIONS } from './promote-rules.js';
import type { Template, TemplateValues } from './template.js';
import { fillTemplate } from './template.js';
import type { TagVersion } from './version.js';
import { versionOfGitTag, versionOfTag } from './version.js';

/** What conditions are judged against, computed once per plan. */
export interface Facts {
  ctx: Context;
  values: TemplateValues;
  /** The Git tag's version, when the ref is a Git tag naming one. */
  version: TagVersion | undefined;
  /** Versions of the tags already in the repository; undefined when they were not listed. */
  existingVersions: { tag: string; version: SemVer }[] | undefined;
}

export interface Verdict {
  holds: boolean;
  reason: string;
}

export function collectFacts(
  ctx: Context,
  values: TemplateValues,
  existingTags?: readonly string[],
): Facts {
  return {
    ctx,
    values,
    version: ctx.gitTag === undefined ? undefined : versionOfGitTag(ctx.gitTag),
    existingVersions: existingTags?.flatMap((tag) => {
      const version = versionOfTag(tag);
      return version ? [{ tag, version }] : [];
    }),
  };
}

export function judge(condition: Condition, facts: Facts): Verdict {
  const { ctx } = facts;
  switch (condition.key) {
    case 'branch':
      return ctx.branch === undefined
        ? no(`${refLabel(ctx)} is not a branch`)
        : matchGlob('branch', ctx.branch, condition.glob, facts);
    case 'tag':
      return ctx.gitTag === undefined
        ? no(`${refLabel(ctx)} is not a Git tag`)
        : matchGlob('Git tag', ctx.gitTag, condition.glob, facts);
    case 'event':
      return matchGlob('event', ctx.eventName, condition.glob, facts);
    case 'semver':
      return withVersion(facts, (version, tag) =>
        condition.range.test(version.semver)
          ? yes(`${tag} is in range ${condition.range.raw}`)
          : no(`${tag} is not in range ${condition.range.raw}`),
      );
    case 'prerelease':
      return withVersion(facts, (version, tag) => {
        const { prerelease, reason } = describePrerelease(version, tag, ctx);
        return { holds: prerelease === condition.value, reason };
      });
    case 'highest':
      return withVersion(facts, (version, tag) => {
        if (facts.existingVersions === undefined)
          return no("the repository's tags were not listed, so no version can be compared");
        const higher = higherVersion(version.semver, facts.existingVersions);
        const reason = higher
          ? `${tag} is lower than ${higher} in the repository`
          : `${tag} is the highest version in the repository`;
        return { holds: (higher === undefined) === condition.value, reason };
      });
  }
}

/** Whether the version is a prerelease; a GitHub release marked as a pre-release is one too. */
function describePrerelease(
  version: TagVersion,
  tag: string,
  ctx: Context,
): { prerelease: boolean; reason: string } {
  if (version.semver.prerelease.length > 0)
    return { prerelease: true, reason: `${tag} is a prerelease` };
  if (ctx.markedPrerelease)
    return { prerelease: true, reason: `release ${tag} is marked as a pre-release` };
  return { prerelease: false, reason: `${tag} is not a prerelease` };
}

/**
 * The highest existing tag above `version`, if any. A release is compared with releases only:
 * a published `v6.2.0-rc.1` must not keep `stable` from moving to `v6.1.1`.
 */
function higherVersion(
  version: SemVer,
  existing: { tag: string; version: SemVer }[],
): string | undefined {
  const release = version.prerelease.length === 0;
  let highest: { tag: string; version: SemVer } | undefined;
  for (const candidate of existing) {
    if (release && candidate.version.prerelease.length > 0) continue;
    if (candidate.version.compare(version) <= 0) continue;
    if (!highest || candidate.version.compare(highest.version) > 0) highest = candidate;
  }
  return highest?.tag;
}

function withVersion(
  facts: Facts,
  judgeVersion: (version: TagVersion, tag: string) => Verdict,
): Verdict {
  const tag = facts.ctx.gitTag;
  if (tag === undefined) return no(`${refLabel(facts.ctx)} is not a Git tag`);
  if (facts.version === undefined) return no(`Git tag ${tag} is not a semver version`);
  return judgeVersion(facts.version, tag);
}

function matchGlob(what: string, subject: string, glob: Template, facts: Facts): Verdict {
  // Values are matched as written, not as globs: a branch named `feat{1,2}` is one branch.
  const filled = fillTemplate(glob, facts.values, escapeGlob);
  if ('missing' in filled) return no(filled.missing);
  const written = fillTemplate(glob, facts.values, (value) => value);
  const shown =
    'text' in written && written.text !== glob.source
      ? `${glob.source} (${written.text})`
      : glob.source;
  return picomatch(filled.text, GLOB_OPTIONS)(subject)
    ? yes(`${what} ${subject} matches ${shown}`)
    : no(`${what} ${subject} does not match ${shown}`);
}

function escapeGlob(value: string): string {
  return value.replace(/[\\*?[\](){}!+@|,^$]/g, '\\$&');
}

const yes = (reason: string): Verdict => ({ holds: true, reason });
const no = (reason: string): Verdict => ({ holds: false, reason });
