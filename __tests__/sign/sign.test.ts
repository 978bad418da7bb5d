// Signing end to end against the real registry and the loopback Sigstore. Everything checked is
// read back from the registry with independent readers (skopeo for manifests, plain fetch for
// blobs), then verified the way Flux and cosign do.
import { createHash, createPublicKey, verify, X509Certificate } from 'node:crypto';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { UserError } from '../../src/errors.js';
import { openRepository } from '../../src/oci/open.js';
import type { Descriptor } from '../../src/oci/repository.js';
import { loadCosignKey, signArtifact, type SignOptions } from '../../src/sign/index.js';
import { bufferBlob } from '../support/blobs.js';
import { testCosignKey } from '../support/end-to-end.js';
import { referrersApi } from '../support/proxy-handlers.js';
import { startRegistryProxy, type RegistryProxy } from '../support/proxy.js';
import { rawRequest } from '../support/raw-client.js';
import { recordingLog } from '../support/recording-log.js';
import { startRegistry, type TestRegistry } from '../support/registry.js';
import { startSigstore, type SigstoreStack } from '../support/sigstore.js';
import { skopeo, skopeoInspectRaw, skopeoRegistryFlags } from '../support/tools.js';
import { verifyBundle, verifyLegacySignature, type LegacyCheck } from './verifiers.js';

const OCI_MANIFEST = 'application/vnd.oci.image.manifest.v1+json';
const BUNDLE_TYPE = 'application/vnd.dev.sigstore.bundle.v0.3+json';
// A key in cosign's format, made for this run.
const { pem: fixtureKey, password: FIXTURE_PASSWORD } = testCosignKey('sign-test-password');

let registry: TestRegistry;
let stack: SigstoreStack;
/** A second workflow, with its own Sigstore: another signer of the same artifacts. */
let otherStack: SigstoreStack;
let proxy: RegistryProxy;
beforeAll(async () => {
  [registry, stack, otherStack] = await Promise.all([
    startRegistry(),
    startSigstore(),
    startSigstore({
      subject: 'https://github.com/acme/release/.github/workflows/promote.yaml@refs/heads/main',
    }),
  ]);
  proxy = await startRegistryProxy(registry.origin);
  proxy.use(referrersApi());
});
afterAll(async () => {
  await proxy?.stop();
  await Promise.all([registry?.stop(), stack?.stop(), otherStack?.stop()]);
});

let repositories = 0;
/**
 * A fresh repository holding one Flux-like artifact; returns it and the artifact's descriptor.
 * `where` is a registry host, or an `oci-layout:<dir>` target.
 */
async function artifact(where = registry.host) {
  const name = `acme/podinfo-${++repositories}`;
  const target = where.startsWith('oci-layout:') ? where : `oci://${where}/${name}`;
  const repository = await openRepository(target, { retry: { baseDelayMs: 5 } });
  const config = bufferBlob('{"rootfs":{"type":"layers","diff_ids":[]}}');
  const layer = bufferBlob(`manifests of ${name}`);
  await repository.putBlob(config);
  await repository.putBlob(layer);
  const bytes = Buffer.from(
    JSON.stringify({
      schemaVersion: 2,
      mediaType: OCI_MANIFEST,
      config: { mediaType: 'application/vnd.cncf.flux.config.v1+json', ...size(config) },
      layers: [{ mediaType: 'application/vnd.cncf.flux.content.v1.tar+gzip', ...size(layer) }],
    }),
  );
  const digest = await repository.putManifest({ mediaType: OCI_MANIFEST, bytes }, 'latest');
  const subject: Descriptor = { mediaType: OCI_MANIFEST, digest, size: bytes.length };
  return { name, repository, subject, dockerReference: `${where}/${name}` };
}

function size(blob: { digest: string; size: number }) {
  return { digest: blob.digest, size: blob.size };
}

function keyless(
  sigstore: SigstoreStack,
  dockerReference: string,
  format: SignOptions['format'] = 'both',
): SignOptions {
  return {
    format,
    services: sigstore.services(),
    dockerReference,
    identity: sigstore.identityToken,
    retry: { baseDelayMs: 10 },
  };
}

const hexOf = (digest: string) => digest.slice('sha256:'.length);

async function manifestJSON<T>(name: string, reference: string): Promise<T> {
  const separator = reference.startsWith('sha256:') ? '@' : ':';
  const raw = await skopeoInspectRaw(registry, `${name}${separator}${reference}`, undefined);
  return JSON.parse(raw.toString('utf8')) as T;
}

async function blob(name: string, digest: string): Promise<Buffer> {
  const response = await rawRequest(registry, undefined, 'GET', `/v2/${name}/blobs/${digest}`);
  expect(response.status).toBe(200);
  return Buffer.from(await response.arrayBuffer());
}

interface Manifest {
  artifactType?: string;
  config: Descriptor;
  layers: Descriptor[];
  subject?: Descriptor;
  annotations?: Record<string, string>;
  manifests: Descriptor[];
}

/** The bundles listed in the fallback index `sha256-<hex>`, as stored. */
async function storedBundles(name: string, subjectDigest: string) {
  const index = await manifestJSON<Manifest>(name, `sha256-${hexOf(subjectDigest)}`);
  const referrers = index.manifests.filter((m) => m.artifactType === BUNDLE_TYPE);
  return Promise.all(
    referrers.map(async (entry) => {
      const manifest = await manifestJSON<Manifest>(name, entry.digest);
      return { entry, manifest, json: await blob(name, manifest.layers[0]!.digest) };
    }),
  );
}

/** The layers of `sha256-<hex>.sig`, each with its payload blob, as stored. */
async function storedLegacy(name: string, subjectDigest: string) {
  const manifest = await manifestJSON<Manifest>(name, `sha256-${hexOf(subjectDigest)}.sig`);
  return Promise.all(
    manifest.layers.map(async (layer) => ({ layer, payload: await blob(name, layer.digest) })),
  );
}

/** The workflow identity of a keyless legacy layer's certificate. */
function signerOf(layer: Descriptor): string | undefined {
  const pem = layer.annotations?.['dev.sigstore.cosign/certificate'];
  return pem && new X509Certificate(pem).subjectAltName?.replace(/^URI:/, '');
}

function fulcioRootOf(sigstore: SigstoreStack): X509Certificate {
  const root = sigstore.trustedRoot.certificateAuthorities[0]!.certChain!.certificates[0]!;
  return new X509Certificate(Buffer.from(root.rawBytes));
}

function keylessCheck(sigstore: SigstoreStack): LegacyCheck {
  return {
    rekorPublicKey: sigstore.rekorPublicKey,
    fulcioRoot: fulcioRootOf(sigstore),
    identity: sigstore.identity,
  };
}

describe('keyless signing in both forms', () => {
  let signed: Awaited<ReturnType<typeof artifact>>;
  let result: Awaited<ReturnType<typeof signArtifact>>;
  beforeAll(async () => {
    signed = await artifact();
    const options = keyless(stack, signed.dockerReference);
    result = await signArtifact(signed.repository, signed.subject, options);
  });

  it('attaches a bundle, found through the fallback index, that verifies under the identity', async () => {
    const [bundle, ...others] = await storedBundles(signed.name, signed.subject.digest);
    expect(others).toEqual([]);
    expect(bundle!.entry.digest).toBe(result.bundleDigest);
    const { statement } = verifyBundle(bundle!.json, stack.trustedRoot, stack.identity);
    expect(statement.subject).toEqual([{ digest: { sha256: hexOf(signed.subject.digest) } }]);
    expect(statement.predicateType).toBe('https://sigstore.dev/cosign/sign/v1');
  });

  it('stores the bundle as cosign does: OCI 1.1 artifact with the subject and annotations', async () => {
    const [{ manifest, entry }] = (await storedBundles(signed.name, signed.subject.digest)) as [
      Awaited<ReturnType<typeof storedBundles>>[number],
    ];
    expect(manifest).toMatchObject({
      artifactType: BUNDLE_TYPE,
      config: {
        mediaType: 'application/vnd.oci.empty.v1+json',
        digest: 'sha256:44136fa355b3678a1146ad16f7e8649e94fb4fc21fe77e8310c060f61caaff8a',
        size: 2,
      },
      layers: [{ mediaType: BUNDLE_TYPE }],
      subject: signed.subject,
      annotations: {
        'dev.sigstore.bundle.content': 'dsse-envelope',
        'dev.sigstore.bundle.predicateType': 'https://sigstore.dev/cosign/sign/v1',
        'org.opencontainers.image.created': expect.stringMatching(
          /^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\dZ$/,
        ) as string,
      },
    });
    expect(entry.annotations).toEqual(manifest.annotations);
  });

  it('stores a legacy signature at sha256-<hex>.sig that verifies as cosign’s VerifyBundle does', async () => {
    expect(result.signatureTag).toBe(`sha256-${hexOf(signed.subject.digest)}.sig`);
    const [legacy, ...others] = await storedLegacy(signed.name, signed.subject.digest);
    expect(others).toEqual([]);
    expect(legacy!.layer.mediaType).toBe('application/vnd.dev.cosign.simplesigning.v1+json');
    const digest = verifyLegacySignature(legacy!.payload, legacy!.layer, keylessCheck(stack));
    expect(digest).toBe(signed.subject.digest);
    expect(JSON.parse(legacy!.payload.toString())).toMatchObject({
      critical: { identity: { 'docker-reference': signed.dockerReference } },
    });
  });

  it('writes a .sig image whose config skopeo reads as consistent with its layers', async () => {
    const { stdout } = await skopeo([
      'inspect',
      ...skopeoRegistryFlags(),
      `docker://${registry.host}/${signed.name}:${result.signatureTag!}`,
    ]);
    const inspected = JSON.parse(stdout.toString()) as { Layers: string[] };
    const [legacy] = await storedLegacy(signed.name, signed.subject.digest);
    expect(inspected.Layers).toEqual([legacy!.layer.digest]);
  });

  it('reports the identity Fulcio certified, as Flux’s matchOIDCIdentity names it', () => {
    expect(result.identity).toEqual(stack.identity);
  });

  it('reports one Rekor log index per form', () => {
    expect(result.rekorLogIndexes).toHaveLength(2);
    expect(result.rekorLogIndexes.every(Number.isSafeInteger)).toBe(true);
  });

  describe('makes every check fail when something is tampered with:', () => {
    /** The same workflow's signature of another artifact: valid parts to swap in. */
    let another: { legacy: Awaited<ReturnType<typeof storedLegacy>>[number]; bundle: Buffer };
    beforeAll(async () => {
      const other = await artifact();
      await signArtifact(other.repository, other.subject, keyless(stack, other.dockerReference));
      const [legacy] = await storedLegacy(other.name, other.subject.digest);
      const [bundle] = await storedBundles(other.name, other.subject.digest);
      another = { legacy: legacy!, bundle: bundle!.json };
    });

    async function legacyWith(change: (annotations: Record<string, string>) => void) {
      const [legacy] = await storedLegacy(signed.name, signed.subject.digest);
      const annotations = { ...legacy!.layer.annotations };
      change(annotations);
      const layer = { ...legacy!.layer, annotations };
      return () => verifyLegacySignature(legacy!.payload, layer, keylessCheck(stack));
    }

    it('the payload', async () => {
      const [legacy] = await storedLegacy(signed.name, signed.subject.digest);
      const forged = Buffer.from(
        legacy!.payload.toString().replace(/[0-9a-f]{64}/, 'f'.repeat(64)),
      );
      const layer = { ...legacy!.layer, digest: bufferBlob(forged).digest };
      expect(() => verifyLegacySignature(forged, layer, keylessCheck(stack))).toThrow(
        /signature does not verify/,
      );
    });

    it('the signature annotation', async () => {
      const check = await legacyWith((a) => {
        const signature = Buffer.from(a['dev.cosignproject.cosign/signature']!, 'base64');
        signature[12]! ^= 1; // inside r of the DER (r, s) pair
        a['dev.cosignproject.cosign/signature'] = signature.toString('base64');
      });
      expect(check).toThrow(/signature does not verify/);
    });

    it('the certificate annotation (another valid certificate of the same workflow)', async () => {
      const key = 'dev.sigstore.cosign/certificate';
      const check = await legacyWith((a) => (a[key] = another.legacy.layer.annotations![key]!));
      expect(check).toThrow(/signature does not verify/);
    });

    it('the Rekor bundle annotation (another entry of the same log)', async () => {
      const key = 'dev.sigstore.cosign/bundle';
      const check = await legacyWith((a) => (a[key] = another.legacy.layer.annotations![key]!));
      expect(check).toThrow(/Rekor signature differs/);
    });

    it('the Rekor entry time covered by the signed entry timestamp', async () => {
      const check = await legacyWith((a) => {
        const rekor = JSON.parse(a['dev.sigstore.cosign/bundle']!) as {
          Payload: { integratedTime: number };
        };
        rekor.Payload.integratedTime += 1;
        a['dev.sigstore.cosign/bundle'] = JSON.stringify(rekor);
      });
      expect(check).toThrow(/signed entry timestamp/);
    });

    type BundleJSON = {
      dsseEnvelope: { payload: string; signatures: { sig: string }[] };
      verificationMaterial: {
        certificate: { rawBytes: string };
        tlogEntries: Record<string, unknown>[];
      };
    };
    const parse = (json: Buffer) => JSON.parse(json.toString()) as BundleJSON;

    it.each<[string, (bundle: BundleJSON, other: BundleJSON) => void, RegExp]>([
      [
        'the signed statement',
        (b, o) => (b.dsseEnvelope.payload = o.dsseEnvelope.payload),
        /payload hash mismatch/,
      ],
      [
        'the envelope signature',
        (b, o) => (b.dsseEnvelope.signatures = o.dsseEnvelope.signatures),
        /signature mismatch/,
      ],
      [
        'the certificate',
        (b, o) => (b.verificationMaterial.certificate = o.verificationMaterial.certificate),
        // Which check fails first depends on whether the other certificate is a second younger.
        /signature|certificate chain/i,
      ],
      [
        'the Rekor entry',
        (b, o) => (b.verificationMaterial.tlogEntries = o.verificationMaterial.tlogEntries),
        /tlog entry signature mismatch/,
      ],
    ])('the bundle: %s', async (_what, tamper, error) => {
      const [bundle] = await storedBundles(signed.name, signed.subject.digest);
      const forged = parse(bundle!.json);
      tamper(forged, parse(another.bundle));
      const json = Buffer.from(JSON.stringify(forged));
      expect(() => verifyBundle(json, stack.trustedRoot, stack.identity)).toThrow(error);
    });

    it('the bundle, checked under another workflow’s identity', async () => {
      const [bundle] = await storedBundles(signed.name, signed.subject.digest);
      expect(() => verifyBundle(bundle!.json, stack.trustedRoot, otherStack.identity)).toThrow(
        /identity|subject|SAN|alternative/i,
      );
    });
  });
});

describe('signing a digest again', () => {
  it('keeps one valid legacy signature per signer, and every bundle valid', async () => {
    const { name, repository, subject, dockerReference } = await artifact();
    await signArtifact(repository, subject, keyless(stack, dockerReference));
    await signArtifact(repository, subject, keyless(otherStack, dockerReference));
    const rerun = await signArtifact(repository, subject, keyless(stack, dockerReference));

    const legacy = await storedLegacy(name, subject.digest);
    expect(legacy).toHaveLength(2);
    const ours = legacy.filter((l) => signerOf(l.layer) === stack.identity.subject);
    expect(ours).toHaveLength(1);
    expect(ours[0]!.layer.annotations!['dev.sigstore.cosign/bundle']).toContain(
      `"logIndex":${rerun.rekorLogIndexes[0]}`,
    );
    verifyLegacySignature(ours[0]!.payload, ours[0]!.layer, keylessCheck(stack));
    const theirs = legacy.find((l) => l !== ours[0])!;
    verifyLegacySignature(theirs.payload, theirs.layer, keylessCheck(otherStack));

    // Bundles are separate referrers, which cannot be replaced: a signer's re-run keeps the
    // bundle it attached before (and reports it) instead of adding an equivalent one.
    const bundles = await storedBundles(name, subject.digest);
    expect(bundles.map((b) => b.entry.digest)).toContain(rerun.bundleDigest);
    const verifying = (sigstore: SigstoreStack) =>
      bundles.filter((b) => {
        try {
          return verifyBundle(b.json, sigstore.trustedRoot, sigstore.identity) !== undefined;
        } catch {
          return false;
        }
      }).length;
    expect([verifying(stack), verifying(otherStack)]).toEqual([1, 1]);
  });

  it('from two workflows at once, keeps both legacy signatures', async () => {
    const { name, repository, subject, dockerReference } = await artifact();
    await Promise.all([
      signArtifact(repository, subject, keyless(stack, dockerReference, 'legacy')),
      signArtifact(repository, subject, keyless(otherStack, dockerReference, 'legacy')),
    ]);
    const legacy = await storedLegacy(name, subject.digest);
    expect(legacy.map((l) => signerOf(l.layer)).sort()).toEqual(
      [otherStack.identity.subject, stack.identity.subject].sort(),
    );
  });
});

describe('one form only', () => {
  it('legacy: writes no referrer', async () => {
    const { repository, subject, dockerReference } = await artifact();
    const options = { ...keyless(stack, dockerReference), format: 'legacy' as const };
    const result = await signArtifact(repository, subject, options);
    expect(result.bundleDigest).toBeUndefined();
    expect(await repository.listReferrers(subject.digest)).toEqual([]);
    expect(result.rekorLogIndexes).toHaveLength(1);
  });

  it('bundle: writes no .sig tag', async () => {
    const { repository, subject, dockerReference } = await artifact();
    const options = { ...keyless(stack, dockerReference), format: 'bundle' as const };
    const result = await signArtifact(repository, subject, options);
    expect(result.signatureTag).toBeUndefined();
    expect(await repository.listTags()).not.toContain(`sha256-${hexOf(subject.digest)}.sig`);
  });
});

it('attaches the bundle through the referrers API where the registry has one', async () => {
  const { name, repository, subject, dockerReference } = await artifact(proxy.host);
  const result = await signArtifact(repository, subject, keyless(stack, dockerReference));
  const answer = await fetch(`${proxy.origin}/v2/${name}/referrers/${subject.digest}`);
  const index = (await answer.json()) as Manifest;
  expect(index.manifests.map((m) => m.digest)).toEqual([result.bundleDigest]);
  const manifest = await manifestJSON<Manifest>(name, result.bundleDigest!);
  verifyBundle(await blob(name, manifest.layers[0]!.digest), stack.trustedRoot, stack.identity);
});

it('signs into an OCI image layout too, where skopeo reads both forms', async () => {
  const directory = await mkdtemp(join(tmpdir(), 'sign-layout-'));
  try {
    const { repository, subject } = await artifact(`oci-layout:${directory}`);
    const result = await signArtifact(repository, subject, keyless(stack, 'ghcr.io/acme/podinfo'));
    const raw = async (tag: string) => {
      const { stdout } = await skopeo(['inspect', '--raw', `oci:${directory}:${tag}`]);
      return JSON.parse(stdout.toString()) as Manifest;
    };
    const sig = await raw(result.signatureTag!);
    expect(sig.layers).toHaveLength(1);
    const index = await raw(`sha256-${hexOf(subject.digest)}`);
    expect(index.manifests.map((m) => m.digest)).toEqual([result.bundleDigest]);
  } finally {
    await rm(directory, { recursive: true, force: true });
  }
});

it('logs no secret, masks the OIDC token, and warns about the public log for a private repository', async () => {
  const { repository, subject, dockerReference } = await artifact();
  const log = recordingLog();
  await signArtifact(repository, subject, {
    ...keyless(stack, dockerReference),
    privateRepository: true,
    log,
  });
  for (const secret of stack.secrets()) expect(log.text()).not.toContain(secret);
  const tokens = stack.secrets().slice(1);
  expect(tokens.some((token) => log.masked.has(token))).toBe(true);
  expect(log.at('warning').join('\n')).toMatch(/private repository.*transparency log/);
});

describe('with a cosign key', () => {
  it('stores a legacy signature that the public key verifies, naming the artifact, and nothing else', async () => {
    const { name, repository, subject, dockerReference } = await artifact();
    const key = await loadCosignKey(fixtureKey, FIXTURE_PASSWORD);
    const requests = stack.requests().length;
    const result = await signArtifact(repository, subject, {
      ...keyless(stack, dockerReference, 'legacy'),
      identity: undefined, // no OIDC token needed
      key,
    });
    expect(stack.requests().slice(requests)).toEqual([]);
    expect(result).toEqual({
      signatureTag: `sha256-${hexOf(subject.digest)}.sig`,
      rekorLogIndexes: [],
      publicKey: key.publicKeyPEM,
    });
    const [legacy, ...others] = await storedLegacy(name, subject.digest);
    expect(others).toEqual([]);
    expect(Object.keys(legacy!.layer.annotations!)).toEqual(['dev.cosignproject.cosign/signature']);
    const annotation = legacy!.layer.annotations!['dev.cosignproject.cosign/signature']!;
    const signature = Buffer.from(annotation, 'base64');
    expect(verify('sha256', legacy!.payload, key.publicKeyPEM, signature)).toBe(true);
    const payload = JSON.parse(legacy!.payload.toString()) as {
      critical: { image: { 'docker-manifest-digest': string } };
    };
    expect(payload.critical.image['docker-manifest-digest']).toBe(subject.digest);
    expect(await repository.listReferrers(subject.digest)).toEqual([]);
  });

  it('records the signature in Rekor with key-tlog-upload, as cosign verifies it', async () => {
    const { name, repository, subject, dockerReference } = await artifact();
    const key = await loadCosignKey(fixtureKey, FIXTURE_PASSWORD);
    const options = { ...keyless(stack, dockerReference, 'legacy'), key, keyTlogUpload: true };
    const result = await signArtifact(repository, subject, options);
    expect(result.rekorLogIndexes).toHaveLength(1);
    const [legacy] = await storedLegacy(name, subject.digest);
    const publicKey = createPublicKey(key.publicKeyPEM);
    const check = { rekorPublicKey: stack.rekorPublicKey, publicKey };
    expect(verifyLegacySignature(legacy!.payload, legacy!.layer, check)).toBe(subject.digest);
  });

  it('adds a bundle naming the key by its hint, as cosign sign --key v3 writes it', async () => {
    const { name, repository, subject, dockerReference } = await artifact();
    const key = await loadCosignKey(fixtureKey, FIXTURE_PASSWORD);
    const requests = stack.requests().length;
    const result = await signArtifact(repository, subject, {
      ...keyless(stack, dockerReference, 'bundle'),
      identity: undefined,
      key,
    });
    expect(stack.requests().slice(requests)).toEqual([]); // no Rekor entry without key-tlog-upload
    expect(result.signatureTag).toBeUndefined();
    const [bundle, ...others] = await storedBundles(name, subject.digest);
    expect(others).toEqual([]);
    expect(result.bundleDigest).toBe(bundle!.entry.digest);
    const json = JSON.parse(bundle!.json.toString('utf8')) as {
      verificationMaterial: { publicKey: { hint: string }; tlogEntries?: unknown[] };
      dsseEnvelope: { signatures: { keyid?: string }[] };
    };
    // cosign's hint: base64 of the SHA-256 of the key's DER SubjectPublicKeyInfo.
    const der = createPublicKey(key.publicKeyPEM).export({ format: 'der', type: 'spki' });
    expect(json.verificationMaterial.publicKey.hint).toBe(
      createHash('sha256').update(der).digest('base64'),
    );
    expect(json.verificationMaterial.tlogEntries ?? []).toEqual([]);
    // No keyid, as cosign writes it: cosign skips a signature whose keyid is another.
    expect(json.dsseEnvelope.signatures.map((s) => s.keyid ?? '')).toEqual(['']);
  });

  it('signing again keeps its own signature instead of adding one, and a keyless one', async () => {
    const { name, repository, subject, dockerReference } = await artifact();
    const key = await loadCosignKey(fixtureKey, FIXTURE_PASSWORD);
    const withKey = { ...keyless(stack, dockerReference), key };
    await signArtifact(repository, subject, withKey);
    const [first] = await storedLegacy(name, subject.digest);
    await signArtifact(repository, subject, keyless(stack, dockerReference, 'legacy'));
    await signArtifact(repository, subject, withKey);
    const legacy = await storedLegacy(name, subject.digest);
    expect(legacy.map((l) => signerOf(l.layer) ?? 'key')).toEqual(['key', stack.identity.subject]);
    // ECDSA signatures differ each time: the same one is the first run's.
    expect(legacy[0]!.layer.annotations).toEqual(first!.layer.annotations);
  });

  it('with a wrong password fails naming cosign-password, before anything is pushed', async () => {
    const { repository } = await artifact();
    const error = await loadCosignKey(fixtureKey, 'not-the-password').catch((e: unknown) => e);
    expect(error).toBeInstanceOf(UserError);
    expect((error as UserError).input).toBe('cosign-password');
    expect(await repository.listTags()).toEqual(['latest']);
  });
});
