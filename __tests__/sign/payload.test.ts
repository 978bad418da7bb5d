import { expect, it } from 'vitest';
import { simpleSigningPayload } from '../../src/sign/payload.js';
import { cosignSignStatement } from '../../src/sign/statement.js';

const digest = 'sha256:6b86b273ff34fce19d6b804eff5a3f5747ada4eaa22f1d49c01e52ddb7875b4b';

it('writes the legacy payload as cosign’s simple-signing JSON, byte for byte', () => {
  expect(simpleSigningPayload('ghcr.io/acme/podinfo-deploy', digest).toString()).toBe(
    '{"critical":{"identity":{"docker-reference":"ghcr.io/acme/podinfo-deploy"},' +
      `"image":{"docker-manifest-digest":"${digest}"},` +
      '"type":"cosign container image signature"},"optional":null}',
  );
});

it('writes the bundle statement naming the digest under cosign’s sign predicate', () => {
  expect(cosignSignStatement(digest).toString()).toBe(
    '{"_type":"https://in-toto.io/Statement/v1",' +
      `"subject":[{"digest":{"sha256":"${digest.slice(7)}"}}],` +
      '"predicateType":"https://sigstore.dev/cosign/sign/v1","predicate":{}}',
  );
});
