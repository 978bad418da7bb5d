// The `chart-version` and `chart-app-version` inputs: templates, with the placeholders of `tag`,
// whose text replaces Chart.yaml's `version` or `appVersion` inside the archive, as `helm package
// --version --app-version` do. `{{version}}` makes a release tag `v1.2.3` publish chart 1.2.3.
// Whether the text is a version Helm accepts is the chart's own check (chart-metadata.ts), which
// then names the input.
import type { VersionOverrides } from '../artifact/helm/index.js';
import type { Context } from '../context/context.js';
import { inputError } from '../errors.js';
import { fillTemplate, parseTemplate, templateValues, type Template } from './template.js';

/** The templates as `parseInputs` parsed them; undefined: Chart.yaml's own value. */
export interface ChartVersionInput {
  chartVersion: Template | undefined;
  chartAppVersion: Template | undefined;
}

/** Parses one of the two inputs; blank is undefined. */
export function parseChartVersionTemplate(input: string, text: string): Template | undefined {
  const source = text.trim();
  if (source === '') return undefined;
  return parseTemplate(source, (problem) => {
    throw inputError(input, `'${source}': ${problem}.`);
  });
}

function render(input: string, template: Template, ctx: Context) {
  const filled = fillTemplate(template, templateValues(ctx), (value) => value);
  if ('missing' in filled) {
    throw inputError(
      input,
      `'${template.source}' cannot be filled in here: ${filled.missing}. Publish the chart from ` +
        `semver Git tags (on: push: tags), or leave '${input}' unset to publish Chart.yaml's.`,
    );
  }
  return { value: filled.text, input };
}

/** The versions to write into the chart in this context, for `buildChart`. */
export function chartVersionOverrides(input: ChartVersionInput, ctx: Context): VersionOverrides {
  return {
    ...(input.chartVersion && { version: render('chart-version', input.chartVersion, ctx) }),
    ...(input.chartAppVersion && {
      appVersion: render('chart-app-version', input.chartAppVersion, ctx),
    }),
  };
}
