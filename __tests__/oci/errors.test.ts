// Registry errors carry the registry's own codes and say what to do.
import { Readable } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { registryError, type RequestContext } from '../../src/oci/errors.js';
import { HttpResponse } from '../../src/oci/http.js';

function context(registry: string, authenticated = true): RequestContext {
  return {
    operation: 'push manifest v1 to',
    displayName: `${registry}/org/app`,
    registry,
    repository: 'org/app',
    method: 'PUT',
    url: `https://${registry}/v2/org/app/manifests/v1?_state=secret`,
    authenticated,
  };
}

/** A registry's answer as the transport hands it over. */
const response = (status: number, body: string, headers: Record<string, string> = {}) =>
  new HttpResponse(status, '', headers, Readable.from([Buffer.from(body)]));

const answer = (status: number, errors: object[]) =>
  response(status, JSON.stringify({ errors }), { 'content-type': 'application/json' });

describe('registryError', () => {
  it('parses the OCI error body into typed fields', async () => {
    const error = await registryError(
      answer(400, [{ code: 'MANIFEST_INVALID', message: 'manifest invalid', detail: { x: 1 } }]),
      context('registry.example.com'),
    );
    expect(error).toMatchObject({
      code: 'REGISTRY_REJECTED',
      status: 400,
      registryCode: 'MANIFEST_INVALID',
      errors: [{ code: 'MANIFEST_INVALID', message: 'manifest invalid', detail: { x: 1 } }],
      url: 'https://registry.example.com/v2/org/app/manifests/v1',
    });
    expect(error.message).not.toContain('secret');
  });

  it('names the registry that answered, and nothing of GitHub', async () => {
    const error = await registryError(
      answer(403, [{ code: 'DENIED', message: 'denied' }]),
      context('ghcr.io'),
    );
    expect(error).toMatchObject({ code: 'REGISTRY_DENIED', registry: 'ghcr.io' });
    expect(error.message).toContain('grant them push access');
    expect(error.message).not.toContain('permissions:');
  });

  it('tells an ECR user to create the repository first', async () => {
    const error = await registryError(
      answer(404, [{ code: 'NAME_UNKNOWN', message: 'The repository does not exist' }]),
      context('123456789012.dkr.ecr.eu-west-1.amazonaws.com'),
    );
    expect(error.message).toContain('aws ecr create-repository --repository-name org/app');
  });

  it('says when no credentials were found rather than blaming them', async () => {
    const error = await registryError(
      answer(401, [{ code: 'UNAUTHORIZED', message: 'authentication required' }]),
      context('registry.example.com', false),
    );
    expect(error.code).toBe('REGISTRY_UNAUTHORIZED');
    expect(error.message).toContain('No credentials were found for registry.example.com');
  });

  it('keeps a non-JSON body as text', async () => {
    const error = await registryError(
      response(502, '<html>Bad gateway</html>'),
      context('r.example'),
    );
    expect(error).toMatchObject({ code: 'REGISTRY_UNAVAILABLE', errors: [] });
    expect(error.message).toContain('Bad gateway');
  });
});
