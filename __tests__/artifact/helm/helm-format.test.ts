// Where a chart goes: `<url>/<chart name>:<version>` as `helm push` names it, and the names an OCI
// repository cannot hold, refused rather than changed.
import { describe, expect, test } from 'vitest';
import { chartLocation, chartTag } from '../../../src/artifact/helm/index.js';
import { UserError } from '../../../src/errors.js';
import { parseLocation } from '../../../src/oci/location.js';

function refusal(run: () => unknown): UserError {
  try {
    run();
  } catch (error) {
    if (error instanceof UserError) return error;
    throw error;
  }
  throw new Error('expected a UserError');
}

describe('chartLocation', () => {
  test('appends the chart name to the repository of url', () => {
    expect(chartLocation(parseLocation('oci://ghcr.io/org/charts'), 'shop', 'path')).toEqual({
      kind: 'registry',
      registry: 'ghcr.io',
      repository: 'org/charts/shop',
    });
  });

  test('leaves an OCI layout as it is: a layout is one repository', () => {
    const layout = parseLocation('oci-layout:/tmp/out');
    expect(chartLocation(layout, 'shop', 'path')).toBe(layout);
  });

  test.each(['Shop', 'shop chart', '-shop'])(
    "refuses the chart name '%s', which no repository can hold, naming the input",
    (name) => {
      const error = refusal(() => chartLocation(parseLocation('oci://ghcr.io/org'), name, 'path'));
      expect(error).toMatchObject({ code: 'CHART_NAME_NOT_A_REPOSITORY', input: 'path' });
      expect(error.message).toContain('rename the chart');
    },
  );

  test('refuses a chart repository longer than registries accept', () => {
    const parent = parseLocation(`oci://ghcr.io/${'a'.repeat(245)}`);
    const error = refusal(() => chartLocation(parent, 'shop', 'path'));
    expect(error.message).toContain('255 characters');
  });
});

describe('chartTag', () => {
  test('writes + as _, as Helm does', () => {
    expect(chartTag('1.2.3+build.5', 'path')).toBe('1.2.3_build.5');
  });
});
