// GitHub's own remedies for failures whose cause on GitHub is known.
import { Readable } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { gitHubHint } from '../../src/github/hints.js';
import { registryError } from '../../src/oci/errors.js';
import { HttpResponse } from '../../src/oci/http.js';

async function refusal(registry: string, status: number, code: string) {
  const body = JSON.stringify({ errors: [{ code, message: code.toLowerCase() }] });
  return registryError(new HttpResponse(status, '', {}, Readable.from([Buffer.from(body)])), {
    operation: 'push manifest v1 to',
    displayName: `${registry}/org/app`,
    registry,
    repository: 'org/app',
    method: 'PUT',
    url: `https://${registry}/v2/org/app/manifests/v1`,
    authenticated: true,
  });
}

describe('gitHubHint', () => {
  it.each([
    [403, 'DENIED'],
    [401, 'UNAUTHORIZED'],
  ])('tells a ghcr.io user which workflow permission is missing (%i)', async (status, code) => {
    expect(gitHubHint(await refusal('ghcr.io', status, code))).toContain(
      'permissions: packages: write',
    );
  });

  it('has nothing to add for another registry', async () => {
    expect(gitHubHint(await refusal('registry.example.com', 403, 'DENIED'))).toBeUndefined();
  });

  it('has nothing to add for a failure that is not a refusal', async () => {
    expect(gitHubHint(await refusal('ghcr.io', 404, 'NAME_UNKNOWN'))).toBeUndefined();
  });
});
