export const id = 252;
export const ids = [252];
export const modules = {

/***/ 87252:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  loadCosignKey: () => (/* reexport */ loadCosignKey),
  signArtifact: () => (/* binding */ signArtifact),
  sigstoreServices: () => (/* reexport */ sigstoreServices)
});

// EXTERNAL MODULE: ./build/oci/digest.js
var oci_digest = __webpack_require__(1564);
// EXTERNAL MODULE: ./build/oci/media-types.js
var media_types = __webpack_require__(54566);
// EXTERNAL MODULE: ./build/oci/read-blob.js
var read_blob = __webpack_require__(50154);
// EXTERNAL MODULE: external "node:stream"
var external_node_stream_ = __webpack_require__(57075);
;// CONCATENATED MODULE: ./build/sign/blob.js
// Small in-memory content (signature payloads, configs, bundles) as a re-openable blob.


function bufferBlob(bytes) {
    return {
        digest: (0,oci_digest/* digestOf */.ol)(bytes),
        size: bytes.length,
        open: () => external_node_stream_.Readable.from([bytes]),
    };
}

;// CONCATENATED MODULE: ./build/sign/statement.js
// The in-toto statement inside a Sigstore bundle that signs an image the way `cosign sign` v3 does:
// the subject is the manifest digest and the predicate type says "signed", with no claims.
const IN_TOTO_PAYLOAD_TYPE = 'application/vnd.in-toto+json';
const COSIGN_SIGN_PREDICATE_TYPE = 'https://sigstore.dev/cosign/sign/v1';
/** The statement's bytes for a manifest `digest` (`sha256:<hex>`). */
function cosignSignStatement(digest) {
    const [algorithm, hex] = digest.split(':');
    const statement = {
        _type: 'https://in-toto.io/Statement/v1',
        subject: [{ digest: { [algorithm]: hex } }],
        predicateType: COSIGN_SIGN_PREDICATE_TYPE,
        predicate: {},
    };
    return Buffer.from(JSON.stringify(statement));
}

;// CONCATENATED MODULE: ./build/sign/bundle-referrer.js
// The Sigstore bundle form (cosign v3, Flux ≥ 2.8): the bundle as the single layer of an OCI 1.1
// artifact manifest whose `subject` is the signed manifest, attached as a referrer (the layout
// cosign v3 writes: sigstore/cosign cmd/cosign/cli/signcommon/common.go).
// A signer's re-run keeps the bundle it attached before rather than piling up equivalent ones:
// referrers cannot be replaced, only added.





const BUNDLE_MEDIA_TYPE = 'application/vnd.dev.sigstore.bundle.v0.3+json';
const EMPTY_JSON = Buffer.from('{}');
const EMPTY_MEDIA_TYPE = 'application/vnd.oci.empty.v1+json';
/** RFC 3339 in UTC, second precision, as cosign writes `org.opencontainers.image.created`. */
function rfc3339(date) {
    return date.toISOString().replace(/\.\d{3}Z$/, 'Z');
}
/** Bundles are a few kilobytes; a larger layer is not one of ours to read. */
const MAX_BUNDLE_BYTES = 1024 * 1024;
/** The Sigstore bundles attached to `subject`, each with its referrer manifest's descriptor. */
async function* attachedBundles(repository, subject) {
    for (const referrer of await repository.listReferrers(subject.digest, BUNDLE_MEDIA_TYPE)) {
        const manifest = await repository.getManifest(referrer.digest);
        if (!manifest)
            continue;
        let layer;
        try {
            layer = JSON.parse(manifest.bytes.toString('utf8'))
                .layers?.[0];
        }
        catch {
            continue; // not a manifest we can read: someone else's, left alone
        }
        if (!layer || layer.mediaType !== BUNDLE_MEDIA_TYPE || layer.size > MAX_BUNDLE_BYTES)
            continue;
        const json = await (0,read_blob/* readBlobAtMost */.W)(repository, layer.digest, MAX_BUNDLE_BYTES);
        if (json)
            yield { referrer, json };
    }
}
/** A bundle referrer of `subject` by the same signer, if one is there already. */
async function attachedBefore(repository, subject, sameSigner) {
    for await (const { referrer, json } of attachedBundles(repository, subject)) {
        if (sameSigner(json))
            return referrer;
    }
    return undefined;
}
/**
 * Stores `bundleJSON` as a referrer of `subject` and returns the referrer manifest's descriptor,
 * and whether it was added now. With `sameSigner`, a bundle already attached by that signer is
 * returned instead of adding another; other signers' bundles never count.
 */
async function attachBundle(repository, subject, bundleJSON, created, sameSigner) {
    const existing = sameSigner && (await attachedBefore(repository, subject, sameSigner));
    if (existing)
        return { referrer: existing, added: false };
    const config = bufferBlob(EMPTY_JSON);
    const layer = bufferBlob(bundleJSON);
    await repository.putBlob(config);
    await repository.putBlob(layer);
    const annotations = {
        'dev.sigstore.bundle.content': 'dsse-envelope',
        'dev.sigstore.bundle.predicateType': COSIGN_SIGN_PREDICATE_TYPE,
        'org.opencontainers.image.created': rfc3339(created),
    };
    const manifest = {
        schemaVersion: 2,
        mediaType: media_types/* OCI_MANIFEST */.EG,
        artifactType: BUNDLE_MEDIA_TYPE,
        config: { mediaType: EMPTY_MEDIA_TYPE, digest: config.digest, size: config.size },
        layers: [{ mediaType: BUNDLE_MEDIA_TYPE, digest: layer.digest, size: layer.size }],
        subject: { mediaType: subject.mediaType, digest: subject.digest, size: subject.size },
        annotations,
    };
    const bytes = Buffer.from(JSON.stringify(manifest));
    const digest = (0,oci_digest/* digestOf */.ol)(bytes);
    await repository.putManifest({ mediaType: media_types/* OCI_MANIFEST */.EG, bytes }, digest);
    const referrer = {
        mediaType: media_types/* OCI_MANIFEST */.EG,
        digest,
        size: bytes.length,
        artifactType: BUNDLE_MEDIA_TYPE,
        annotations,
    };
    await repository.addReferrer(subject, referrer);
    return { referrer, added: true };
}

// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(77598);
// EXTERNAL MODULE: ./node_modules/@sigstore/bundle/dist/index.js
var dist = __webpack_require__(61040);
// EXTERNAL MODULE: ./node_modules/@sigstore/core/dist/index.js
var core_dist = __webpack_require__(83917);
// EXTERNAL MODULE: ./node_modules/@sigstore/protobuf-specs/dist/index.js
var protobuf_specs_dist = __webpack_require__(19654);
// EXTERNAL MODULE: ./build/errors.js
var errors = __webpack_require__(19473);
;// CONCATENATED MODULE: ./build/cosign/fulcio-issuer.js
const OID_ISSUER_V2 = '1.3.6.1.4.1.57264.1.8';
const OID_ISSUER_V1 = '1.3.6.1.4.1.57264.1.1';
function fulcioIssuer(certificate) {
    return (certificate.extension(OID_ISSUER_V2)?.valueObj.subs[0]?.value.toString('utf8') ??
        certificate.extension(OID_ISSUER_V1)?.value.toString('utf8'));
}

;// CONCATENATED MODULE: ./build/cosign/pem.js
// PEM encoding of DER certificates, as Go's encoding/pem writes it (64-column lines).
function certificatePEM(der) {
    const lines = der.toString('base64').match(/.{1,64}/g) ?? [];
    return ['-----BEGIN CERTIFICATE-----', ...lines, '-----END CERTIFICATE-----', ''].join('\n');
}

;// CONCATENATED MODULE: ./build/cosign/format.js
// The cosign signature format, written by src/sign/ and read by src/verify/ (and by sign's search
// for a signature already there, sign/existing-signature.ts), so that both sides agree on it:
// - the legacy signature's tag, `sha256-<hex>.sig`, and its layer: the simple-signing payload as
//   the blob, the signature, certificate and Rekor entry as annotations (sigstore/cosign
//   pkg/oci/static and pkg/cosign/bundle). A layer is made from `@sigstore/sign`'s
//   message-signature bundle over the payload, field by field, and read back as that bundle, so that
//   one verifier (`@sigstore/verify`) checks both forms;
// - the identity a Fulcio certificate names (its SAN and OIDC issuer), in a legacy layer's
//   certificate or a bundle's.








const SIMPLE_SIGNING_MEDIA_TYPE = 'application/vnd.dev.cosign.simplesigning.v1+json';
const LegacyAnnotation = {
    signature: 'dev.cosignproject.cosign/signature',
    certificate: 'dev.sigstore.cosign/certificate',
    chain: 'dev.sigstore.cosign/chain',
    bundle: 'dev.sigstore.cosign/bundle',
    timestamp: 'dev.sigstore.cosign/rfc3161timestamp',
};
/** `sha256-<hex>.sig`: the tag cosign looks up for the signatures of `digest`. */
function signatureTag(digest) {
    return `${digest.replace(':', '-')}.sig`;
}
/** The identity `certificate` (parsed) names. */
function fulcioIdentity(certificate) {
    const issuer = fulcioIssuer(certificate);
    return {
        ...(certificate.subjectAltName ? { subject: certificate.subjectAltName } : {}),
        ...(issuer ? { issuer } : {}),
    };
}
/** The identity a certificate (PEM, or DER) names; none when it does not parse. */
function certificateIdentity(certificate) {
    try {
        return fulcioIdentity(core_dist.X509Certificate.parse(typeof certificate === 'string' ? certificate : Buffer.from(certificate)));
    }
    catch {
        return {};
    }
}
/**
 * cosign's `RekorBundle`: what its `VerifyBundle` checks offline. The signed entry timestamp
 * covers the canonical JSON of `Payload`, whose log ID is hex (the bundle's is bytes).
 */
function rekorBundle(entry) {
    const set = entry.inclusionPromise?.signedEntryTimestamp;
    if (!set) {
        // Rekor v2 entries carry none, and cosign's legacy verification needs it.
        throw (0,errors/* inputError */.Xu)('rekor-url', 'its entry has no signed entry timestamp: give a Rekor v1 API.');
    }
    const annotation = {
        SignedEntryTimestamp: set.toString('base64'),
        Payload: {
            body: entry.canonicalizedBody.toString('base64'),
            integratedTime: Number(entry.integratedTime),
            logIndex: Number(entry.logIndex),
            logID: entry.logId.keyId.toString('hex'),
        },
    };
    return JSON.stringify(annotation);
}
/** The leaf certificate (DER) of a bundle's verification material; none for a key's bundle. */
function bundleCertificate(bundle) {
    const content = bundle.verificationMaterial.content;
    switch (content.$case) {
        case 'x509CertificateChain':
            return content.x509CertificateChain.certificates[0]?.rawBytes;
        case 'certificate':
            return content.certificate.rawBytes;
        case 'publicKey':
            return undefined;
    }
}
/** The layer descriptor for `payload` signed in `bundle` (keyless, or key-based with no cert). */
function legacyLayer(payload, bundle) {
    const annotations = {
        [LegacyAnnotation.signature]: bundle.content.messageSignature.signature.toString('base64'),
    };
    const der = bundleCertificate(bundle);
    if (der) {
        annotations[LegacyAnnotation.certificate] = certificatePEM(der);
        // Fulcio's intermediates are in every verifier's trusted root; cosign reads '' as none.
        annotations[LegacyAnnotation.chain] = '';
    }
    const [entry] = bundle.verificationMaterial.tlogEntries;
    if (entry)
        annotations[LegacyAnnotation.bundle] = rekorBundle(entry);
    const [timestamp] = bundle.verificationMaterial.timestampVerificationData?.rfc3161Timestamps ?? [];
    if (timestamp) {
        annotations[LegacyAnnotation.timestamp] = JSON.stringify({
            SignedRFC3161Timestamp: timestamp.signedTimestamp.toString('base64'),
        });
    }
    return {
        mediaType: SIMPLE_SIGNING_MEDIA_TYPE,
        digest: (0,oci_digest/* digestOf */.ol)(payload),
        size: payload.length,
        annotations,
    };
}
// Reading a layer back, as whatever signer wrote it: what does not parse is a LegacyLayerError,
// which verification reports as that layer's problem (verify/check.ts).
class LegacyLayerError extends (/* unused pure expression or super */ null && (Error)) {
}
/** The Rekor entry of the annotation: the body, its kind and version, and the inclusion promise. */
function tlogEntry(annotation) {
    let parsed;
    try {
        parsed = JSON.parse(annotation);
    }
    catch {
        throw new LegacyLayerError('its Rekor bundle annotation is not JSON');
    }
    const { SignedEntryTimestamp: set, Payload: payload } = parsed;
    const { body, integratedTime, logIndex, logID } = payload ?? {};
    if (typeof set !== 'string' ||
        typeof body !== 'string' ||
        typeof integratedTime !== 'number' ||
        typeof logIndex !== 'number' ||
        typeof logID !== 'string') {
        throw new LegacyLayerError('its Rekor bundle annotation lacks fields cosign needs');
    }
    const canonicalizedBody = Buffer.from(body, 'base64');
    let kind;
    try {
        kind = JSON.parse(canonicalizedBody.toString('utf8'));
    }
    catch {
        throw new LegacyLayerError('its Rekor entry body is not JSON');
    }
    return {
        logIndex: String(logIndex),
        logId: { keyId: Buffer.from(logID, 'hex') },
        kindVersion: { kind: String(kind.kind), version: String(kind.apiVersion) },
        integratedTime: String(integratedTime),
        inclusionPromise: { signedEntryTimestamp: Buffer.from(set, 'base64') },
        inclusionProof: undefined,
        canonicalizedBody,
    };
}
/** The public key (PEM) or certificate the Rekor entry of the annotation logged, if any. */
function loggedKey(layer) {
    const annotation = layer.annotations?.[LegacyAnnotation.bundle];
    if (!annotation)
        return undefined;
    try {
        const entry = tlogEntry(annotation);
        const body = JSON.parse(entry.canonicalizedBody.toString('utf8'));
        const content = body.spec?.signature?.publicKey?.content;
        return typeof content === 'string'
            ? Buffer.from(content, 'base64').toString('utf8')
            : undefined;
    }
    catch {
        return undefined;
    }
}
/** The certificate (DER) of a keyless layer, `undefined` for a key-signed one. */
function layerCertificate(layer) {
    const pem = layer.annotations?.[LegacyAnnotation.certificate];
    if (!pem)
        return undefined;
    try {
        return new X509Certificate(pem).raw;
    }
    catch {
        throw new LegacyLayerError('its certificate annotation is not a PEM certificate');
    }
}
/**
 * The bundle `layer` (whose blob is `payload`) stands for. The RFC 3161 timestamp annotation is
 * left out: cosign and Flux read it only when told to use signed timestamps, which Flux never is.
 */
function legacyBundle(layer, payload) {
    const signature = layer.annotations?.[LegacyAnnotation.signature];
    if (!signature)
        throw new LegacyLayerError('it has no signature annotation');
    const certificate = layerCertificate(layer);
    const rekor = layer.annotations?.[LegacyAnnotation.bundle];
    return {
        mediaType: BUNDLE_V01_MEDIA_TYPE,
        verificationMaterial: {
            content: certificate
                ? {
                    $case: 'x509CertificateChain',
                    x509CertificateChain: { certificates: [{ rawBytes: certificate }] },
                }
                : { $case: 'publicKey', publicKey: { hint: '' } },
            tlogEntries: rekor ? [tlogEntry(rekor)] : [],
            timestampVerificationData: undefined,
        },
        content: {
            $case: 'messageSignature',
            messageSignature: {
                messageDigest: {
                    algorithm: HashAlgorithm.SHA2_256,
                    digest: createHash('sha256').update(payload).digest(),
                },
                signature: Buffer.from(signature, 'base64'),
            },
        },
    };
}

;// CONCATENATED MODULE: ./build/sign/payload.js
// cosign's "simple signing" payload: the bytes a legacy `.sig` signature covers. Verifiers parse
// it as JSON, but its exact bytes are what is hashed, logged in Rekor and stored as the layer, so
// it is written by hand in cosign's field order rather than left to a serializer.
/** The payload's `critical.type`, which cosign checks. */
const SIMPLE_SIGNING_TYPE = 'cosign container image signature';
/**
 * The payload signing `digest` (`sha256:<hex>`) as found in `dockerReference`
 * (`<registry>/<repository>`, no tag or digest).
 */
function simpleSigningPayload(dockerReference, digest) {
    const payload = {
        critical: {
            identity: { 'docker-reference': dockerReference },
            image: { 'docker-manifest-digest': digest },
            type: SIMPLE_SIGNING_TYPE,
        },
        optional: null,
    };
    return Buffer.from(JSON.stringify(payload));
}

;// CONCATENATED MODULE: ./build/sign/signature-manifest.js
// The legacy `.sig` manifest: one OCI image manifest per signed digest, one layer per signature,
// shared by every signer of that digest (formats.md §2a). Adding ours is a change to a shared tag
// (oci/shared-tag.ts) that never drops a layer written by someone else.




const OCI_CONFIG = 'application/vnd.oci.image.config.v1+json';
/** cosign refuses to read a `.sig` manifest with more layers than this. */
const MAX_LAYERS = 1000;
function parseLayers(stored, tag) {
    if (!stored)
        return [];
    try {
        const manifest = JSON.parse(stored.bytes.toString('utf8'));
        if (Array.isArray(manifest.layers))
            return manifest.layers;
    }
    catch {
        // reported below
    }
    throw new errors/* UserError */.yo(errors/* ErrorCode */.O4.SIGNATURE_MANIFEST_INVALID, `The existing signature manifest at tag ${tag} is not an image manifest with layers, so ` +
        'signatures cannot be added to it without losing what it holds. Inspect it and delete the ' +
        'tag if it is not a cosign signature manifest.');
}
/** The layers of the `.sig` manifest of `subjectDigest`; none when it is missing or unreadable. */
async function legacySignatureLayers(repository, subjectDigest) {
    const tag = signatureTag(subjectDigest);
    try {
        return parseLayers(await repository.getManifest(tag), tag);
    }
    catch (error) {
        // Adding a signature reports what is wrong with it; here it holds none of ours.
        if (error instanceof errors/* UserError */.yo && error.code === errors/* ErrorCode */.O4.SIGNATURE_MANIFEST_INVALID)
            return [];
        throw error;
    }
}
/**
 * The config cosign's writer (go-containerregistry's `mutate.Append` over an empty image) would
 * give these layers. No verifier reads it, but tools that inspect the image expect it consistent.
 */
function configFor(layers) {
    const epoch = '0001-01-01T00:00:00Z';
    return Buffer.from(JSON.stringify({
        architecture: '',
        created: epoch,
        history: layers.map(() => ({ created: epoch })),
        os: '',
        rootfs: { type: 'layers', diff_ids: layers.map((layer) => layer.digest) },
        config: {},
    }));
}
function sameSignature(a, b) {
    const key = LegacyAnnotation.signature;
    return a.digest === b.digest && a.annotations?.[key] === b.annotations?.[key];
}
/**
 * Adds `layer` (whose blob is `payload`) to the `.sig` manifest of `subjectDigest`, replacing
 * layers `supersedes` claims, keeping every other one. Returns the tag.
 */
async function addLegacySignature(repository, subjectDigest, payload, layer, supersedes) {
    const tag = signatureTag(subjectDigest);
    await repository.updateSharedTag(tag, legacySignatureChange(tag, payload, layer, supersedes));
    return tag;
}
function legacySignatureChange(tag, payload, layer, supersedes) {
    return {
        description: `signature ${layer.annotations?.[LegacyAnnotation.signature]?.slice(0, 16)}…`,
        // Ours, or an equivalent one that a concurrent run of the same signer wrote over it.
        holds: (current) => parseLayers(current, tag).some((existing) => sameSignature(existing, layer) || supersedes(existing)),
        apply(current) {
            const others = parseLayers(current, tag).filter((existing) => !supersedes(existing));
            const layers = [...others, layer];
            if (layers.length > MAX_LAYERS) {
                throw new errors/* UserError */.yo(errors/* ErrorCode */.O4.SIGNATURE_MANIFEST_FULL, `The signature manifest at tag ${tag} already holds ${others.length} signatures; ` +
                    `cosign reads at most ${MAX_LAYERS}. Delete the tag (or old signatures in it) and ` +
                    'sign again.');
            }
            const configBlob = bufferBlob(configFor(layers));
            const manifest = {
                schemaVersion: 2,
                mediaType: media_types/* OCI_MANIFEST */.EG,
                config: { mediaType: OCI_CONFIG, digest: configBlob.digest, size: configBlob.size },
                layers,
            };
            return {
                manifest: { mediaType: media_types/* OCI_MANIFEST */.EG, bytes: Buffer.from(JSON.stringify(manifest)) },
                blobs: [bufferBlob(payload), configBlob],
            };
        },
    };
}

;// CONCATENATED MODULE: ./build/sign/existing-signature.js
// Re-running a workflow for a commit it already published gives the same digest. Signing it again
// would cost a new certificate and a new, permanent transparency-log entry for a signature that
// is already there, so before anything is asked of Fulcio or Rekor the registry is searched for a
// valid signature of this digest by this signer, in each form requested; only the missing forms
// are signed.
//
// "Valid" is what can be checked without Sigstore's trust roots, which signing never fetches: the
// exact payload (digest and docker-reference) is signed, the signature verifies with the
// certificate's key (keyless) or our key, the certificate names this signer's identity and
// issuer, and, when signing would log one, a transparency-log entry records this very signature
// within the certificate's validity (and an RFC 3161 timestamp is there when one is asked for).
// That the certificate chains to Fulcio's root and that the entry's promise is Rekor's are left to
// the verifiers; a signature forged by someone who can push to the repository passes these checks,
// but such a person can as well delete the real ones.









/** The certificate's public key when it names `identity`, else undefined. */
function certifiedKey(certificate, identity) {
    let parsed;
    try {
        parsed = core_dist.X509Certificate.parse(certificate);
    }
    catch {
        return undefined;
    }
    const named = fulcioIdentity(parsed);
    if (named.subject !== identity.subject || named.issuer !== identity.issuer) {
        return undefined;
    }
    const key = (0,external_node_crypto_.createPublicKey)({ key: parsed.publicKey, format: 'der', type: 'spki' });
    return { key, certificate: parsed };
}
const validAt = (certificate, seconds) => certificate === undefined || certificate.validForDate(new Date(seconds * 1000));
function safeVerify(data, key, signature) {
    try {
        return (0,external_node_crypto_.verify)('sha256', data, key, signature);
    }
    catch {
        return false;
    }
}
/** The key to verify with: the certificate's for keyless, ours for a key (and no certificate). */
function signerKey(expected, certificate) {
    if (expected.signer.kind === 'keyless') {
        return certificate === undefined
            ? undefined
            : certifiedKey(certificate, expected.signer.identity);
    }
    return certificate === undefined
        ? { key: (0,external_node_crypto_.createPublicKey)(expected.signer.publicKeyPEM) }
        : undefined;
}
/** The log index of a legacy layer that is a valid signature of `payload` by the signer. */
function validLegacyLayer(layer, payload, expected) {
    const annotations = layer.annotations ?? {};
    const signature = annotations[LegacyAnnotation.signature];
    if (layer.digest !== (0,oci_digest/* digestOf */.ol)(payload) || layer.size !== payload.length || !signature)
        return;
    const signer = signerKey(expected, annotations[LegacyAnnotation.certificate]);
    if (!signer || !safeVerify(payload, signer.key, Buffer.from(signature, 'base64')))
        return;
    if (expected.timestamp && !annotations[LegacyAnnotation.timestamp])
        return;
    if (!expected.tlog)
        return { logIndex: undefined };
    let entry;
    let body;
    try {
        entry = JSON.parse(annotations[LegacyAnnotation.bundle] ?? '').Payload;
        body = JSON.parse(Buffer.from(typeof entry?.body === 'string' ? entry.body : '', 'base64').toString('utf8'));
    }
    catch {
        return;
    }
    const logged = body.kind === 'hashedrekord' &&
        body.spec?.data?.hash?.value === (0,external_node_crypto_.createHash)('sha256').update(payload).digest('hex') &&
        body.spec.signature?.content === signature &&
        typeof entry?.integratedTime === 'number' &&
        validAt(signer.certificate, entry.integratedTime);
    if (!logged)
        return undefined;
    return { logIndex: typeof entry?.logIndex === 'number' ? entry.logIndex : undefined };
}
/** The log index of a bundle that validly signs `digest` by the signer (keyless, or our key). */
function validBundle(json, expected) {
    let bundle;
    try {
        bundle = (0,dist.bundleFromJSON)(JSON.parse(json.toString('utf8')));
    }
    catch {
        return;
    }
    const material = bundle.verificationMaterial;
    if (bundle.mediaType !== BUNDLE_MEDIA_TYPE || bundle.content.$case !== 'dsseEnvelope')
        return;
    const signer = signerKey(expected, bundleCertificate(bundle));
    const envelope = bundle.content.dsseEnvelope;
    const [signature] = envelope.signatures;
    if (!signer || !signature || envelope.payloadType !== IN_TOTO_PAYLOAD_TYPE)
        return;
    let statement;
    try {
        statement = JSON.parse(envelope.payload.toString('utf8'));
    }
    catch {
        return;
    }
    const [algorithm, hex] = expected.digest.split(':');
    if (statement.predicateType !== COSIGN_SIGN_PREDICATE_TYPE ||
        statement.subject?.length !== 1 ||
        statement.subject[0]?.digest?.[algorithm] !== hex) {
        return;
    }
    const signed = core_dist.dsse.preAuthEncoding(envelope.payloadType, envelope.payload);
    if (!safeVerify(signed, signer.key, signature.sig))
        return;
    if (expected.timestamp && !material.timestampVerificationData?.rfc3161Timestamps.length)
        return;
    if (!expected.tlog)
        return { logIndex: undefined };
    const [entry] = material.tlogEntries;
    // A Rekor v2 entry has no integrated time (0): its signed time is the TSA's, required above.
    const integrated = Number(entry?.integratedTime);
    if (!entry || (integrated !== 0 && !validAt(signer.certificate, integrated)))
        return;
    return { logIndex: Number(entry.logIndex) };
}
/** This signer's valid signatures of `subject` in the forms `expected.format` asks for. */
async function findExistingSignatures(repository, subject, expected) {
    const found = {};
    if (expected.format !== 'bundle') {
        const payload = simpleSigningPayload(expected.dockerReference, expected.digest);
        for (const layer of await legacySignatureLayers(repository, subject.digest)) {
            const valid = validLegacyLayer(layer, payload, expected);
            if (valid) {
                found.legacy = { tag: signatureTag(subject.digest), logIndex: valid.logIndex };
                break;
            }
        }
    }
    if (expected.format !== 'legacy') {
        for await (const { referrer, json } of attachedBundles(repository, subject)) {
            const valid = validBundle(json, expected);
            if (valid) {
                found.bundle = { digest: referrer.digest, logIndex: valid.logIndex };
                break;
            }
        }
    }
    return found;
}
/** The forms of `format` still to sign once `existing` is there; undefined when none. */
function formatsToSign(format, existing) {
    const legacy = format !== 'bundle' && !existing.legacy;
    const bundle = format !== 'legacy' && !existing.bundle;
    if (legacy && bundle)
        return 'both';
    if (legacy)
        return 'legacy';
    if (bundle)
        return 'bundle';
    return undefined;
}

// EXTERNAL MODULE: ./build/log.js
var log = __webpack_require__(36650);
;// CONCATENATED MODULE: ./build/sign/identity-token.js

const SIGSTORE_ID_TOKEN = 'SIGSTORE_ID_TOKEN';
/** A token in `SIGSTORE_ID_TOKEN` (a CI system's OIDC token for the `sigstore` audience). */
function environmentIdentityToken(env) {
    const token = () => env[SIGSTORE_ID_TOKEN]?.trim() ?? '';
    return {
        check() {
            if (token())
                return;
            throw new UserError(ErrorCode.SIGN_NO_ID_TOKEN, `Keyless signing needs an OIDC identity token, and ${SIGSTORE_ID_TOKEN} is not set. Set ` +
                `it to a token for the 'sigstore' audience from your CI system (GitLab: id_tokens with ` +
                'aud: sigstore; Buildkite, CircleCI: their OIDC token commands), or sign with a key ' +
                '(--cosign-key) instead.', { input: 'sign' });
        },
        getToken() {
            this.check();
            return Promise.resolve(token());
        },
    };
}
function claimsOf(token) {
    try {
        const claims = JSON.parse(Buffer.from(token.split('.')[1] ?? '', 'base64url').toString());
        return typeof claims === 'object' && claims !== null ? claims : undefined;
    }
    catch {
        return undefined;
    }
}
/**
 * The SAN Fulcio puts in the certificate for a token: for GitHub Actions tokens, the workflow
 * that runs (`https://github.com/` + `job_workflow_ref`); for other issuers, `sub`.
 */
function subjectOf(claims) {
    if (typeof claims.job_workflow_ref === 'string') {
        return `https://github.com/${claims.job_workflow_ref}`;
    }
    return typeof claims.sub === 'string' ? claims.sub : undefined;
}
/**
 * The token for `@sigstore/sign`, requested once (Fulcio gets the token whose claims were read):
 * masked the moment it exists, and checked to be a JWT with an issuer and a subject
 * (`@sigstore/sign` would put an unparsable token into its error message verbatim).
 */
class IdentityToken {
    source;
    log;
    token;
    constructor(source, log) {
        this.source = source;
        this.log = log;
    }
    async getToken() {
        return (await this.read()).token;
    }
    /** The identity the certificate will name. */
    async identity() {
        return (await this.read()).identity;
    }
    read() {
        this.token ??= this.source.getToken().then((token) => {
            this.log.setSecret(token);
            const claims = claimsOf(token);
            const subject = claims && subjectOf(claims);
            if (typeof claims?.iss !== 'string' || !subject) {
                throw new errors/* UserError */.yo(errors/* ErrorCode */.O4.SIGN_ID_TOKEN_FAILED, 'The OIDC identity token is not a JWT with an issuer and a subject: give a token ' +
                    "issued for the 'sigstore' audience.", { input: 'sign' });
            }
            return { token, identity: { issuer: claims.iss, subject } };
        });
        return this.token;
    }
}

// EXTERNAL MODULE: ./node_modules/@sigstore/sign/dist/index.js
var sign_dist = __webpack_require__(15179);
;// CONCATENATED MODULE: ./build/sign/key-signer.js
// A signer holding a private key in memory: the ephemeral key of a keyless signature, or a cosign
// key. `@sigstore/sign` hands its public key to Fulcio or records it in Rekor.

class PrivateKeySigner {
    privateKey;
    publicKeyPEM;
    /**
     * What a key bundle names its key by, as cosign v3 writes it: base64 of the SHA-256 of the
     * public key's DER SubjectPublicKeyInfo (sigstore/cosign internal/key/svkeypair.go).
     */
    publicKeyHint;
    constructor(privateKey) {
        this.privateKey = privateKey;
        const publicKey = (0,external_node_crypto_.createPublicKey)(privateKey);
        this.publicKeyPEM = publicKey.export({ format: 'pem', type: 'spki' }).toString();
        this.publicKeyHint = (0,external_node_crypto_.createHash)('sha256')
            .update(publicKey.export({ format: 'der', type: 'spki' }))
            .digest('base64');
    }
    sign(data) {
        // SHA-256 whatever the key: cosign and Flux verify every key type with it.
        const signature = (0,external_node_crypto_.sign)('sha256', data, this.privateKey);
        return Promise.resolve({
            signature,
            key: { $case: 'publicKey', publicKey: this.publicKeyPEM },
        });
    }
}

// EXTERNAL MODULE: ./build/oci/retry.js
var retry = __webpack_require__(7620);
;// CONCATENATED MODULE: ./build/sign/network.js

/** The Sigstore defaults, with each field `overrides` gives (an `undefined` one keeps its default). */
function sigstoreRetryPolicy(overrides = {}) {
    return (0,retry/* retryPolicy */.Jb)({
        // Public-good Rekor answers in well under a second, but can take several under load.
        timeoutMs: overrides.timeoutMs ?? 20_000,
        attempts: overrides.attempts ?? 4,
        baseDelayMs: overrides.baseDelayMs ?? 1_000,
        maxDelayMs: overrides.maxDelayMs ?? 8_000,
        maxElapsedMs: overrides.maxElapsedMs,
    });
}
/** The policy as `@sigstore/sign`'s clients take it (`timeout`, and promise-retry's `retry`). */
function sigstoreFetchOptions(policy) {
    return {
        timeout: policy.timeoutMs,
        retry: {
            retries: policy.attempts - 1,
            factor: 2,
            minTimeout: policy.baseDelayMs,
            maxTimeout: policy.maxDelayMs,
        },
    };
}

;// CONCATENATED MODULE: ./build/sign/keyless.js
// The keyless signer: an ephemeral key that Fulcio certifies for the workflow's identity.




/**
 * Fulcio certifies the key once, and every signature of the run (legacy and bundle) reuses that
 * certificate: one OIDC token and one certificate per run, and both forms name the same identity.
 */
class KeylessSigner {
    options;
    key = new PrivateKeySigner((0,external_node_crypto_.generateKeyPairSync)('ec', { namedCurve: 'P-256' }).privateKey);
    certificate;
    constructor(options) {
        this.options = options;
    }
    async sign(data) {
        this.certificate ??= this.certify();
        const certificate = await this.certificate;
        const { signature } = await this.key.sign(data);
        return { signature, key: { $case: 'x509Certificate', certificate } };
    }
    /** The identity Fulcio certified (the certificate's URI SAN), once a signature was made. */
    async subject() {
        const certificate = await this.certificate;
        const san = certificate && new external_node_crypto_.X509Certificate(certificate).subjectAltName;
        return san?.startsWith('URI:') ? san.slice('URI:'.length) : san;
    }
    async certify() {
        const fulcio = new sign_dist/* FulcioSigner */.$o({
            fulcioBaseURL: this.options.fulcioURL,
            identityProvider: this.options.identityProvider,
            keyHolder: this.key,
            ...sigstoreFetchOptions(this.options.policy),
        });
        // FulcioSigner returns a certificate only with a signature; this one is thrown away.
        const { key } = await fulcio.sign(Buffer.alloc(0));
        if (key.$case !== 'x509Certificate')
            throw new Error('Fulcio returned no certificate');
        return key.certificate;
    }
}

;// CONCATENATED MODULE: ./build/sign/plan.js





/**
 * How `digest` is to be signed as `options` ask. Warns when the signature would make a private
 * repository's names public.
 */
function planSigning(options, digest) {
    if (!/^sha256:[0-9a-f]{64}$/.test(digest)) {
        throw new errors/* UserError */.yo(errors/* ErrorCode */.O4.SIGN_DIGEST_UNSUPPORTED, `Only sha256 manifest digests can be signed (cosign names signatures after them), not ${digest}.`);
    }
    const policy = sigstoreRetryPolicy(options.retry);
    const plan = { ...signers(options, digest, policy), policy, log: options.log };
    if (options.privateRepository && plan.publicLog) {
        plan.log?.warning(`Signing from a private repository: the transparency log at ${plan.publicLog} records this ` +
            "repository's and workflow's names, and public-good Rekor is public. Sign with " +
            "'cosign-key' (and no key-tlog-upload) to keep them out of it.");
    }
    return plan;
}
function signers(options, digest, policy) {
    const { key, services } = options;
    const common = { digest, dockerReference: options.dockerReference, format: options.format };
    const logs = (tlogs) => tlogs.map((log) => log.url).join(', ');
    if (key) {
        // Both forms as keyless does: cosign v3 and Flux ≥ 2.9 read only the bundles when any exist,
        // so a key signature beside someone's keyless bundle must be a bundle too to be seen.
        const tlogs = options.keyTlogUpload ? services.tlogs : [];
        return {
            signer: key.signer,
            whoSigns: () => Promise.resolve({ kind: 'key', publicKeyPEM: key.publicKeyPEM }),
            request: { ...common, services: { ...services, tlogs }, keyHint: key.signer.publicKeyHint },
            publicLog: tlogs.length > 0 ? logs(tlogs) : undefined,
            description: `with a cosign key${tlogs.length > 0 ? ` (Rekor ${logs(tlogs)})` : ', no transparency log'}`,
        };
    }
    if (!options.identity) {
        throw new Error('keyless signing needs an identity token source (SignOptions.identity)');
    }
    // One token: its claims name the signer before Fulcio is asked, then Fulcio gets it.
    const identityProvider = new IdentityToken(options.identity, options.log ?? log/* silentLog */.aB);
    const signer = new KeylessSigner({ fulcioURL: services.fulcioURL, identityProvider, policy });
    const witnesses = [
        ...(services.tlogs.length > 0 ? [`Rekor ${logs(services.tlogs)}`] : []),
        ...(services.tsaURLs.length > 0 ? [`TSA ${services.tsaURLs.join(', ')}`] : []),
    ];
    return {
        signer,
        identity: async () => {
            const subject = await signer.subject();
            const named = await identityProvider.identity();
            // Nothing signed this time (a re-run): the identity the token names.
            return subject ? { issuer: named.issuer, subject } : named;
        },
        whoSigns: async () => ({ kind: 'keyless', identity: await identityProvider.identity() }),
        request: { ...common, services },
        publicLog: services.tlogs.length > 0 ? logs(services.tlogs) : undefined,
        description: `keyless (${[`Fulcio ${services.fulcioURL}`, ...witnesses].join(', ')})`,
    };
}

// EXTERNAL MODULE: ./build/sign/public-good.js
var public_good = __webpack_require__(12741);
;// CONCATENATED MODULE: ./build/sign/same-signer.js
// Which signatures already in the registry a new one replaces. A re-run signs the same payload
// again: its new legacy layer replaces the earlier one of the same signer instead of piling up
// beside it (cosign reads at most 1000), and its bundle the same signer's; other signers'
// signatures always stay.


/** The certificate's SAN: the workflow identity Fulcio bound the key to. */
function certificateSubject(certificate) {
    return certificate ? certificateIdentity(certificate).subject : undefined;
}
/**
 * Keyless: the same workflow identity. The SAN is a GitHub workflow URL, which Fulcio certifies
 * only from GitHub's own tokens.
 */
function sameWorkflow(layer) {
    const identity = certificateSubject(layer.annotations?.[LegacyAnnotation.certificate]);
    return (existing) => identity !== undefined &&
        existing.digest === layer.digest &&
        certificateSubject(existing.annotations?.[LegacyAnnotation.certificate]) === identity;
}
/** The certificate SAN in a Sigstore bundle (v0.3, or an older bundle's certificate chain). */
function bundleIdentity(bundleJSON) {
    let material;
    try {
        material = JSON.parse(bundleJSON.toString('utf8')).verificationMaterial;
    }
    catch {
        return undefined;
    }
    const raw = material?.certificate?.rawBytes ?? material?.x509CertificateChain?.certificates?.[0]?.rawBytes;
    return certificateSubject(raw === undefined ? undefined : Buffer.from(raw, 'base64'));
}
/** Keyless bundles: the same workflow identity, as for the legacy layers. */
function sameBundleSigner(ours) {
    const identity = bundleIdentity(ours);
    return identity === undefined ? undefined : (existing) => bundleIdentity(existing) === identity;
}
/** Key bundles: the same key, named by the hint cosign writes (as keyless ones by their SAN). */
function sameKeyBundle(key) {
    return (existing) => bundleKeyHint(existing) === key.signer.publicKeyHint;
}
function bundleKeyHint(bundleJSON) {
    try {
        const bundle = JSON.parse(bundleJSON.toString('utf8'));
        return bundle.verificationMaterial?.publicKey?.hint || undefined;
    }
    catch {
        return undefined;
    }
}
/** Key-based: a signature of the same payload that our key verifies. */
function sameKey(layer, payload, key) {
    return (existing) => {
        const signature = existing.annotations?.[LegacyAnnotation.signature];
        return (existing.digest === layer.digest &&
            existing.annotations?.[LegacyAnnotation.certificate] === undefined &&
            signature !== undefined &&
            (0,external_node_crypto_.verify)('sha256', payload, key.publicKeyPEM, Buffer.from(signature, 'base64')));
    };
}
/** The layers of the `.sig` manifest that `legacy`, ours, replaces. */
function supersededLayers(legacy, key) {
    return key ? sameKey(legacy.layer, legacy.payload, key) : sameWorkflow(legacy.layer);
}
/** The attached bundles that `bundleJSON`, ours, replaces. */
function supersededBundles(bundleJSON, key) {
    return key ? sameKeyBundle(key) : sameBundleSigner(bundleJSON);
}

;// CONCATENATED MODULE: ./build/sign/errors.js
// `@sigstore/sign` reports failures as an InternalError with a code; these say which service
// failed, its answer, and which input to look at.


function detail(error) {
    const cause = error.cause;
    return cause instanceof Error ? cause.message : error.message;
}
/** The input that named the failing service: the URL input, or the signing config. */
function inputAbout(services, urlInput) {
    return services.signingConfig === undefined
        ? { input: urlInput, check: `'${urlInput}'` }
        : { input: 'signing-config', check: `the signing config ${services.signingConfig}` };
}
const urls = (list) => list.join(' or ');
/** The error to report for a failure of `@sigstore/sign`; anything else is returned unchanged. */
function sigstoreFailure(error, services) {
    if (!(error instanceof sign_dist/* InternalError */.Gd))
        return error;
    // Errors of our own identity provider arrive wrapped; they are already written for the user.
    if (error.cause instanceof errors/* UserError */.yo)
        return error.cause;
    switch (error.code) {
        case 'CA_CREATE_SIGNING_CERTIFICATE_ERROR': {
            const { input, check } = inputAbout(services, 'fulcio-url');
            return new errors/* UserError */.yo(errors/* ErrorCode */.O4.SIGN_FULCIO_FAILED, `Fulcio at ${services.fulcioURL} did not issue a signing certificate: ${detail(error)}. ` +
                `Check ${check}, and that the OIDC token's issuer is one this Fulcio trusts.`, { input, cause: error });
        }
        case 'TLOG_CREATE_ENTRY_ERROR':
        case 'TLOG_FETCH_ENTRY_ERROR': {
            const { input, check } = inputAbout(services, 'rekor-url');
            return new errors/* UserError */.yo(errors/* ErrorCode */.O4.SIGN_REKOR_FAILED, `Rekor at ${urls(services.tlogs.map((log) => log.url))} did not record the signature: ` +
                `${detail(error)}. Check ${check}; re-run the job if Rekor had an outage.`, { input, cause: error });
        }
        case 'TSA_CREATE_TIMESTAMP_ERROR': {
            const { input, check } = inputAbout(services, 'tsa-url');
            return new errors/* UserError */.yo(errors/* ErrorCode */.O4.SIGN_TSA_FAILED, `The timestamp authority at ${urls(services.tsaURLs)} did not timestamp the signature: ` +
                `${detail(error)}. Check ${check} (a TSA's full endpoint, e.g. …/api/v1/timestamp).`, { input, cause: error });
        }
        case 'IDENTITY_TOKEN_READ_ERROR':
        case 'IDENTITY_TOKEN_PARSE_ERROR':
            // The parse error's message contains the token itself: never pass it on.
            return new errors/* UserError */.yo(errors/* ErrorCode */.O4.SIGN_ID_TOKEN_FAILED, 'The OIDC identity token could not be read as a JWT: give a token issued for the sigstore audience.', { input: 'sign' });
    }
    return error;
}

// EXTERNAL MODULE: ./node_modules/@sigstore/protobuf-specs/dist/rekor/v2/index.js
var v2 = __webpack_require__(13835);
;// CONCATENATED MODULE: ./build/sign/rekor-v2.js
// A Rekor v2 (rekor-tiles) witness: records a signature as the `hashedrekord` v0.0.2 entry that
// Rekor v2 and its verifiers take. Ours, not @sigstore/sign's `RekorWitness({ majorApiVersion: 2 })`:
// that one (5.1) proposes a `dsse` entry for a DSSE envelope, a type rekor-tiles dropped in v2.3.0
// (its CLIENTS.md: the PAE's digest and the signature, as a hashedrekord), and cosign v3.1
// (sigstore-go 1.2 `reconstructV2EntryHash`) rebuilds a hashedrekord entry of the PAE to check the
// inclusion proof; it also names every key a certificate, where a cosign key is a public key.







/** What was signed: the digest of the signed bytes (a DSSE envelope's PAE) and the signature. */
function signed(content) {
    if (content.$case === 'messageSignature') {
        const { messageDigest, signature } = content.messageSignature;
        return { digest: messageDigest.digest, signature };
    }
    const envelope = content.dsseEnvelope;
    const pae = core_dist.dsse.preAuthEncoding(envelope.payloadType, envelope.payload);
    return {
        digest: (0,external_node_crypto_.createHash)('sha256').update(pae).digest(),
        signature: envelope.signatures[0].sig,
    };
}
/**
 * The verifier as Rekor v2 takes it: a certificate (keyless) or a public key (a cosign key), with
 * its algorithm. Our keys are P-256 and sign SHA-256 digests (key-signer.ts).
 */
function verifier(publicKey) {
    const certificate = publicKey.includes('-----BEGIN CERTIFICATE-----');
    const key = (0,external_node_crypto_.createPublicKey)(publicKey);
    if (key.asymmetricKeyType !== 'ec' || key.asymmetricKeyDetails?.namedCurve !== 'prime256v1') {
        throw new sign_dist/* InternalError */.Gd({
            code: 'TLOG_CREATE_ENTRY_ERROR',
            message: 'Rekor v2 entries are made here for ECDSA P-256 keys only',
        });
    }
    return {
        keyDetails: protobuf_specs_dist.PublicKeyDetails.PKIX_ECDSA_P256_SHA_256,
        verifier: certificate
            ? {
                $case: 'x509Certificate',
                x509Certificate: { rawBytes: new external_node_crypto_.X509Certificate(publicKey).raw },
            }
            : {
                $case: 'publicKey',
                publicKey: { rawBytes: key.export({ format: 'der', type: 'spki' }) },
            },
    };
}
class RekorV2Witness {
    url;
    policy;
    constructor(url, policy) {
        this.url = url;
        this.policy = policy;
    }
    async testify(content, publicKey) {
        const { digest, signature } = signed(content);
        const request = v2.CreateEntryRequest.toJSON({
            spec: {
                $case: 'hashedRekordRequestV002',
                hashedRekordRequestV002: {
                    digest,
                    signature: { content: signature, verifier: verifier(publicKey) },
                },
            },
        });
        const endpoint = `${this.url}/api/v2/log/entries`;
        let response;
        try {
            response = await (0,retry/* retrying */.R$)(this.policy, `Rekor v2 ${endpoint}`, log/* silentLog */.aB, () => fetch(endpoint, {
                method: 'POST',
                headers: { 'content-type': 'application/json', accept: 'application/json' },
                body: JSON.stringify(request),
                signal: AbortSignal.timeout(this.policy.timeoutMs),
            }), (outcome) => {
                if ('error' in outcome) {
                    return (0,retry/* isTransientNetworkError */.l)(outcome.error)
                        ? { reason: String(outcome.error) }
                        : undefined;
                }
                const { status } = outcome.value;
                return (0,retry/* isRetryableStatus */.PS)(status)
                    ? { reason: `HTTP ${status}`, discard: () => outcome.value.body?.cancel() }
                    : undefined;
            });
        }
        catch (cause) {
            throw new sign_dist/* InternalError */.Gd({ code: 'TLOG_CREATE_ENTRY_ERROR', message: String(cause), cause });
        }
        const text = await response.text();
        if (!response.ok) {
            const cause = new Error(`HTTP ${response.status}: ${text.slice(0, 200)}`);
            throw new sign_dist/* InternalError */.Gd({ code: 'TLOG_CREATE_ENTRY_ERROR', message: cause.message, cause });
        }
        let entry;
        try {
            entry = protobuf_specs_dist.TransparencyLogEntry.fromJSON(JSON.parse(text));
        }
        catch {
            entry = undefined;
        }
        const { logId, kindVersion } = entry ?? {};
        if (!entry || !logId || !kindVersion || !entry.inclusionProof) {
            throw new sign_dist/* InternalError */.Gd({
                code: 'TLOG_CREATE_ENTRY_ERROR',
                message: 'Rekor v2 answered with no transparency log entry and inclusion proof',
            });
        }
        return { tlogEntries: [{ ...entry, logId, kindVersion }] };
    }
}

;// CONCATENATED MODULE: ./build/sign/signatures.js
// The Sigstore half of signing, before anything is written to the registry: the signatures of one
// manifest digest in the requested forms, each witnessed by Rekor (and the TSA when configured).








function witnesses({ tlogs, tsaURLs }, policy) {
    const fetchOptions = sigstoreFetchOptions(policy);
    return [
        // Rekor v1 answers 409 when a retried request had in fact been logged: the client fetches it.
        ...tlogs.map((log) => log.apiVersion === 2
            ? new RekorV2Witness(log.url, policy)
            : new sign_dist/* RekorWitness */.fU({ rekorBaseURL: log.url, fetchOnConflict: true, ...fetchOptions })),
        ...tsaURLs.map((url) => new sign_dist/* TSAWitness */.gs({ tsaBaseURL: url, ...fetchOptions })),
    ];
}
const logIndexes = (entries) => entries.map((e) => Number(e.logIndex));
async function createSignatures(signer, request, policy) {
    const options = { signer, witnesses: witnesses(request.services, policy) };
    const payload = simpleSigningPayload(request.dockerReference, request.digest);
    const [legacy, bundle] = await Promise.all([
        request.format === 'bundle'
            ? undefined
            : new sign_dist/* MessageSignatureBundleBuilder */.z3(options).create({ data: payload }),
        request.format === 'legacy'
            ? undefined
            : new sign_dist/* DSSEBundleBuilder */.VV(options).create({
                data: cosignSignStatement(request.digest),
                type: IN_TOTO_PAYLOAD_TYPE,
            }),
    ]).catch((error) => {
        throw sigstoreFailure(error, request.services);
    });
    // Set here, not as the signer's hint: @sigstore/sign would also write it as the DSSE signature's
    // keyid, and cosign then skips a signature whose keyid is not the key's SSH fingerprint.
    const material = bundle?.verificationMaterial.content;
    if (request.keyHint && material?.$case === 'publicKey')
        material.publicKey.hint = request.keyHint;
    return {
        legacy: legacy && {
            payload,
            layer: legacyLayer(payload, legacy),
            logIndexes: logIndexes(legacy.verificationMaterial.tlogEntries),
        },
        bundle: bundle && {
            json: Buffer.from(JSON.stringify((0,dist.bundleToJSON)(bundle))),
            logIndexes: logIndexes(bundle.verificationMaterial.tlogEntries),
        },
    };
}

// EXTERNAL MODULE: external "node:util"
var external_node_util_ = __webpack_require__(57975);
// EXTERNAL MODULE: ./node_modules/@noble/ciphers/salsa.js + 3 modules
var salsa = __webpack_require__(46382);
;// CONCATENATED MODULE: ./build/sign/cosign-key.js
// cosign's private key files (`cosign generate-key-pair`): a PEM block whose body is JSON naming
// the key derivation (scrypt with its N, r, p and salt) and the cipher (nacl/secretbox with its
// nonce) over a PKCS#8 private key. Unencrypted PKCS#8 and SEC1 EC keys are accepted as well.





const KEY_INPUT = 'cosign-key';
const PASSWORD_INPUT = 'cosign-password';
const ENCRYPTED_LABELS = ['ENCRYPTED SIGSTORE PRIVATE KEY', 'ENCRYPTED COSIGN PRIVATE KEY'];
const PLAIN_LABELS = ['PRIVATE KEY', 'EC PRIVATE KEY', 'RSA PRIVATE KEY'];
/** Far above cosign's N = 32768, r = 8, p = 1; far below what would let a crafted key hang us. */
const MAX_SCRYPT = { N: 2 ** 20, r: 32, p: 16 };
const scryptAsync = (0,external_node_util_.promisify)(external_node_crypto_.scrypt);
function pemBlock(text) {
    const match = /-----BEGIN ([A-Z0-9 ]+)-----([\s\S]*?)-----END \1-----/.exec(text);
    if (!match)
        return undefined;
    return { label: match[1], body: Buffer.from(match[2].replace(/\s+/g, ''), 'base64') };
}
const isCost = (n) => Number.isSafeInteger(n) && n > 0;
async function decrypt(body, password) {
    let parsed;
    try {
        parsed = JSON.parse(body.toString('utf8'));
    }
    catch (error) {
        throw (0,errors/* inputError */.Xu)(KEY_INPUT, 'the encrypted key is not cosign’s JSON format.', error);
    }
    const { kdf, cipher, ciphertext } = parsed;
    const { N, r, p } = kdf?.params ?? {};
    if (kdf?.name !== 'scrypt' || cipher?.name !== 'nacl/secretbox') {
        throw (0,errors/* inputError */.Xu)(KEY_INPUT, `the key is encrypted with ${String(kdf?.name)} and ${String(cipher?.name)}; only cosign's ` +
            'scrypt and nacl/secretbox are supported.');
    }
    const valid = isCost(N) &&
        isCost(r) &&
        isCost(p) &&
        (N & (N - 1)) === 0 &&
        N <= MAX_SCRYPT.N &&
        r <= MAX_SCRYPT.r &&
        p <= MAX_SCRYPT.p;
    const encoded = [kdf.salt, cipher.nonce, ciphertext].every((v) => typeof v === 'string');
    if (!valid || !encoded) {
        throw (0,errors/* inputError */.Xu)(KEY_INPUT, 'the scrypt parameters, salt, nonce or ciphertext of the encrypted key are missing or invalid.');
    }
    const nonce = Buffer.from(cipher.nonce, 'base64');
    if (nonce.length !== 24)
        throw (0,errors/* inputError */.Xu)(KEY_INPUT, 'the secretbox nonce is not 24 bytes.');
    const key = await scryptAsync(password, Buffer.from(kdf.salt, 'base64'), 32, {
        N,
        r,
        p,
        maxmem: 256 * N * r,
    });
    try {
        return Buffer.from((0,salsa/* secretbox */.EY)(key, nonce).open(Buffer.from(ciphertext, 'base64')));
    }
    catch {
        // An empty password is one cosign allows at generate-key-pair; it failed, so one is needed.
        throw (0,errors/* inputError */.Xu)(PASSWORD_INPUT, password === ''
            ? {
                action: `not given, and '${KEY_INPUT}' is encrypted: give the password the key was generated with (cosign’s COSIGN_PASSWORD).`,
                cli: 'COSIGN_PASSWORD is not set (nor --cosign-password), and the key file is encrypted: set it to the password the key was generated with.',
            }
            : {
                action: `it does not decrypt '${KEY_INPUT}'. Give the password the key was generated with (cosign’s COSIGN_PASSWORD), and check that the key secret is complete.`,
                cli: 'it does not decrypt the key file (--cosign-key). Give the password the key was generated with (COSIGN_PASSWORD), and check that the file is cosign.key, complete.',
            });
    }
}
function usable(key) {
    const type = key.asymmetricKeyType;
    // cosign and Flux verify ECDSA and RSA keys over SHA-256; nothing else is signed that way.
    if (type === 'ec' || type === 'rsa')
        return key;
    throw (0,errors/* inputError */.Xu)(KEY_INPUT, `${type ?? 'this'} keys are not supported: use an ECDSA key (cosign generate-key-pair) or RSA.`);
}
/**
 * Reads and decrypts a cosign private key before anything is pushed. `maskSecret` is called with
 * the password and every line of the key as they arrive. Errors name `cosign-key` or
 * `cosign-password`, never their values.
 */
async function loadCosignKey(pem, password = '', maskSecret = () => { }) {
    for (const line of pem.split(/\r?\n/)) {
        const text = line.trim();
        if (text && !text.startsWith('-----'))
            maskSecret(text);
    }
    if (password)
        maskSecret(password);
    const block = pemBlock(pem);
    if (!block || block.label.includes('PUBLIC KEY')) {
        throw (0,errors/* inputError */.Xu)(KEY_INPUT, {
            action: `it is not a private key${block ? ` (it is a ${block.label})` : ''}. Give the contents of ` +
                'cosign.key (PEM labelled ENCRYPTED SIGSTORE PRIVATE KEY), not cosign.pub.',
            cli: `the file is not a private key${block ? ` (it is a ${block.label})` : ''}. Give the ` +
                'file cosign.key (PEM labelled ENCRYPTED SIGSTORE PRIVATE KEY), not cosign.pub.',
        });
    }
    let privateKey;
    if (ENCRYPTED_LABELS.includes(block.label)) {
        const der = await decrypt(block.body, password);
        try {
            privateKey = (0,external_node_crypto_.createPrivateKey)({ key: der, format: 'der', type: 'pkcs8' });
        }
        catch (error) {
            throw (0,errors/* inputError */.Xu)(KEY_INPUT, 'it decrypts, but not to a PKCS#8 private key.', error);
        }
    }
    else if (PLAIN_LABELS.includes(block.label)) {
        try {
            privateKey = (0,external_node_crypto_.createPrivateKey)(pem);
        }
        catch (error) {
            throw (0,errors/* inputError */.Xu)(KEY_INPUT, `its ${block.label} block could not be read.`, error);
        }
    }
    else {
        throw (0,errors/* inputError */.Xu)(KEY_INPUT, `a PEM block labelled ${block.label} is not a supported key.`);
    }
    const signer = new PrivateKeySigner(usable(privateKey));
    return { publicKeyPEM: signer.publicKeyPEM, signer };
}

// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(51455);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(76760);
// EXTERNAL MODULE: ./build/sign/service-url.js
var service_url = __webpack_require__(17847);
;// CONCATENATED MODULE: ./build/sign/signing-config.js
// A cosign signing config (`signing_config.v0.2.json`): the Sigstore services to sign with, chosen
// as cosign v3 chooses them (sigstore-go's pkg/root/signing_config.go `SelectService` for Fulcio,
// `SelectServices` for Rekor and the TSAs, called by cosign's pkg/cosign/bundle/sign.go). Read with
// @sigstore/protobuf-specs' own `SigningConfig`; the choice is ours because @sigstore/sign's
// `bundleBuilderFromSigningConfig` takes only the `ANY` selector, ignores validity starts, and builds
// its own Fulcio signer, where a run certifies one key for both forms (keyless.ts).





const SIGNING_CONFIG_MEDIA_TYPE = 'application/vnd.dev.sigstore.signingconfig.v0.2+json';
/** The API versions we speak, as sigstore-go's sign package lists them. */
const API_VERSIONS = { fulcio: [1], rekor: [2, 1], tsa: [1] };
const INPUT = 'signing-config';
/** The signing config at `path` (relative to `workspace`), or one clear error naming the input. */
async function readSigningConfig(path, workspace) {
    let text;
    try {
        text = await (0,promises_.readFile)((0,external_node_path_.resolve)(workspace, path), 'utf8');
    }
    catch (error) {
        const code = error.code;
        throw (0,errors/* inputError */.Xu)(INPUT, `cannot read ${path} (${code}): give the path of a signing_config.v0.2.json in the workspace.`, error);
    }
    let json;
    try {
        json = JSON.parse(text);
    }
    catch (error) {
        throw (0,errors/* inputError */.Xu)(INPUT, `${path} is not JSON (${error.message}).`, error);
    }
    const mediaType = json?.mediaType;
    if (mediaType !== SIGNING_CONFIG_MEDIA_TYPE) {
        throw (0,errors/* inputError */.Xu)(INPUT, `${path} is not a signing config: its mediaType is ${JSON.stringify(mediaType)}, not ` +
            `${SIGNING_CONFIG_MEDIA_TYPE} (cosign signing-config create writes one).`);
    }
    try {
        return protobuf_specs_dist.SigningConfig.fromJSON(json);
    }
    catch (error) {
        throw (0,errors/* inputError */.Xu)(INPUT, `${path} is not a valid signing config (${error.message}).`, error);
    }
}
function signing_config_validAt(service, now) {
    const { start, end } = service.validFor ?? {};
    return (start === undefined || start <= now) && (end === undefined || now <= end);
}
/** Newest start first, as sigstore-go orders them before choosing. */
function newestFirst(services) {
    const time = (s) => s.validFor?.start?.getTime() ?? 0;
    return [...services].sort((a, b) => time(b) - time(a));
}
/**
 * sigstore-go's `SelectServices`: of the highest API version we speak that has a service valid
 * now, the newest service of each operator; then all of them (`ALL`), one at random (`ANY`) or
 * `count` at random (`EXACT`).
 */
function selectServices(what, services, config, versions, now, path) {
    let candidates = [];
    for (const version of versions) {
        const operators = new Set();
        candidates = newestFirst(services).filter((s) => {
            if (s.majorApiVersion !== version || !signing_config_validAt(s, now) || operators.has(s.operator)) {
                return false;
            }
            operators.add(s.operator);
            return true;
        });
        if (candidates.length > 0)
            break;
    }
    if (candidates.length === 0) {
        throw (0,errors/* inputError */.Xu)(INPUT, `${path} lists no ${what} valid now with API version ${versions.join(' or ')}.`);
    }
    const pick = (count) => {
        const pool = [...candidates];
        return Array.from({ length: count }, () => pool.splice(Math.floor(Math.random() * pool.length), 1)[0]);
    };
    switch (config?.selector) {
        case protobuf_specs_dist.ServiceSelector.ALL:
            return candidates;
        case protobuf_specs_dist.ServiceSelector.ANY:
            return pick(1);
        case protobuf_specs_dist.ServiceSelector.EXACT:
            if (config.count < 1 || config.count > candidates.length) {
                throw (0,errors/* inputError */.Xu)(INPUT, `${path} asks for EXACT ${config.count} ${what}, and ${candidates.length} ` +
                    `(one an operator) ${candidates.length === 1 ? 'is' : 'are'} valid now.`);
            }
            return pick(config.count);
        default:
            throw (0,errors/* inputError */.Xu)(INPUT, `${path} lists ${what} without a selector: give its config a selector of ANY, ALL or EXACT.`);
    }
}
function checkedURL(service, path) {
    return (0,service_url/* usableServiceURL */.n)(service.url, (problem) => (0,errors/* inputError */.Xu)(INPUT, `${path} names a service that cannot be used: ${problem}.`));
}
/**
 * The services `config` selects at `now`, as cosign v3 selects them. Fulcio only when `keyless`
 * (a key signs without it, as cosign's `--key`); no Rekor or TSA when the config lists none.
 */
function selectSigningServices(config, path, keyless, now = new Date()) {
    // sigstore-go's `SelectService`: the newest of the highest version, which ALL lists first.
    const [fulcio] = keyless
        ? selectServices('Fulcio (caUrls)', config.caUrls, { selector: protobuf_specs_dist.ServiceSelector.ALL, count: 0 }, API_VERSIONS.fulcio, now, path)
        : [];
    const tlogs = config.rekorTlogUrls.length === 0
        ? []
        : selectServices('Rekor (rekorTlogUrls)', config.rekorTlogUrls, config.rekorTlogConfig, API_VERSIONS.rekor, now, path).map((s) => ({ url: checkedURL(s, path), apiVersion: s.majorApiVersion === 2 ? 2 : 1 }));
    const tsaURLs = config.tsaUrls.length === 0
        ? []
        : selectServices('TSA (tsaUrls)', config.tsaUrls, config.tsaConfig, API_VERSIONS.tsa, now, path).map((s) => checkedURL(s, path));
    return { fulcioURL: fulcio ? checkedURL(fulcio, path) : '', tlogs, tsaURLs, signingConfig: path };
}

;// CONCATENATED MODULE: ./build/sign/services.js
// The Sigstore services a run signs with: the service URL inputs, or a signing config's choice
// (signing-config.ts). Decided when signing is prepared, before anything is pushed, with the
// checks that need both the services and the other inputs.


async function sigstoreServices(settings, workspace) {
    const keyless = settings.cosignKey === undefined;
    if (settings.signingConfig === undefined) {
        return {
            fulcioURL: settings.fulcioUrl,
            tlogs: [{ url: settings.rekorUrl, apiVersion: 1 }],
            tsaURLs: settings.tsaUrl ? [settings.tsaUrl] : [],
        };
    }
    const path = settings.signingConfig;
    const services = selectSigningServices(await readSigningConfig(path, workspace), path, keyless);
    const v2 = services.tlogs.find((log) => log.apiVersion === 2);
    if (!v2 || (!keyless && !settings.keyTlogUpload))
        return services;
    // cosign's rule (pkg/cosign/bundle/sign.go): a short-lived certificate needs a signed time, and
    // Rekor v2 gives none.
    if (keyless && services.tsaURLs.length === 0) {
        throw (0,errors/* inputError */.Xu)('signing-config', `${path} selects Rekor v2 (${v2.url}), which records no signed time, and no TSA: keyless ` +
            'signing needs a timestamp authority (tsaUrls) beside Rekor v2, as cosign does.');
    }
    // cosign's legacy `.sig` carries Rekor v1's signed entry timestamp (cosign/format.ts).
    if (settings.signatureFormat !== 'bundle') {
        throw (0,errors/* inputError */.Xu)('signature-format', `'${settings.signatureFormat}' writes the legacy .sig, which needs a Rekor v1 entry, and ` +
            `the signing config ${path} selects Rekor v2 (${v2.url}): set 'signature-format: bundle'.`);
    }
    return services;
}

;// CONCATENATED MODULE: ./build/sign/index.js









/** A re-run finds its own signatures and signs only the forms that are missing. */
async function findSignatures(repository, subject, { request, whoSigns, description, log }) {
    const existing = await findExistingSignatures(repository, subject, {
        format: request.format,
        digest: subject.digest,
        dockerReference: request.dockerReference,
        signer: await whoSigns(),
        tlog: request.services.tlogs.length > 0,
        timestamp: request.services.tsaURLs.length > 0,
    });
    const missing = formatsToSign(request.format, existing);
    log?.info(missing
        ? `Signing ${subject.digest} ${description}.`
        : `${subject.digest} is signed by this signer already, in every form asked for: no new ` +
            'certificate or transparency-log entry.');
    return { existing, missing };
}
/** Both forms side by side: each waits for concurrent writers of its tag (oci/shared-tag.ts). */
async function writeSignatures(repository, subject, signatures, key) {
    const [legacy, bundle] = await Promise.all([
        signatures.legacy &&
            addLegacySignature(repository, subject.digest, signatures.legacy.payload, signatures.legacy.layer, supersededLayers(signatures.legacy, key)),
        signatures.bundle &&
            attachBundle(repository, subject, signatures.bundle.json, new Date(), supersededBundles(signatures.bundle.json, key)),
    ]);
    return { legacy, bundle };
}
/** Each form's signature, found or just written, with its Rekor log indexes; each one logged. */
function reportSignatures({ existing }, signatures, written, signer, log) {
    const result = { rekorLogIndexes: [], ...signer };
    const logged = (index) => {
        if (index !== undefined)
            result.rekorLogIndexes.push(index);
    };
    if (existing.legacy) {
        result.signatureTag = existing.legacy.tag;
        logged(existing.legacy.logIndex);
        log?.info(`A valid legacy signature by this signer is at ${existing.legacy.tag}: kept.`);
    }
    else if (signatures.legacy && written.legacy) {
        result.signatureTag = written.legacy;
        result.rekorLogIndexes.push(...signatures.legacy.logIndexes);
        log?.info(`Legacy signature stored at tag ${written.legacy}.`);
    }
    if (existing.bundle) {
        result.bundleDigest = existing.bundle.digest;
        logged(existing.bundle.logIndex);
        log?.info(`A valid Sigstore bundle by this signer is attached: ${existing.bundle.digest}.`);
    }
    else if (signatures.bundle && written.bundle) {
        const { referrer, added } = written.bundle;
        result.bundleDigest = referrer.digest;
        if (added) {
            result.rekorLogIndexes.push(...signatures.bundle.logIndexes);
            log?.info(`Sigstore bundle attached as referrer ${referrer.digest}.`);
        }
        else {
            log?.info(`A Sigstore bundle of this signer is attached already: ${referrer.digest}.`);
        }
    }
    return result;
}
/**
 * Signs the manifest `subject` (by digest: every tag pointing at it is covered) in `repository`.
 * Call it once per digest. Fails with a UserError naming the service or input at fault; nothing is
 * written to the registry unless every requested signature was made.
 */
async function signArtifact(repository, subject, options) {
    const plan = planSigning(options, subject.digest);
    const found = await findSignatures(repository, subject, plan);
    const signatures = found.missing
        ? await createSignatures(plan.signer, { ...plan.request, format: found.missing }, plan.policy)
        : {};
    // Who signed, asked before anything is written: a failure to tell leaves nothing half-written.
    const signer = {
        identity: await plan.identity?.(),
        publicKey: options.key?.publicKeyPEM,
        privateSigstore: options.key || (0,public_good/* usesPublicGood */.fF)(options.services) ? undefined : options.services,
    };
    const written = await writeSignatures(repository, subject, signatures, options.key);
    return reportSignatures(found, signatures, written, signer, plan.log);
}


/***/ })

};
