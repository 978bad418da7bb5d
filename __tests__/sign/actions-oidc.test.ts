import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { UserError } from '../../src/errors.js';
import { ActionsIdentityProvider, checkKeylessPrerequisites } from '../../src/sign/actions-oidc.js';
import { networkPolicy } from '../../src/sign/network.js';
import { startSigstore, type SigstoreStack } from '../support/sigstore.js';

const fast = networkPolicy({ timeoutMs: 2_000, retryDelayMs: 10 });

function claims(token: string): Record<string, unknown> {
  return JSON.parse(Buffer.from(token.split('.')[1]!, 'base64url').toString()) as never;
}

describe('keyless prerequisites', () => {
  it('fail without the token variables, naming the permission to add', () => {
    const check = () => checkKeylessPrerequisites({ ACTIONS_ID_TOKEN_REQUEST_URL: 'https://x' });
    expect(check).toThrow(UserError);
    expect(check).toThrow(/permissions: id-token: write/);
  });

  it('pass when the job may request a token', () => {
    const env = { ACTIONS_ID_TOKEN_REQUEST_URL: 'https://x', ACTIONS_ID_TOKEN_REQUEST_TOKEN: 't' };
    expect(() => checkKeylessPrerequisites(env)).not.toThrow();
  });
});

describe('the Actions OIDC token', () => {
  let stack: SigstoreStack;
  beforeAll(async () => {
    stack = await startSigstore();
  });
  afterAll(() => stack?.stop());

  it('is requested for the sigstore audience and masked before it is returned', async () => {
    const masked: string[] = [];
    const provider = new ActionsIdentityProvider(stack.env, fast, (s) => masked.push(s));
    const token = await provider.getToken();
    expect(claims(token)).toMatchObject({ aud: 'sigstore', sub: stack.identity.subject });
    expect(masked).toContain(token);
    expect(masked).toContain(stack.env.ACTIONS_ID_TOKEN_REQUEST_TOKEN);
  });

  it('is requested again when the endpoint fails for a moment', async () => {
    stack.inject('oidc', { kind: 'status', status: 503 });
    const token = await new ActionsIdentityProvider(stack.env, fast).getToken();
    expect(claims(token).sub).toBe(stack.identity.subject);
  });

  it('refused, fails with a message naming the permission and no secret', async () => {
    const env = { ...stack.env, ACTIONS_ID_TOKEN_REQUEST_TOKEN: 'not-the-request-token' };
    const error = await new ActionsIdentityProvider(env, fast).getToken().catch((e: unknown) => e);
    expect(error).toBeInstanceOf(UserError);
    expect((error as UserError).code).toBe('SIGN_ID_TOKEN_FAILED');
    expect((error as Error).message).toMatch(/401.*id-token: write/);
    expect((error as Error).message).not.toContain('not-the-request-token');
  });
});
