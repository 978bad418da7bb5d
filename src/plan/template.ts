// `{{placeholder}}` templates, used in the `tag` input, in promotion rules' tags and in their
// branch/tag globs. Parsing knows nothing about where the text came from: callers pass `fail`,
// which turns a problem into an error naming their input and line.
import type { Context } from '../context/context.js';
import { refLabel } from '../context/ref.js';
import { versionOfGitTag } from './version.js';

export const PLACEHOLDERS = [
  'sha',
  'short_sha',
  'branch',
  'tag',
  'version',
  'major',
  'minor',
  'patch',
  'run_number',
  'default_branch',
] as const;

export type Placeholder = (typeof PLACEHOLDERS)[number];

export type TemplatePart = { literal: string } | { placeholder: Placeholder };

export interface Template {
  /** The text as the user wrote it. */
  source: string;
  parts: TemplatePart[];
}

/** A placeholder's value in one context, or why it has none (`main is not a Git tag`). */
export type PlaceholderValue = { value: string } | { missing: string };

export type TemplateValues = Record<Placeholder, PlaceholderValue>;

/** Reports a problem with the text being parsed; never returns. */
export type Fail = (problem: string) => never;

const PLACEHOLDER = /\{\{\s*([^{}]*?)\s*\}\}/g;

export function parseTemplate(source: string, fail: Fail): Template {
  const parts: TemplatePart[] = [];
  let end = 0;
  for (const match of source.matchAll(PLACEHOLDER)) {
    if (match.index > end) parts.push({ literal: source.slice(end, match.index) });
    const name = match[1] ?? '';
    if (!isPlaceholder(name))
      fail(
        `unknown placeholder {{${name}}}; the known ones are ` +
          PLACEHOLDERS.map((p) => `{{${p}}}`).join(', '),
      );
    parts.push({ placeholder: name });
    end = match.index + match[0].length;
  }
  if (end < source.length) parts.push({ literal: source.slice(end) });
  for (const part of parts)
    if ('literal' in part && /\{\{|\}\}/.test(part.literal))
      fail(`'{{' and '}}' must enclose a placeholder such as {{branch}}`);
  return { source, parts };
}

function isPlaceholder(name: string): name is Placeholder {
  return (PLACEHOLDERS as readonly string[]).includes(name);
}

/** What every placeholder stands for in `ctx`. */
export function templateValues(ctx: Context): TemplateValues {
  const refShown = refLabel(ctx);
  const notTag = { missing: `${refShown} is not a Git tag` };
  const version = ctx.gitTag === undefined ? undefined : versionOfGitTag(ctx.gitTag);
  const versionPart = (value: (v: NonNullable<typeof version>) => string | number) =>
    ctx.gitTag === undefined
      ? notTag
      : version === undefined
        ? { missing: `Git tag ${ctx.gitTag} is not a semver version` }
        : { value: String(value(version)) };
  return {
    sha: { value: ctx.sha },
    short_sha: { value: ctx.shortSha },
    branch: ctx.branch ? { value: ctx.branch } : { missing: `${refShown} is not a branch` },
    tag: ctx.gitTag ? { value: ctx.gitTag } : notTag,
    version: versionPart((v) => v.text),
    major: versionPart((v) => v.semver.major),
    minor: versionPart((v) => v.semver.minor),
    patch: versionPart((v) => v.semver.patch),
    run_number:
      ctx.runNumber === undefined
        ? { missing: 'there is no run number outside GitHub Actions' }
        : { value: String(ctx.runNumber) },
    default_branch: ctx.defaultBranch
      ? { value: ctx.defaultBranch }
      : {
          missing:
            'the default branch is not known' +
            (ctx.eventName === 'local' ? " (set it with 'git remote set-head origin --auto')" : ''),
        },
  };
}

/**
 * Fills the template in, passing each placeholder's value through `encode` (which makes it safe
 * where it lands: a tag, a glob). The first placeholder without a value makes the whole result
 * missing, with the reason.
 */
export function fillTemplate(
  template: Template,
  values: TemplateValues,
  encode: (value: string, placeholder: Placeholder) => string,
): { text: string } | { missing: string } {
  let text = '';
  for (const part of template.parts) {
    if ('literal' in part) {
      text += part.literal;
      continue;
    }
    const value = values[part.placeholder];
    if ('missing' in value)
      return { missing: `{{${part.placeholder}}} has no value: ${value.missing}` };
    text += encode(value.value, part.placeholder);
  }
  return { text };
}
