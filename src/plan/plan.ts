// The plan: under which tags this run publishes, which rules promoted it and why the others did
// not, and whether anything is pushed at all. Pure: the same inputs, context and tag list always
// give the same plan, which is what dry-run shows and what the later phases carry out.
import type { Context } from '../context/context.js';
import { inputError } from '../errors.js';
import { collectFacts, judge } from './conditions.js';
import { decideDryRun, type DryRunDecision, type DryRunMode } from './dry-run.js';
import type { PromoteRule } from './promote-rules.js';
import { renderTag } from './tag-template.js';
import type { Placeholder, Template, TemplateValues } from './template.js';
import { templateValues } from './template.js';

/** The inputs the plan depends on, as `parseInputs` parsed them. */
export interface PlanInput {
  /** The `tag` input; undefined for the default (the Git tag, else the short sha). */
  tagTemplate: Template | undefined;
  /** The `promote` input's rules, in order. */
  promoteRules: readonly PromoteRule[];
  dryRun: DryRunMode;
}

export interface RuleOutcome {
  /** The rule as written. */
  rule: string;
  /** The tag it names here, when that could be worked out. */
  tag?: string;
  applied: boolean;
  /** Why it applied, or the first reason it did not. */
  reason: string;
}

/** A Helm chart, as read from its Chart.yaml (and `chart-version`): its version is its tag. */
export interface PlannedChart {
  name: string;
  version: string;
  /** The version as a tag, `+` written as `_`. */
  tag: string;
}

export interface Plan {
  /** Set when publishing a Helm chart. */
  chart?: { name: string; version: string };
  primaryTag: string;
  /** Tags the artifact is promoted to: deduplicated, in rule order, never the primary tag. */
  promotedTags: string[];
  rules: RuleOutcome[];
  dryRun: boolean;
  dryRunReason: string;
  /** Things the user should know, such as a branch name that had to change to become a tag. */
  notices: string[];
}

/**
 * Whether the plan needs the repository's existing tags: only when a rule with `highest` has every
 * other condition holding here (a branch push never lists tags for the default `stable` rule).
 */
export function planNeedsTagList(input: PlanInput, ctx: Context): boolean {
  const facts = collectFacts(ctx, templateValues(ctx));
  return input.promoteRules.some(
    (rule) =>
      rule.conditions.some((c) => c.key === 'highest') &&
      rule.conditions.every((c) => c.key === 'highest' || judge(c, facts).holds),
  );
}

/** Whether the tag template or any promotion rule (its tag or a glob) names `placeholder`. */
export function planUses(input: PlanInput, placeholder: Placeholder): boolean {
  const names = (template: Template | undefined) =>
    template?.parts.some((part) => 'placeholder' in part && part.placeholder === placeholder) ??
    false;
  return (
    names(input.tagTemplate) ||
    input.promoteRules.some(
      (rule) => names(rule.tag) || rule.conditions.some((c) => 'glob' in c && names(c.glob)),
    )
  );
}

/**
 * Works out the plan. `existingTags` are the tags already in the target repository; rules with
 * `highest` need them (see `planNeedsTagList`) and do not apply without them. `dryRun` is the
 * decision the caller already made from `input.dryRun`, if it made one. A Helm chart is
 * published under its version, as Helm and Flux look it up, whatever the ref.
 */
export function computePlan(
  input: PlanInput,
  ctx: Context,
  existingTags?: readonly string[],
  dryRun: DryRunDecision = decideDryRun(input.dryRun, ctx),
  chart?: PlannedChart,
): Plan {
  const values = templateValues(ctx);
  const notices: string[] = [];
  const primaryTag = chart ? chart.tag : renderPrimaryTag(input.tagTemplate, ctx, values, notices);
  const facts = collectFacts(ctx, values, existingTags);
  const promotedTags: string[] = [];
  const rules = input.promoteRules.map((rule): RuleOutcome => {
    const reasons: string[] = [];
    for (const condition of rule.conditions) {
      const verdict = judge(condition, facts);
      if (!verdict.holds) return { rule: rule.text, applied: false, reason: verdict.reason };
      reasons.push(verdict.reason);
    }
    const rendered = renderTag(rule.tag, values);
    if ('missing' in rendered) return { rule: rule.text, applied: false, reason: rendered.missing };
    notices.push(...rendered.notices);
    if (rendered.tag === primaryTag) reasons.push('the same tag as the primary one');
    else if (promotedTags.includes(rendered.tag))
      reasons.push('already promoted by an earlier rule');
    else promotedTags.push(rendered.tag);
    return { rule: rule.text, tag: rendered.tag, applied: true, reason: reasons.join('; ') };
  });
  return {
    ...(chart && { chart: { name: chart.name, version: chart.version } }),
    primaryTag,
    promotedTags,
    rules,
    dryRun: dryRun.dryRun,
    dryRunReason: dryRun.reason,
    notices: [...new Set(notices)],
  };
}

function renderPrimaryTag(
  template: Template | undefined,
  ctx: Context,
  values: TemplateValues,
  notices: string[],
): string {
  const source = template ?? defaultTagTemplate(ctx);
  const rendered = renderTag(source, values);
  if ('missing' in rendered)
    throw inputError('tag', `'${source.source}' cannot be filled in here: ${rendered.missing}.`);
  notices.push(...rendered.notices);
  return rendered.tag;
}

/** The Git tag on tag refs and releases, otherwise the short sha (as the Flux guide tags). */
function defaultTagTemplate(ctx: Context): Template {
  const placeholder = ctx.gitTag === undefined ? 'short_sha' : 'tag';
  return { source: `{{${placeholder}}}`, parts: [{ placeholder }] };
}

/** The plan as log lines: the tags, every rule's outcome, dry-run and notices. */
export function describePlan(plan: Plan): string[] {
  return [
    ...(plan.chart ? [`Chart: ${plan.chart.name} ${plan.chart.version}`] : []),
    `Tag: ${plan.primaryTag}`,
    ...(plan.rules.length === 0 ? ['Promote: no rules'] : []),
    ...plan.rules.map(
      (r) =>
        `${r.applied ? 'Promote' : 'Skip'} '${r.rule}'` +
        `${r.applied && r.tag ? ` → ${r.tag}` : ''}: ${r.reason}`,
    ),
    `Dry run: ${plan.dryRun ? 'yes' : 'no'} (${plan.dryRunReason})`,
    ...plan.notices.map((n) => `Notice: ${n}`),
  ];
}
