import { describe, expect, test } from 'vitest';
import { UserError } from '../../src/errors.js';
import {
  chartVersionOverrides,
  parseChartVersionTemplate,
  type ChartVersionInput,
} from '../../src/plan/chart-versions.js';
import { contextAt, SHA } from '../context/context-at.js';

function input(version?: string, appVersion?: string): ChartVersionInput {
  return {
    chartVersion: parseChartVersionTemplate('chart-version', version ?? ''),
    chartAppVersion: parseChartVersionTemplate('chart-app-version', appVersion ?? ''),
  };
}

describe('chart-version and chart-app-version', () => {
  test('leave Chart.yaml as it is when not given', () => {
    expect(chartVersionOverrides(input(), contextAt('refs/tags/v1.2.3'))).toEqual({});
  });

  test('take the release tag: {{version}} without its v, {{tag}} as written', () => {
    const overrides = chartVersionOverrides(
      input('{{version}}', '{{tag}}'),
      contextAt('refs/tags/v1.2.3-rc.1'),
    );
    expect(overrides).toEqual({
      version: { value: '1.2.3-rc.1', input: 'chart-version' },
      appVersion: { value: 'v1.2.3-rc.1', input: 'chart-app-version' },
    });
  });

  test('write literal text and other placeholders as they are, + included', () => {
    const overrides = chartVersionOverrides(
      input('0.0.0-dev+{{short_sha}}'),
      contextAt('refs/heads/main'),
    );
    expect(overrides.version?.value).toBe(`0.0.0-dev+${SHA.slice(0, 7)}`);
  });

  test('refuse a release-tag placeholder on a branch, naming the input and the way out', () => {
    let error: unknown;
    try {
      chartVersionOverrides(input(undefined, '{{version}}'), contextAt('refs/heads/main'));
    } catch (caught) {
      error = caught;
    }
    expect(error).toBeInstanceOf(UserError);
    expect(error).toMatchObject({ input: 'chart-app-version' });
    expect((error as UserError).message).toMatch(
      /'\{\{version\}\}' cannot be filled in here: .*not a Git tag\. Publish the chart from semver Git tags/,
    );
  });
});
