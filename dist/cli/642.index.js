export const id = 642;
export const ids = [642];
export const modules = {

/***/ 58431:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   B: () => (/* binding */ resolveArtifact)
/* harmony export */ });
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(19473);
/* harmony import */ var _oci_artifact_reference_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(58546);
/* harmony import */ var _command_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(89835);
/* harmony import */ var _repository_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(94709);
// The artifact a subcommand names, resolved: its repository opened and its manifest read once, so
// that everything after (verification, extraction) is about that one digest.




/** Opens the repository of `url` and reads the manifest it names; a missing one is an error. */
async function resolveArtifact(url, options) {
    const artifact = (0,_oci_artifact_reference_js__WEBPACK_IMPORTED_MODULE_1__/* .parseArtifactReference */ .F3)(url);
    const repository = await (0,_repository_js__WEBPACK_IMPORTED_MODULE_3__/* .openTarget */ .Ap)(artifact.location, options);
    const name = (0,_oci_artifact_reference_js__WEBPACK_IMPORTED_MODULE_1__/* .artifactName */ .Cs)(artifact);
    const manifest = await repository.getManifest(artifact.reference);
    if (!manifest) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .UserError */ .yo(_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .ErrorCode */ .O4.ARTIFACT_NOT_FOUND, `There is no artifact at ${name}${artifact.explicit ? '' : ' (no tag given: latest)'}. ` +
            `List the tags with: ${(0,_command_js__WEBPACK_IMPORTED_MODULE_2__/* .invocation */ .He)()} list ${artifact.location.kind === 'layout' ? artifact.repositoryName : `oci://${artifact.repositoryName}`}`);
    }
    return { artifact, repository, manifest, name };
}


/***/ }),

/***/ 70529:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  AE: () => (/* binding */ VERIFICATION_FLAGS),
  WG: () => (/* binding */ verificationPolicy),
  ni: () => (/* binding */ wantsVerification)
});

// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(77598);
// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(51455);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(76760);
// EXTERNAL MODULE: ./node_modules/@sigstore/protobuf-specs/dist/index.js
var dist = __webpack_require__(19654);
// EXTERNAL MODULE: external "node:os"
var external_node_os_ = __webpack_require__(48161);
;// CONCATENATED MODULE: ./build/cache-directory.js
// Where the program keeps what it may fetch again: the user's cache directory, as the XDG base
// directory specification places it ($XDG_CACHE_HOME, else ~/.cache), and macOS and Windows their
// own. Cosign keeps its TUF metadata under ~/.sigstore; a cache directory is the place the platform
// (and a CI system's cache step) expects for files that can be deleted at any time and rebuilt.


function cacheDirectory(env = process.env, platform = process.platform) {
    const base = env.XDG_CACHE_HOME ||
        (platform === 'darwin'
            ? (0,external_node_path_.join)((0,external_node_os_.homedir)(), 'Library', 'Caches')
            : platform === 'win32'
                ? (env.LOCALAPPDATA ?? (0,external_node_path_.join)((0,external_node_os_.homedir)(), 'AppData', 'Local'))
                : (0,external_node_path_.join)((0,external_node_os_.homedir)(), '.cache'));
    return (0,external_node_path_.join)(base, 'publish-oci-artifact');
}

// EXTERNAL MODULE: ./build/errors.js
var errors = __webpack_require__(19473);
// EXTERNAL MODULE: ./build/oci/retry.js
var retry = __webpack_require__(7620);
// EXTERNAL MODULE: ./build/sign/network.js
var network = __webpack_require__(23546);
// EXTERNAL MODULE: ./build/verify/trusted-root.js
var trusted_root = __webpack_require__(91592);
;// CONCATENATED MODULE: ./build/verify/tuf-trusted-root.js
// The trusted root a Sigstore TUF repository publishes (its `trusted_root.json` target): Sigstore's
// public-good one by default, as cosign, `gh attestation verify` and sigstore-js read it when given
// no trusted root. @sigstore/tuf checks the metadata against the repository's root (the public-good
// one is built into it; another repository's is given) and keeps it in the user's cache directory
// (src/cache-directory.ts). The repository is asked on every run, as the TUF client workflow says,
// so a rotated key is seen at once; when it cannot be reached, the cached metadata serves while its
// signed timestamp has not expired (a week for Sigstore's), so verifying works offline after one
// online run. Loaded only when a keyless verification needs it: @sigstore/tuf and tuf-js stay out
// of every other command's start-up.








/** Sigstore's public-good TUF repository, whose root @sigstore/tuf carries. */
const PUBLIC_GOOD_TUF_MIRROR = 'https://tuf-repo-cdn.sigstore.dev';
// Someone waits at a terminal: three attempts (0.5 s, then 1 s apart) and five seconds of silence
// per request (as sigstore-js waits) before the repository is called unreachable and the cache read.
const PATIENCE = (0,network/* sigstoreFetchOptions */.V)((0,retry/* retryPolicy */.Jb)({ attempts: 3, timeoutMs: 5_000 }));
const UNREACHABLE_CODES = new Set(['ENOTFOUND', 'ENETUNREACH', 'EHOSTUNREACH', 'EHOSTDOWN']);
/** The errors in `error`'s cause chain, outermost first. */
function causes(error) {
    const chain = [];
    for (let e = error, depth = 0; e && typeof e === 'object' && depth < 6; depth++) {
        chain.push(e);
        e = e.cause;
    }
    return chain;
}
/** The repository did not answer (or answered with a server error): not a refusal of its content. */
function isUnreachable(error) {
    return ((0,retry/* isTransientNetworkError */.l)(error) ||
        causes(error).some((e) => (typeof e.code === 'string' && UNREACHABLE_CODES.has(e.code)) ||
            (typeof e.statusCode === 'number' && (0,retry/* isRetryableStatus */.PS)(e.statusCode))));
}
/** What went wrong, in the innermost error's words (tuf-js wraps causes into its messages). */
function detail(error) {
    const inner = causes(error).at(-1);
    if (typeof inner?.statusCode === 'number')
        return `HTTP ${inner.statusCode}`;
    const message = typeof inner?.message === 'string' ? inner.message : String(error);
    return message.replace(/^.*\bError: /, '');
}
function tufError(code, message, cause, input) {
    return new errors/* UserError */.yo(code, message, { cause, ...(input ? { input } : {}) });
}
/** The --tuf-root file, checked before the TUF client copies it into its cache. */
async function checkInitialRoot(path) {
    let text;
    try {
        text = await (0,promises_.readFile)(path, 'utf8');
    }
    catch (error) {
        throw tufError(errors/* ErrorCode */.O4.TUF_ROOT_INVALID, `--tuf-root ${path} cannot be read (${error.code})`, error, 'tuf-root');
    }
    let type;
    try {
        type = JSON.parse(text).signed?._type;
    }
    catch {
        // reported below
    }
    if (type !== 'root') {
        throw tufError(errors/* ErrorCode */.O4.TUF_ROOT_INVALID, `--tuf-root ${path} is not TUF root metadata: give the repository's root.json (its first, ` +
            '1.root.json, or any later one)', undefined, 'tuf-root');
    }
}
/** Reads the trusted root from `source`'s TUF repository, or its cache when it cannot be reached. */
async function trustedRootFromTUF(source, log) {
    const mirrorURL = source.mirrorURL ?? PUBLIC_GOOD_TUF_MIRROR;
    const cachePath = source.cachePath ?? (0,external_node_path_.join)(cacheDirectory(), 'tuf');
    if (source.rootPath !== undefined)
        await checkInitialRoot(source.rootPath);
    const { initTUF, TUFError } = await Promise.all(/* import() */[__webpack_require__.e(335), __webpack_require__.e(694)]).then(__webpack_require__.t.bind(__webpack_require__, 84423, 19));
    const options = { mirrorURL, rootPath: source.rootPath, cachePath, ...PATIENCE };
    const trustedRootTarget = async (cacheOnly = false) => (await initTUF(cacheOnly ? { ...options, forceCache: true, retry: false } : options)).getTarget('trusted_root.json');
    const orTrustedRoot = ' (or give --trusted-root trusted_root.json)';
    let text;
    try {
        text = await trustedRootTarget();
    }
    catch (error) {
        if (error instanceof TUFError && error.code === 'TUF_INIT_CACHE_ERROR') {
            throw tufError(errors/* ErrorCode */.O4.TUF_ROOT_MISSING, `--tuf-mirror ${mirrorURL}: its root is not known here: give the repository's initial ` +
                `root.json with --tuf-root${orTrustedRoot}.`, error, 'tuf-mirror');
        }
        if (error instanceof TUFError && error.code === 'TUF_FIND_TARGET_ERROR') {
            throw tufError(errors/* ErrorCode */.O4.TUF_TARGET_MISSING, `The TUF repository ${mirrorURL} publishes no trusted_root.json target${orTrustedRoot}.`, error);
        }
        const unreachable = isUnreachable(error);
        if (error.syscall && !unreachable) {
            throw tufError(errors/* ErrorCode */.O4.TUF_CACHE_UNWRITABLE, `The TUF cache ${cachePath} cannot be written (${error.code}): ` +
                `set XDG_CACHE_HOME to a writable directory${orTrustedRoot}.`, error);
        }
        if (!unreachable) {
            throw tufError(errors/* ErrorCode */.O4.TUF_METADATA_INVALID, `The TUF repository ${mirrorURL} sent metadata that does not verify (${detail(error)}): ` +
                `no trusted root was read from it. If it was rebuilt with new keys, delete ${cachePath}` +
                `${orTrustedRoot}.`, error);
        }
        try {
            // Verified metadata from an earlier run, used while its timestamp has not expired; asking
            // again would only wait as long again.
            text = await trustedRootTarget(true);
        }
        catch {
            throw tufError(errors/* ErrorCode */.O4.TUF_UNREACHABLE, `The TUF repository ${mirrorURL} cannot be reached (${detail(error)}) and ${cachePath} ` +
                `holds no unexpired copy of its metadata: retry when online${orTrustedRoot}.`, error);
        }
        log.warning(`The TUF repository ${mirrorURL} cannot be reached (${detail(error)}): using the trusted ` +
            `root of its metadata cached in ${cachePath}.`);
    }
    let root;
    try {
        root = dist.TrustedRoot.fromJSON(JSON.parse(text));
    }
    catch (error) {
        throw tufError(errors/* ErrorCode */.O4.TRUSTED_ROOT_INVALID, `The trusted_root.json of the TUF repository ${mirrorURL} is not a trusted root ` +
            `(${detail(error)})${orTrustedRoot}.`, error);
    }
    const unusable = (0,trusted_root/* unusableTrustedRoot */.D)(root);
    if (unusable) {
        throw tufError(errors/* ErrorCode */.O4.TRUSTED_ROOT_INVALID, `The trusted_root.json of the TUF repository ${mirrorURL} ${unusable}${orTrustedRoot}.`, undefined);
    }
    log.debug(`Trusted root: trusted_root.json of the TUF repository ${mirrorURL} (${cachePath}).`);
    return root;
}

// EXTERNAL MODULE: ./build/verify/index.js + 7 modules
var verify = __webpack_require__(28009);
// EXTERNAL MODULE: ./build/cli/command.js + 1 modules
var command = __webpack_require__(89835);
;// CONCATENATED MODULE: ./build/cli/verification-flags.js
// The verification flags `verify` and `pull` share, named as cosign names them, and the policy they
// make. Keyless verification trusts what --trusted-root names (a private Sigstore, or offline use);
// without it, the trusted root Sigstore's public-good TUF repository publishes, as cosign reads it
// (src/verify/tuf-trusted-root.ts), or another TUF repository's with --tuf-mirror and --tuf-root.





const VERIFICATION_FLAGS = [
    {
        name: 'key',
        type: 'string',
        multiple: true,
        value: '<cosign.pub>',
        description: "A public key (PEM) that may have signed it, as cosign's --key and the .pub entries of " +
            "Flux's verify.secretRef. Transparency log entries are not required, as in Flux.",
    },
    {
        name: 'certificate-identity',
        type: 'string',
        value: '<identity>',
        description: 'Keyless: the exact identity (certificate SAN) of the signer.',
    },
    {
        name: 'certificate-identity-regexp',
        type: 'string',
        value: '<regexp>',
        description: "Keyless: a regular expression the signer's identity matches (as matchOIDCIdentity.subject).",
    },
    {
        name: 'certificate-oidc-issuer',
        type: 'string',
        value: '<issuer>',
        description: 'Keyless: the exact OIDC issuer of the identity.',
    },
    {
        name: 'certificate-oidc-issuer-regexp',
        type: 'string',
        value: '<regexp>',
        description: 'Keyless: a regular expression the OIDC issuer matches (as matchOIDCIdentity.issuer).',
    },
    {
        name: 'trusted-root',
        type: 'string',
        value: '<trusted_root.json>',
        description: "Keyless: the Sigstore trusted root (Fulcio, Rekor, CT log, TSA keys), as cosign's " +
            "--trusted-root and Flux's verify.trustedRootSecretRef: for a private Sigstore, or to " +
            "verify offline. Without it, public-good Sigstore's, from its TUF repository.",
    },
    {
        name: 'tuf-mirror',
        type: 'string',
        value: '<url>',
        description: 'Keyless, without --trusted-root: the TUF repository whose trusted_root.json to trust, as ' +
            "cosign initialize's --mirror (default https://tuf-repo-cdn.sigstore.dev). Its metadata is " +
            'cached in $XDG_CACHE_HOME/publish-oci-artifact/tuf (~/.cache/…) and used offline.',
    },
    {
        name: 'tuf-root',
        type: 'string',
        value: '<root.json>',
        description: "Keyless, with --tuf-mirror: the repository's initial root.json, as cosign initialize's " +
            "--root (public-good Sigstore's is built in). Read once: the cache's root is trusted after.",
    },
];
function matcher(values, exactFlag, what) {
    const exact = (0,command/* stringFlag */.AM)(values, exactFlag);
    const regexp = (0,command/* stringFlag */.AM)(values, `${exactFlag}-regexp`);
    if (exact !== undefined && regexp !== undefined) {
        throw (0,command/* usageError */.Wp)(`give --${exactFlag} or --${exactFlag}-regexp for the ${what}, not both`);
    }
    if (regexp !== undefined) {
        try {
            new RegExp(regexp, 'u');
        }
        catch (error) {
            throw (0,command/* usageError */.Wp)(`--${exactFlag}-regexp '${regexp}': ${error.message}`);
        }
        return { regexp };
    }
    return exact === undefined ? undefined : { exact };
}
async function readKey(path) {
    let pem;
    try {
        pem = await (0,promises_.readFile)(path, 'utf8');
    }
    catch (error) {
        throw (0,command/* usageError */.Wp)(`--key ${path} cannot be read (${error.code})`);
    }
    try {
        const key = (0,external_node_crypto_.createPublicKey)(pem);
        return { name: path, key, fingerprint: (0,verify/* keyFingerprint */.yy)(key) };
    }
    catch {
        throw (0,command/* usageError */.Wp)(`--key ${path} is not a PEM public key (give cosign.pub, not cosign.key)`);
    }
}
/** Whether any verification flag was given. */
function wantsVerification(values) {
    return VERIFICATION_FLAGS.some((flag) => values[flag.name] !== undefined);
}
/** The trusted root of a keyless policy: the file given, or a TUF repository's. */
function trustedRootOf(values, log) {
    const path = (0,command/* stringFlag */.AM)(values, 'trusted-root');
    const mirrorURL = (0,command/* stringFlag */.AM)(values, 'tuf-mirror');
    const rootPath = (0,command/* stringFlag */.AM)(values, 'tuf-root');
    if (path !== undefined && (mirrorURL !== undefined || rootPath !== undefined)) {
        throw (0,command/* usageError */.Wp)(`give --trusted-root or --tuf-mirror/--tuf-root, not both (--trusted-root ${path} is ` +
            'trusted as it is; a TUF repository is where a trusted root comes from)');
    }
    if (mirrorURL !== undefined && !/^https?:\/\/[^/]/.test(mirrorURL)) {
        throw (0,command/* usageError */.Wp)(`--tuf-mirror '${mirrorURL}' is not an http(s) URL`);
    }
    return path !== undefined
        ? (0,verify/* loadTrustedRoot */.KE)(path)
        : trustedRootFromTUF({ mirrorURL, rootPath }, log);
}
/** The policy the flags describe; a usage error when they describe none or two. */
async function verificationPolicy(values, log) {
    const keys = (0,command/* listFlag */.v6)(values, 'key');
    const subject = matcher(values, 'certificate-identity', 'identity');
    const issuer = matcher(values, 'certificate-oidc-issuer', 'issuer');
    if (keys.length > 0) {
        if (subject || issuer) {
            throw (0,command/* usageError */.Wp)('give --key or the --certificate-* flags, not both (Flux takes a secretRef or ' +
                'matchOIDCIdentity)');
        }
        return { kind: 'key', keys: await Promise.all(keys.map(readKey)) };
    }
    if (!subject || !issuer) {
        throw (0,command/* usageError */.Wp)('keyless verification needs the signer: --certificate-identity[-regexp] and ' +
            '--certificate-oidc-issuer[-regexp] (or --key <cosign.pub> for a key signature)');
    }
    return {
        kind: 'keyless',
        subject,
        issuer,
        trustedRoot: await trustedRootOf(values, log),
        trustedRootFile: (0,command/* stringFlag */.AM)(values, 'trusted-root'),
    };
}


/***/ }),

/***/ 52506:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  fe: () => (/* binding */ LegacyAnnotation),
  z0: () => (/* binding */ LegacyLayerError),
  cD: () => (/* binding */ bundleCertificate),
  Wb: () => (/* binding */ certificateIdentity),
  Nh: () => (/* binding */ fulcioIdentity),
  D5: () => (/* binding */ layerCertificate),
  Es: () => (/* binding */ legacyBundle),
  FN: () => (/* binding */ legacyLayer),
  WT: () => (/* binding */ loggedKey),
  bG: () => (/* binding */ signatureTag)
});

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
// EXTERNAL MODULE: ./build/oci/digest.js
var digest = __webpack_require__(1564);
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
        digest: (0,digest/* digestOf */.ol)(payload),
        size: payload.length,
        annotations,
    };
}
// Reading a layer back, as whatever signer wrote it: what does not parse is a LegacyLayerError,
// which verification reports as that layer's problem (verify/check.ts).
class LegacyLayerError extends Error {
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
        return new external_node_crypto_.X509Certificate(pem).raw;
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
        mediaType: dist.BUNDLE_V01_MEDIA_TYPE,
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
                    algorithm: protobuf_specs_dist.HashAlgorithm.SHA2_256,
                    digest: (0,external_node_crypto_.createHash)('sha256').update(payload).digest(),
                },
                signature: Buffer.from(signature, 'base64'),
            },
        },
    };
}


/***/ }),

/***/ 58546:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Cs: () => (/* binding */ artifactName),
/* harmony export */   F3: () => (/* binding */ parseArtifactReference)
/* harmony export */ });
/* unused harmony export DEFAULT_TAG */
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(19473);
/* harmony import */ var _digest_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(1564);
/* harmony import */ var _location_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(35743);
/* harmony import */ var _reference_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(20907);
// An artifact the CLI's subcommands name: a repository (`oci://host/repo`, `oci-layout:<dir>`) and a
// tag or digest in it. `oci-layout:<dir>:<tag>` and `oci-layout:<dir>@<digest>` read as skopeo's
// `oci:` transport writes them. Parsing only: nothing is opened here.




/** The tag Flux and Docker read when a reference names none. */
const DEFAULT_TAG = 'latest';
function layoutReference(target, workspace) {
    let rest = target.slice(_location_js__WEBPACK_IMPORTED_MODULE_2__/* .LAYOUT_PREFIX */ .A.length);
    let reference;
    const at = rest.lastIndexOf('@');
    if (at !== -1 && (0,_digest_js__WEBPACK_IMPORTED_MODULE_1__/* .isDigest */ .Bc)(rest.slice(at + 1))) {
        reference = rest.slice(at + 1);
        rest = rest.slice(0, at);
    }
    else {
        const colon = rest.lastIndexOf(':');
        const tag = colon === -1 ? '' : rest.slice(colon + 1);
        if (colon !== -1 && !tag.includes('/') && (0,_reference_js__WEBPACK_IMPORTED_MODULE_3__/* .isValidTag */ .r_)(tag)) {
            reference = tag;
            rest = rest.slice(0, colon);
        }
    }
    const location = (0,_location_js__WEBPACK_IMPORTED_MODULE_2__/* .parseLocation */ .z)(`${_location_js__WEBPACK_IMPORTED_MODULE_2__/* .LAYOUT_PREFIX */ .A}${rest}`, workspace);
    if (location.kind !== 'layout')
        throw new Error('unreachable: a layout prefix parses as a layout');
    return {
        location,
        reference: reference ?? DEFAULT_TAG,
        explicit: reference !== undefined,
        repositoryName: `${_location_js__WEBPACK_IMPORTED_MODULE_2__/* .LAYOUT_PREFIX */ .A}${location.directory}`,
    };
}
/**
 * Parses `oci://host[:port]/repo[:tag|@digest]` or `oci-layout:<dir>[:tag|@digest]`. A digest wins
 * over a tag given beside it, as in Docker.
 */
function parseArtifactReference(target, options = {}) {
    const workspace = options.workspace ?? process.cwd();
    if (target.startsWith(_location_js__WEBPACK_IMPORTED_MODULE_2__/* .LAYOUT_PREFIX */ .A))
        return layoutReference(target, workspace);
    if (!/^oci:\/\//i.test(target)) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .UserError */ .yo(_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .ErrorCode */ .O4.REFERENCE_INVALID, `'${target}' is not an artifact URL: write oci://<host>/<repository>[:<tag>|@<digest>] or ` +
            'oci-layout:<dir>[:<tag>|@<digest>].');
    }
    const location = (0,_location_js__WEBPACK_IMPORTED_MODULE_2__/* .parseLocation */ .z)(target, workspace);
    if (location.kind !== 'registry')
        throw new Error('unreachable: oci:// parses as a registry');
    const reference = location.digest ?? location.tag;
    return {
        location,
        reference: reference ?? DEFAULT_TAG,
        explicit: reference !== undefined,
        repositoryName: `${location.registry}/${location.repository}`,
    };
}
/** `host/repo:tag`, `host/repo@sha256:…`, `oci-layout:<dir>:tag`: the artifact as users write it. */
function artifactName(artifact, reference = artifact.reference) {
    return `${artifact.repositoryName}${(0,_digest_js__WEBPACK_IMPORTED_MODULE_1__/* .isDigest */ .Bc)(reference) ? '@' : ':'}${reference}`;
}


/***/ }),

/***/ 39409:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   l: () => (/* binding */ readImageManifest),
/* harmony export */   m: () => (/* binding */ requireImageManifest)
/* harmony export */ });
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(19473);
/* harmony import */ var _digest_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(1564);
/* harmony import */ var _media_types_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(54566);
// Reading an image manifest someone else may have written: its layers, config, annotations and
// subject, checked to be what they claim before anything is fetched through them.



function descriptor(value) {
    const d = value;
    if (typeof d?.mediaType !== 'string' ||
        typeof d.digest !== 'string' ||
        !(0,_digest_js__WEBPACK_IMPORTED_MODULE_1__/* .isDigest */ .Bc)(d.digest) ||
        typeof d.size !== 'number' ||
        !Number.isSafeInteger(d.size) ||
        d.size < 0) {
        return undefined;
    }
    return d;
}
function stringRecord(value) {
    if (!value || typeof value !== 'object')
        return {};
    return Object.fromEntries(Object.entries(value).filter((entry) => typeof entry[1] === 'string'));
}
/** The manifest, or `undefined` when the bytes are not an image manifest (an index, not JSON). */
function readImageManifest(stored) {
    if (stored.mediaType === _media_types_js__WEBPACK_IMPORTED_MODULE_2__/* .OCI_INDEX */ .$p || stored.mediaType === _media_types_js__WEBPACK_IMPORTED_MODULE_2__/* .DOCKER_MANIFEST_LIST */ .m6)
        return undefined;
    let parsed;
    try {
        parsed = JSON.parse(stored.bytes.toString('utf8'));
    }
    catch {
        return undefined;
    }
    const config = descriptor(parsed.config);
    const layers = Array.isArray(parsed.layers) ? parsed.layers.map(descriptor) : undefined;
    if (!config || !layers || layers.some((l) => l === undefined))
        return undefined;
    const subject = descriptor(parsed.subject);
    return {
        mediaType: stored.mediaType,
        ...(typeof parsed.artifactType === 'string' ? { artifactType: parsed.artifactType } : {}),
        config,
        layers: layers,
        annotations: stringRecord(parsed.annotations),
        ...(subject ? { subject } : {}),
    };
}
/** Like readImageManifest, but a manifest that is not one is an error naming `what`. */
function requireImageManifest(stored, what) {
    const manifest = readImageManifest(stored);
    if (manifest)
        return manifest;
    const kind = _media_types_js__WEBPACK_IMPORTED_MODULE_2__/* .MANIFEST_MEDIA_TYPES */ .$T.includes(stored.mediaType)
        ? stored.mediaType
        : 'not a manifest';
    throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .UserError */ .yo(_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .ErrorCode */ .O4.ARTIFACT_INVALID, `${what} is not an image manifest with layers (${kind}): it is not a Flux artifact.`);
}


/***/ }),

/***/ 23546:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   V: () => (/* binding */ sigstoreFetchOptions),
/* harmony export */   X: () => (/* binding */ sigstoreRetryPolicy)
/* harmony export */ });
/* harmony import */ var _oci_retry_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7620);

/** The Sigstore defaults, with each field `overrides` gives (an `undefined` one keeps its default). */
function sigstoreRetryPolicy(overrides = {}) {
    return (0,_oci_retry_js__WEBPACK_IMPORTED_MODULE_0__/* .retryPolicy */ .Jb)({
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


/***/ }),

/***/ 21830:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   LD: () => (/* binding */ decide),
/* harmony export */   Wp: () => (/* binding */ CONSUMER_NAMES),
/* harmony export */   as: () => (/* binding */ readBy)
/* harmony export */ });
const CONSUMER_NAMES = {
    flux: 'Flux ≥ 2.8 and cosign v3',
    legacy: 'Flux < 2.8 and cosign v2',
};
/** The signatures `consumer` reads for this artifact, and in which form. */
function readBy(consumer, discovery) {
    const bundles = discovery.bundles.filter((b) => b.bundle !== undefined);
    if (consumer === 'flux' && bundles.length > 0)
        return { format: 'bundle', signatures: bundles };
    return { format: 'legacy', signatures: discovery.legacy };
}
function decide(consumer, discovery, judged) {
    const { format, signatures } = readBy(consumer, discovery);
    const checks = judged.filter((j) => signatures.includes(j.found));
    const verifiedCount = checks.filter((j) => j.check.verified).length;
    const where = format === 'bundle' ? 'Sigstore bundle' : `legacy signature (${discovery.signatureTag})`;
    const summary = signatures.length === 0
        ? consumer === 'flux'
            ? `no Sigstore bundle among the referrers and no ${discovery.signatureTag} tag`
            : `no ${discovery.signatureTag} tag`
        : verifiedCount > 0
            ? `${verifiedCount} of ${signatures.length} ${where}${signatures.length === 1 ? '' : 's'} verified`
            : `none of ${signatures.length} ${where}${signatures.length === 1 ? '' : 's'} verified`;
    return {
        consumer,
        verified: verifiedCount > 0,
        format,
        read: signatures.length,
        verifiedCount,
        summary,
    };
}


/***/ }),

/***/ 28009:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  yy: () => (/* reexport */ keyFingerprint),
  KE: () => (/* reexport */ trusted_root/* loadTrustedRoot */.K),
  oc: () => (/* binding */ verifyArtifact)
});

// UNUSED EXPORTS: CONSUMER_NAMES

// EXTERNAL MODULE: ./node_modules/@sigstore/verify/dist/index.js
var dist = __webpack_require__(54187);
// EXTERNAL MODULE: ./build/oci/digest.js
var oci_digest = __webpack_require__(1564);
// EXTERNAL MODULE: ./build/cosign/format.js + 2 modules
var format = __webpack_require__(52506);
;// CONCATENATED MODULE: ./build/verify/policy.js
function matches(matcher, value) {
    if (value === undefined)
        return false;
    return 'exact' in matcher ? matcher.exact === value : new RegExp(matcher.regexp, 'u').test(value);
}
function describeMatcher(matcher) {
    return 'exact' in matcher ? `'${matcher.exact}'` : `/${matcher.regexp}/`;
}

;// CONCATENATED MODULE: ./build/verify/check.js




const NO_KEYS = {
    mediaType: 'application/vnd.dev.sigstore.trustedroot+json;version=0.1',
    tlogs: [],
    certificateAuthorities: [],
    ctlogs: [],
    timestampAuthorities: [],
};
/** The digest the signature says it signs, or why it says none. */
function signedDigest(found) {
    if (found.format === 'bundle') {
        const content = found.bundle?.content;
        if (content?.$case !== 'dsseEnvelope')
            return { problem: 'the bundle holds no DSSE envelope' };
        if (content.dsseEnvelope.payloadType !== 'application/vnd.in-toto+json') {
            return { problem: `the envelope's payload is ${content.dsseEnvelope.payloadType}` };
        }
        try {
            const statement = JSON.parse(content.dsseEnvelope.payload.toString('utf8'));
            const digests = (statement.subject ?? []).flatMap((s) => Object.entries(s.digest ?? {}).map(([algorithm, hex]) => `${algorithm}:${hex}`));
            return digests.length ? { digest: digests.join(', ') } : { problem: 'no in-toto subject' };
        }
        catch {
            return { problem: 'the in-toto statement is not JSON' };
        }
    }
    try {
        const payload = JSON.parse(found.payload.toString('utf8'));
        const digest = payload.critical?.image?.['docker-manifest-digest'];
        return typeof digest === 'string'
            ? { digest }
            : { problem: 'the payload names no docker-manifest-digest' };
    }
    catch {
        return { problem: 'the payload is not JSON' };
    }
}
function signsDigest(signed, digest) {
    const { algorithm, hex } = (0,oci_digest/* splitDigest */.vo)(digest);
    return signed.split(', ').includes(`${algorithm}:${hex}`);
}
function entityOf(found) {
    if (found.format === 'bundle')
        return (0,dist/* toSignedEntity */.DC)(found.bundle);
    return (0,dist/* toSignedEntity */.DC)((0,format/* legacyBundle */.Es)(found.layer, found.payload), found.payload);
}
function failure(error) {
    if (error instanceof format/* LegacyLayerError */.z0)
        return error.message;
    const message = error instanceof Error ? error.message : String(error);
    return message.replace(/^[A-Z_]+: /, '');
}
/** One key against the signature alone: no log, no certificate chain, no timestamps (Flux). */
function verifiesWithKey(entity, key) {
    const bare = {
        ...entity,
        key: { $case: 'public-key', hint: '' },
        tlogEntries: [],
        timestamps: [],
    };
    for (const { name, key: publicKey } of key.keys) {
        const material = (0,dist/* toTrustMaterial */.jO)(NO_KEYS, () => ({ publicKey, validFor: () => true }));
        const verifier = new dist/* Verifier */.BL(material, {
            tlogThreshold: 0,
            ctlogThreshold: 0,
            timestampThreshold: 0,
        });
        try {
            verifier.verify(bare);
            return name;
        }
        catch {
            // the next key
        }
    }
    return undefined;
}
/** Judges `found`, a signature of the manifest `digest`, under `policy`. */
function checkSignature(found, signer, digest, policy) {
    const no = (reason, wouldVerifyWithOtherPolicy = false) => ({
        verified: false,
        reason,
        wouldVerifyWithOtherPolicy,
    });
    if (found.problem)
        return no(found.problem);
    let entity;
    try {
        entity = entityOf(found);
    }
    catch (error) {
        return no(`unreadable: ${failure(error)}`);
    }
    const signed = signedDigest(found);
    if (!signed.digest)
        return no(signed.problem ?? 'it signs nothing');
    const verdict = judge(entity, signer, policy);
    if (!signsDigest(signed.digest, digest)) {
        return {
            ...no(`it signs ${signed.digest}, not this manifest`),
            ...(verdict.verified ? { verifiesIgnoringDigest: true } : {}),
        };
    }
    return verdict;
}
/** The signature's key or identity under `policy`, what it signs aside. */
function judge(entity, signer, policy) {
    const no = (reason, wouldVerifyWithOtherPolicy = false) => ({
        verified: false,
        reason,
        wouldVerifyWithOtherPolicy,
    });
    if (policy.kind === 'key') {
        const name = verifiesWithKey(entity, policy);
        if (name)
            return { verified: true, verifiedBy: name, wouldVerifyWithOtherPolicy: false };
        const fingerprints = policy.keys.map((k) => k.fingerprint).join(', ');
        const given = policy.keys.length === 1
            ? `the key given (${fingerprints})`
            : `any of the ${policy.keys.length} keys given (${fingerprints})`;
        return signer.kind === 'keyless'
            ? no(`keyless (a Fulcio certificate), not made by ${given}`, true)
            : no(`not made by ${given}`, true);
    }
    if (entity.key.$case === 'public-key') {
        return no('signed with a key, not keyless: verify it with --key', true);
    }
    try {
        new dist/* Verifier */.BL((0,dist/* toTrustMaterial */.jO)(policy.trustedRoot)).verify(entity);
    }
    catch (error) {
        return no(failure(error));
    }
    const subject = signer.kind === 'keyless' ? signer.subject : undefined;
    const issuer = signer.kind === 'keyless' ? signer.issuer : undefined;
    if (!matches(policy.subject, subject)) {
        return no(`its identity ${subject ?? '(none)'} does not match ${describeMatcher(policy.subject)}`, true);
    }
    if (!matches(policy.issuer, issuer)) {
        return no(`its issuer ${issuer ?? '(none)'} does not match ${describeMatcher(policy.issuer)}`, true);
    }
    return { verified: true, wouldVerifyWithOtherPolicy: false };
}

// EXTERNAL MODULE: ./build/verify/decide.js
var decide = __webpack_require__(21830);
// EXTERNAL MODULE: ./node_modules/@sigstore/bundle/dist/index.js
var bundle_dist = __webpack_require__(61040);
// EXTERNAL MODULE: ./build/oci/image-manifest.js
var image_manifest = __webpack_require__(39409);
// EXTERNAL MODULE: ./build/oci/read-blob.js
var read_blob = __webpack_require__(50154);
;// CONCATENATED MODULE: ./build/verify/discover.js
// Finding an artifact's signatures where cosign and Flux look for them: Sigstore bundles among the
// referrers of its digest (cosign's GetBundles: any referrer whose single layer is a bundle of
// v0.3 or later), and the layers of the legacy `sha256-<hex>.sig` manifest. Nothing is judged here.




/** Signatures are a few kilobytes; a larger blob is not one to hold in memory. */
const MAX_SIGNATURE_BLOB_BYTES = 1024 * 1024;
const BUNDLE_LAYER_PREFIX = 'application/vnd.dev.sigstore.bundle';
function isV03OrLater(bundle) {
    const match = /version=(\d+)\.(\d+)|bundle\.v(\d+)\.(\d+)\+json/.exec(bundle.mediaType);
    if (!match)
        return false;
    const major = Number(match[1] ?? match[3]);
    const minor = Number(match[2] ?? match[4]);
    return major > 0 || minor >= 3;
}
/** A referrer as cosign reads it: one layer of a bundle media type, holding a v0.3+ bundle. */
async function readReferrer(repository, referrer) {
    const where = referrer.digest;
    const stored = await repository.getManifest(referrer.digest);
    const manifest = stored && (0,image_manifest/* readImageManifest */.l)(stored);
    const [layer, ...others] = manifest?.layers ?? [];
    if (!layer || others.length > 0 || !layer.mediaType.startsWith(BUNDLE_LAYER_PREFIX)) {
        return undefined; // not a Sigstore bundle: an SBOM, an attestation of another tool…
    }
    const bytes = layer.size <= MAX_SIGNATURE_BLOB_BYTES
        ? await (0,read_blob/* readBlobAtMost */.W)(repository, layer.digest, MAX_SIGNATURE_BLOB_BYTES)
        : undefined;
    if (!bytes)
        return { format: 'bundle', where, problem: 'its bundle is larger than 1 MiB' };
    let bundle;
    try {
        bundle = (0,bundle_dist.bundleFromJSON)(JSON.parse(bytes.toString('utf8')));
    }
    catch (error) {
        return { format: 'bundle', where, problem: `not a valid Sigstore bundle (${String(error)})` };
    }
    if (!isV03OrLater(bundle)) {
        return { format: 'bundle', where, problem: `bundle ${bundle.mediaType} is older than v0.3` };
    }
    return { format: 'bundle', where, bundle };
}
async function findBundles(repository, digest) {
    let referrers;
    try {
        referrers = await repository.listReferrers(digest);
    }
    catch (error) {
        return { bundles: [], error: error.message };
    }
    const found = await Promise.all(referrers.map((r) => readReferrer(repository, r)));
    const bundles = found.filter((b) => b !== undefined);
    // Readable bundles first: they are the ones that count.
    return { bundles: [...bundles.filter((b) => b.bundle), ...bundles.filter((b) => !b.bundle)] };
}
async function findLegacy(repository, tag) {
    const stored = await repository.getManifest(tag);
    if (!stored)
        return [];
    const manifest = (0,image_manifest/* readImageManifest */.l)(stored);
    if (!manifest) {
        return [
            {
                format: 'legacy',
                where: tag,
                layer: { mediaType: stored.mediaType, digest: stored.digest, size: stored.bytes.length },
                problem: `${tag} is not an image manifest`,
            },
        ];
    }
    return Promise.all(manifest.layers.map(async (layer, index) => {
        const where = `${tag} layer ${index + 1}`;
        if (layer.size > MAX_SIGNATURE_BLOB_BYTES) {
            return { format: 'legacy', where, layer, problem: 'its payload is larger than 1 MiB' };
        }
        const payload = await (0,read_blob/* readBlobAtMost */.W)(repository, layer.digest, MAX_SIGNATURE_BLOB_BYTES);
        return payload
            ? { format: 'legacy', where, layer, payload }
            : { format: 'legacy', where, layer, problem: 'its payload is larger than 1 MiB' };
    }));
}
/** The signatures of the manifest `digest` in `repository`, in both forms. */
async function discoverSignatures(repository, digest) {
    const tag = (0,format/* signatureTag */.bG)(digest);
    const [referrers, legacy] = await Promise.all([
        findBundles(repository, digest),
        findLegacy(repository, tag),
    ]);
    return {
        bundles: referrers.bundles,
        legacy,
        signatureTag: tag,
        ...(referrers.error === undefined ? {} : { referrersError: referrers.error }),
    };
}

// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(77598);
;// CONCATENATED MODULE: ./build/verify/fingerprint.js
// A public key named by what it is: the sha256 of its SubjectPublicKeyInfo, whatever PEM wraps it.

function keyFingerprint(key) {
    const der = key.export({ format: 'der', type: 'spki' });
    return `sha256:${(0,external_node_crypto_.createHash)('sha256').update(der).digest('hex')}`;
}
/** The fingerprint of a PEM public key or certificate's key, or `undefined` when it is neither. */
function pemFingerprint(pem) {
    try {
        return keyFingerprint((0,external_node_crypto_.createPublicKey)(pem));
    }
    catch {
        return undefined;
    }
}

;// CONCATENATED MODULE: ./build/verify/signer.js


function bundleSigner(bundle) {
    const content = bundle.verificationMaterial.content;
    if (content.$case === 'publicKey') {
        return { kind: 'key', ...(content.publicKey.hint ? { hint: content.publicKey.hint } : {}) };
    }
    const leaf = (0,format/* bundleCertificate */.cD)(bundle);
    return leaf ? { kind: 'keyless', ...(0,format/* certificateIdentity */.Wb)(leaf) } : { kind: 'unknown' };
}
function describeSigner(found) {
    if (found.format === 'bundle')
        return found.bundle ? bundleSigner(found.bundle) : { kind: 'unknown' };
    let certificate;
    try {
        certificate = (0,format/* layerCertificate */.D5)(found.layer);
    }
    catch {
        return { kind: 'unknown' };
    }
    if (certificate)
        return { kind: 'keyless', ...(0,format/* certificateIdentity */.Wb)(certificate) };
    const logged = (0,format/* loggedKey */.WT)(found.layer);
    const fingerprint = logged && pemFingerprint(logged);
    return { kind: 'key', ...(fingerprint ? { fingerprint } : {}) };
}

;// CONCATENATED MODULE: ./build/report/verify-block.js
// The `verify:` block of a Flux OCIRepository (`spec.verify`, provider cosign): keyless identities
// (`matchOIDCIdentity`, regular expressions), with the Secret holding a private Sigstore's
// trusted_root.json (`trustedRootSecretRef`, source-controller ≥ 1.9), or a Secret holding
// cosign.pub (`secretRef`). Written by the publish summary (flux.ts) and suggested by the `verify`
// subcommand.
/** The Secret a `secretRef` names here; source-controller reads its `cosign.pub`. */
const COSIGN_PUB_SECRET = 'cosign-pub';
/** The Secret a `trustedRootSecretRef` names here; source-controller reads its `trusted_root.json`. */
const TRUSTED_ROOT_SECRET = 'sigstore-trusted-root';
/** The command that writes that Secret from a `trusted_root.json` file. */
function trustedRootSecretCommand(file) {
    return (`kubectl create secret generic ${TRUSTED_ROOT_SECRET} --namespace flux-system ` +
        `--from-file=trusted_root.json=${file}`);
}
/** YAML double-quoted scalars whose only escapes are JSON's. */
function quote(value) {
    return JSON.stringify(value);
}
/** The block's lines, indented to sit under `spec:`. */
function verifyBlockLines(block) {
    const lines = ['  verify:', '    provider: cosign'];
    if ('identities' in block) {
        lines.push('    matchOIDCIdentity:');
        for (const { issuer, subject } of block.identities) {
            lines.push(`      - issuer: ${quote(issuer)}`, `        subject: ${quote(subject)}`);
        }
        if (block.trustedRootSecret) {
            lines.push('    trustedRootSecretRef:', `      name: ${block.trustedRootSecret}`);
        }
        return lines;
    }
    lines.push('    secretRef:', `      name: ${block.secretName}`);
    if (block.comment)
        lines[lines.length - 1] += ` # ${block.comment}`;
    return lines;
}

;// CONCATENATED MODULE: ./build/verify/suggest.js
// The `verify:` block of an OCIRepository that would accept the signatures that are there: what to
// write when verification fails because the policy names another identity, issuer or key. Only
// signatures that sign this manifest and the consumer reads count: no block can make Flux accept a
// signature of another digest, or a `.sig` layer when bundles exist. Keyless identities checked
// through a trusted root given by file (a private Sigstore's) come with `trustedRootSecretRef`,
// since Flux knows only public-good Sigstore's trusted root by itself.

function escapeRegex(text) {
    return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
function suggestVerifyBlock(judged, read, trustedRootFile) {
    const candidates = judged.filter((j) => read.includes(j.found) && (j.check.verified || j.check.wouldVerifyWithOtherPolicy));
    if (candidates.length === 0) {
        return {
            none: read.length === 0
                ? 'there is no signature for Flux to read'
                : 'no signature that Flux reads signs this manifest and verifies with some policy',
        };
    }
    const identities = new Map();
    const keys = new Set();
    for (const { signer } of candidates) {
        if (signer.kind === 'keyless' && signer.subject && signer.issuer) {
            const identity = {
                issuer: `^${escapeRegex(signer.issuer)}$`,
                subject: `^${escapeRegex(signer.subject)}$`,
            };
            identities.set(JSON.stringify(identity), identity);
        }
        else if (signer.kind === 'key') {
            keys.add(signer.fingerprint ?? signer.hint ?? '');
        }
    }
    // Flux takes one of the two: a key Secret, or identities. Keyless identities say more.
    if (identities.size > 0) {
        const block = {
            identities: [...identities.values()],
            trustedRootSecret: trustedRootFile && TRUSTED_ROOT_SECRET,
        };
        return {
            yaml: verifyBlockLines(block).join('\n'),
            ...(trustedRootFile ? { secrets: [trustedRootSecretCommand(trustedRootFile)] } : {}),
        };
    }
    const known = [...keys].filter((k) => k !== '');
    const comment = known.length > 0
        ? `the cosign.pub whose key is ${known.join(' or ')}`
        : 'the cosign.pub of the key that signed it (no transparency log entry says which)';
    return {
        yaml: verifyBlockLines({ secretName: COSIGN_PUB_SECRET, comment }).join('\n'),
        secrets: [
            `kubectl -n flux-system create secret generic ${COSIGN_PUB_SECRET} --from-file=cosign.pub=<public key file>`,
        ],
    };
}

// EXTERNAL MODULE: ./build/verify/trusted-root.js
var trusted_root = __webpack_require__(91592);
;// CONCATENATED MODULE: ./build/verify/index.js








/** Verifies the manifest `digest` of `repository` under `policy`; `decidedBy` picks the suggestion. */
async function verifyArtifact(repository, digest, policy, decidedBy = 'flux') {
    const discovery = await discoverSignatures(repository, digest);
    const signatures = [...discovery.bundles, ...discovery.legacy].map((found) => {
        const signer = describeSigner(found);
        return { found, signer, check: checkSignature(found, signer, digest, policy) };
    });
    const verdicts = {
        flux: (0,decide/* decide */.LD)('flux', discovery, signatures),
        legacy: (0,decide/* decide */.LD)('legacy', discovery, signatures),
    };
    const fluxRead = (0,decide/* readBy */.as)('flux', discovery);
    const fluxAcceptsOtherDigest = !verdicts.flux.verified &&
        fluxRead.format === 'legacy' &&
        signatures.some((s) => fluxRead.signatures.includes(s.found) && s.check.verifiesIgnoringDigest);
    return {
        digest,
        policy,
        discovery,
        signatures,
        verdicts,
        ...(verdicts[decidedBy].verified
            ? {}
            : {
                suggestion: suggestVerifyBlock(signatures, (0,decide/* readBy */.as)(decidedBy, discovery).signatures, policy.kind === 'keyless' ? policy.trustedRootFile : undefined),
            }),
        fluxAcceptsOtherDigest,
    };
}


/***/ }),

/***/ 19820:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   U: () => (/* binding */ reportText),
/* harmony export */   f: () => (/* binding */ reportJSON)
/* harmony export */ });
/* harmony import */ var _decide_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(21830);
// A verification report for people (text) and scripts (JSON): the verdicts, every signature found
// with its format, signer and outcome, and the suggested `verify:` block.

function signerText(signer) {
    switch (signer.kind) {
        case 'keyless':
            return `keyless, identity ${signer.subject ?? '(none)'}, issuer ${signer.issuer ?? '(none)'}`;
        case 'key':
            return signer.fingerprint
                ? `key ${signer.fingerprint}`
                : signer.hint
                    ? `key (hint ${signer.hint})`
                    : 'key (no transparency log entry says which)';
        case 'unknown':
            return 'signer unknown';
    }
}
function signatureLine({ found, signer, check }) {
    const format = found.format === 'bundle' ? 'bundle' : 'legacy';
    const outcome = check.verified
        ? `verified${check.verifiedBy ? ` with ${check.verifiedBy}` : ''}`
        : `not verified: ${check.reason}`;
    return `  ${format.padEnd(6)} ${found.where}: ${signerText(signer)}: ${outcome}`;
}
/** The report as lines for stdout; `decidedBy` is the verdict the exit code follows. */
function reportText(report, artifact, decidedBy) {
    const decisive = report.verdicts[decidedBy];
    // A digest reference already names the digest: `host/repo@sha256:…` is not followed by it again.
    const subject = artifact.endsWith(`@${report.digest}`)
        ? artifact
        : `${artifact}@${report.digest}`;
    const lines = [`${decisive.verified ? 'Verified' : 'Not verified'}: ${subject}`];
    for (const consumer of ['flux', 'legacy']) {
        const verdict = report.verdicts[consumer];
        const mark = consumer === decidedBy ? '*' : ' ';
        lines.push(`${mark} ${_decide_js__WEBPACK_IMPORTED_MODULE_0__/* .CONSUMER_NAMES */ .Wp[consumer]}: ${verdict.verified ? 'verified' : 'not verified'} (${verdict.summary})`);
    }
    lines.push('', report.signatures.length ? 'Signatures found:' : 'No signatures found.');
    lines.push(...report.signatures.map(signatureLine));
    if (report.discovery.referrersError) {
        lines.push(`  (the referrers could not be listed: ${report.discovery.referrersError})`);
    }
    if (report.fluxAcceptsOtherDigest) {
        lines.push('', 'Warning: Flux itself would accept a legacy signature above that signs another manifest: ' +
            "source-controller does not compare the payload's digest with the artifact's (cosign " +
            'verify does, and so does this verdict). Re-sign the artifact.');
    }
    if (report.suggestion?.yaml) {
        lines.push('', 'The verify: block (under the OCIRepository spec) that matches the signatures present:', report.suggestion.yaml);
        for (const command of report.suggestion.secrets ?? []) {
            lines.push(`with the Secret it names: ${command}`);
        }
    }
    else if (report.suggestion?.none && !report.fluxAcceptsOtherDigest) {
        // Under the warning that Flux does accept it, "no block can make Flux accept it" would
        // contradict it: the warning's advice (re-sign) is the whole answer then.
        lines.push('', `No verify: block can make Flux accept this artifact: ${report.suggestion.none}.`);
    }
    return lines.join('\n');
}
function reportJSON(report, artifact, decidedBy) {
    return {
        artifact,
        digest: report.digest,
        verified: report.verdicts[decidedBy].verified,
        decidedBy,
        verdicts: report.verdicts,
        signatures: report.signatures.map(({ found, signer, check }) => ({
            format: found.format,
            where: found.where,
            signer,
            verified: check.verified,
            ...(check.reason ? { reason: check.reason } : {}),
        })),
        fluxAcceptsOtherDigest: report.fluxAcceptsOtherDigest,
        suggestion: report.suggestion?.yaml ?? null,
        ...(report.suggestion?.secrets ? { secrets: report.suggestion.secrets } : {}),
        ...(report.suggestion?.none ? { noSuggestion: report.suggestion.none } : {}),
    };
}


/***/ }),

/***/ 91592:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   D: () => (/* binding */ unusableTrustedRoot),
/* harmony export */   K: () => (/* binding */ loadTrustedRoot)
/* harmony export */ });
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(51455);
/* harmony import */ var _sigstore_protobuf_specs__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(19654);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(19473);
// Reading trusted_root.json, the file cosign's `--trusted-root` and Flux's `trustedRootSecretRef`
// take: the Fulcio, Rekor, CT log and TSA keys that keyless signatures are checked against.



function invalid(path, why, cause) {
    return new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .UserError */ .yo(_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .ErrorCode */ .O4.TRUSTED_ROOT_INVALID, `--trusted-root ${path}: ${why}. Give a Sigstore trusted_root.json (cosign trusted-root ` +
        'create writes one; the public-good one is in Sigstore’s TUF repository).', { input: 'trusted-root', cause });
}
/** Why `root` cannot check a keyless signature, or `undefined` when it can. */
function unusableTrustedRoot(root) {
    return root.certificateAuthorities.length === 0 || root.tlogs.length === 0
        ? 'names no certificate authority or no transparency log'
        : undefined;
}
async function loadTrustedRoot(path) {
    let text;
    try {
        text = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.readFile)(path, 'utf8');
    }
    catch (error) {
        throw invalid(path, `cannot be read (${error.code ?? String(error)})`, error);
    }
    let root;
    try {
        root = _sigstore_protobuf_specs__WEBPACK_IMPORTED_MODULE_1__.TrustedRoot.fromJSON(JSON.parse(text));
    }
    catch (error) {
        throw invalid(path, `is not a trusted root (${error.message})`, error);
    }
    const unusable = unusableTrustedRoot(root);
    if (unusable)
        throw invalid(path, unusable);
    return root;
}


/***/ })

};
