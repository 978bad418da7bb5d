export const id = 769;
export const ids = [769];
export const modules = {

/***/ 4009:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   B: () => (/* binding */ resolveArtifact)
/* harmony export */ });
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(9473);
/* harmony import */ var _oci_artifact_reference_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(8546);
/* harmony import */ var _repository_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(6399);
// The artifact a subcommand names, resolved: its repository opened and its manifest read once, so
// that everything after (verification, extraction) is about that one digest.



/** Opens the repository of `url` and reads the manifest it names; a missing one is an error. */
async function resolveArtifact(url, options) {
    const artifact = (0,_oci_artifact_reference_js__WEBPACK_IMPORTED_MODULE_1__/* .parseArtifactReference */ .F3)(url);
    const repository = await (0,_repository_js__WEBPACK_IMPORTED_MODULE_2__/* .openTarget */ .A)(artifact.location, options);
    const name = (0,_oci_artifact_reference_js__WEBPACK_IMPORTED_MODULE_1__/* .artifactName */ .Cs)(artifact);
    const manifest = await repository.getManifest(artifact.reference);
    if (!manifest) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .UserError */ .yo('ARTIFACT_NOT_FOUND', `There is no artifact at ${name}${artifact.explicit ? '' : ' (no tag given: latest)'}. ` +
            `List the tags with: publish-oci-artifact list ${artifact.location.kind === 'layout' ? artifact.repositoryName : `oci://${artifact.repositoryName}`}`);
    }
    return { artifact, repository, manifest, name };
}


/***/ }),

/***/ 2950:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   AM: () => (/* binding */ stringFlag),
/* harmony export */   B$: () => (/* binding */ outputFormat),
/* harmony export */   Hb: () => (/* binding */ OUTPUT_FORMAT_FLAG),
/* harmony export */   Wp: () => (/* binding */ usageError),
/* harmony export */   d1: () => (/* binding */ runCommand),
/* harmony export */   v6: () => (/* binding */ listFlag),
/* harmony export */   x0: () => (/* binding */ CREDS_FLAG)
/* harmony export */ });
/* harmony import */ var node_util__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7975);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(9473);
/* harmony import */ var _console_log_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(6074);
/* harmony import */ var _exit_codes_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(4576);
// What every subcommand shares: its flags declared once (parsed strictly, listed by `--help`), one
// line on stderr for any error, and the exit codes of exit-codes.ts. A subcommand is a spec and a
// `run` that returns an exit code; everything it prints for scripts goes to stdout, logs to stderr.




/** Every subcommand has these. */
const COMMON = [
    { name: 'debug', type: 'boolean', description: 'Print debug lines and stack traces.' },
    { name: 'help', type: 'boolean', short: 'h', description: 'Print this help.' },
];
/** A usage mistake: reported with the way to the help, exit 2. */
function usageError(message) {
    return new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .UserError */ .yo('USAGE_INVALID', message);
}
function helpText(spec) {
    const flags = [...spec.flags, ...COMMON].map((flag) => {
        const short = flag.short ? `-${flag.short}, ` : '';
        const value = flag.type === 'string' ? ` ${flag.value ?? '<value>'}` : '';
        const repeat = flag.multiple ? ' (repeatable)' : '';
        return `  ${short}--${flag.name}${value}${repeat}\n      ${flag.description}`;
    });
    return [
        `Usage: publish-oci-artifact ${spec.usage}`,
        '',
        spec.description,
        '',
        'Flags:',
        ...flags,
        ...(spec.notes ? ['', ...spec.notes] : []),
    ].join('\n');
}
function parse(spec, argv) {
    const options = {};
    for (const flag of [...spec.flags, ...COMMON]) {
        options[flag.name] = {
            type: flag.type,
            ...(flag.short ? { short: flag.short } : {}),
            ...(flag.multiple ? { multiple: true } : {}),
        };
    }
    const { values, positionals } = (0,node_util__WEBPACK_IMPORTED_MODULE_0__.parseArgs)({
        args: argv,
        options,
        allowPositionals: true,
        strict: true,
    });
    return { args: positionals, values: values };
}
function checkPositionals(spec, args) {
    if (args.length < spec.positionals.length) {
        const missing = spec.positionals.slice(args.length).join(' and ');
        throw usageError(`${spec.name} needs ${missing}: ${spec.usage}`);
    }
    if (args.length > spec.positionals.length) {
        throw usageError(`${spec.name} takes ${spec.positionals.length} argument${spec.positionals.length === 1 ? '' : 's'} ` +
            `(${spec.positionals.join(', ')}), not '${args.slice(spec.positionals.length).join(' ')}'`);
    }
}
/**
 * Parses `argv` by `spec` and runs the command: `--help` prints the help (exit 0); a flag error or
 * any UserError prints one line on stderr (exit 2); anything else is reported as unexpected (exit 2,
 * the stack with `--debug`).
 */
async function runCommand(spec, argv, run) {
    let parsed;
    try {
        parsed = parse(spec, argv);
        if (parsed.values.help) {
            process.stdout.write(`${helpText(spec)}\n`);
            return _exit_codes_js__WEBPACK_IMPORTED_MODULE_2__/* .EXIT */ .d.ok;
        }
        checkPositionals(spec, parsed.args);
    }
    catch (error) {
        const help = `publish-oci-artifact ${spec.name} --help`;
        process.stderr.write(`error: ${usageMessage(error)} (see '${help}')\n`);
        return _exit_codes_js__WEBPACK_IMPORTED_MODULE_2__/* .EXIT */ .d.error;
    }
    const log = (0,_console_log_js__WEBPACK_IMPORTED_MODULE_3__/* .consoleLog */ .a)({ debug: parsed.values.debug === true });
    try {
        return await run({ ...parsed, log });
    }
    catch (error) {
        if (parsed.values.debug && error instanceof Error && error.stack)
            log.debug(error.stack);
        const message = error instanceof Error ? error.message : String(error);
        log.info(`error: ${error instanceof _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .UserError */ .yo ? message : `unexpected: ${message}`}`);
        return _exit_codes_js__WEBPACK_IMPORTED_MODULE_2__/* .EXIT */ .d.error;
    }
}
/** node:util's parse errors, shortened to what the user typed wrong. */
function usageMessage(error) {
    const { code, message } = error;
    const flag = /'(-[^']*)'/.exec(message)?.[1];
    if (code === 'ERR_PARSE_ARGS_UNKNOWN_OPTION' && flag)
        return `unknown flag '${flag}'`;
    return message;
}
/** A string flag's value, `undefined` when not given. */
function stringFlag(values, name) {
    const value = values[name];
    return typeof value === 'string' ? value : undefined;
}
/** A repeatable flag's values; Flux's comma-separated lists are split too. */
function listFlag(values, name, options = {}) {
    const value = values[name];
    const list = Array.isArray(value) ? value : typeof value === 'string' ? [value] : [];
    return options.commas ? list.flatMap((v) => v.split(',')).filter((v) => v !== '') : list;
}
/** `--output json` or the default text. */
function outputFormat(values) {
    const value = stringFlag(values, 'output') ?? 'text';
    if (value !== 'text' && value !== 'json') {
        throw usageError(`--output must be 'text' or 'json', not '${value}'`);
    }
    return value;
}
/** The `--output json|text` flag of commands that print a result a script may parse. */
const OUTPUT_FORMAT_FLAG = {
    name: 'output',
    short: 'o',
    type: 'string',
    value: '<text|json>',
    description: "How to print the result: 'text' (default) or 'json' (one JSON document on stdout).",
};
/** Flux's `--creds`: registry credentials for this command only. */
const CREDS_FLAG = {
    name: 'creds',
    type: 'string',
    value: '<username>:<password>',
    description: 'Registry credentials, as Flux takes them. Without it: REGISTRY_USERNAME and ' +
        'REGISTRY_PASSWORD, else the Docker config (~/.docker/config.json, credential helpers), else ' +
        'anonymous.',
};


/***/ }),

/***/ 4576:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   d: () => (/* binding */ EXIT)
/* harmony export */ });
// What each subcommand's exit status means, the same for all of them, so scripts can tell a negative
// answer (not verified, different) from a failure to answer (bad input, unreachable registry).
const EXIT = {
    /** Done; verified; equal. */
    ok: 0,
    /** A negative answer: not verified (verify, pull with verification), different (diff). */
    negative: 1,
    /** Bad input or an operational failure: nothing was decided, nothing was written. */
    error: 2,
};


/***/ }),

/***/ 6399:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   A: () => (/* binding */ openTarget)
/* harmony export */ });
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(9473);
/* harmony import */ var _oci_credentials_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(3573);
/* harmony import */ var _oci_open_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(7442);
// The one place the subcommands open a repository: credentials from --creds or REGISTRY_USERNAME and
// REGISTRY_PASSWORD, else the Docker config; a terminal's patience for retries.



/** `--creds <username>:<password>`, as Flux's flag takes them. */
function parseCreds(creds) {
    const colon = creds.indexOf(':');
    if (colon <= 0 || colon === creds.length - 1) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .UserError */ .yo('USAGE_INVALID', "--creds must be '<username>:<password>'. Prefer REGISTRY_USERNAME and REGISTRY_PASSWORD " +
            'or docker login: a flag shows in the process list.', { input: 'creds' });
    }
    return { username: creds.slice(0, colon), password: creds.slice(colon + 1) };
}
/** Opens `location` for a subcommand; nothing is sent until the first operation. */
function openTarget(location, options) {
    const { log } = options;
    const explicit = options.creds
        ? { ...parseCreds(options.creds), source: '--creds' }
        : process.env.REGISTRY_PASSWORD
            ? {
                username: process.env.REGISTRY_USERNAME ?? '',
                password: process.env.REGISTRY_PASSWORD,
                source: 'REGISTRY_USERNAME and REGISTRY_PASSWORD',
            }
            : undefined;
    // Retries are noted at info level for publish's log; here they are detail (--debug), the
    // error that ends the command says what happened.
    const quiet = { ...log, info: (m) => log.debug(m) };
    const given = explicit
        ? [(0,_oci_credentials_js__WEBPACK_IMPORTED_MODULE_1__/* .givenCredential */ .FV)(explicit.username, explicit.password, explicit.source, quiet)]
        : [];
    return (0,_oci_open_js__WEBPACK_IMPORTED_MODULE_2__/* .openRepository */ .h)(location, {
        credentials: (0,_oci_credentials_js__WEBPACK_IMPORTED_MODULE_1__/* .firstCredential */ .I$)(...given, (0,_oci_credentials_js__WEBPACK_IMPORTED_MODULE_1__/* .dockerConfigCredentials */ .D)({ log: quiet })),
        log: quiet,
        userAgent: 'publish-oci-artifact-cli',
        // Someone is waiting at a terminal: a registry that does not answer is reported in seconds,
        // not after publish's patient schedule (eight attempts over up to two minutes).
        retry: { attempts: 3, maxElapsedMs: 20_000 },
    });
}


/***/ }),

/***/ 978:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   AE: () => (/* binding */ VERIFICATION_FLAGS),
/* harmony export */   WG: () => (/* binding */ verificationPolicy),
/* harmony export */   ni: () => (/* binding */ wantsVerification)
/* harmony export */ });
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7598);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(1455);
/* harmony import */ var _verify_index_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(8917);
/* harmony import */ var _command_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(2950);
// The verification flags `verify` and `pull` share, named as cosign names them, and the policy they
// make. Keyless verification needs --trusted-root: nothing is fetched behind the user's back (see
// README, "Verifying"), so it works offline and against private Sigstore instances alike.




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
            "--trusted-root and Flux's verify.trustedRootSecretRef. Required for keyless verification.",
    },
];
function matcher(values, exactFlag, what) {
    const exact = (0,_command_js__WEBPACK_IMPORTED_MODULE_3__/* .stringFlag */ .AM)(values, exactFlag);
    const regexp = (0,_command_js__WEBPACK_IMPORTED_MODULE_3__/* .stringFlag */ .AM)(values, `${exactFlag}-regexp`);
    if (exact !== undefined && regexp !== undefined) {
        throw (0,_command_js__WEBPACK_IMPORTED_MODULE_3__/* .usageError */ .Wp)(`give --${exactFlag} or --${exactFlag}-regexp for the ${what}, not both`);
    }
    if (regexp !== undefined) {
        try {
            new RegExp(regexp, 'u');
        }
        catch (error) {
            throw (0,_command_js__WEBPACK_IMPORTED_MODULE_3__/* .usageError */ .Wp)(`--${exactFlag}-regexp '${regexp}': ${error.message}`);
        }
        return { regexp };
    }
    return exact === undefined ? undefined : { exact };
}
async function readKey(path) {
    let pem;
    try {
        pem = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.readFile)(path, 'utf8');
    }
    catch (error) {
        throw (0,_command_js__WEBPACK_IMPORTED_MODULE_3__/* .usageError */ .Wp)(`--key ${path} cannot be read (${error.code})`);
    }
    try {
        const key = (0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.createPublicKey)(pem);
        return { name: path, key, fingerprint: (0,_verify_index_js__WEBPACK_IMPORTED_MODULE_2__/* .keyFingerprint */ .yy)(key) };
    }
    catch {
        throw (0,_command_js__WEBPACK_IMPORTED_MODULE_3__/* .usageError */ .Wp)(`--key ${path} is not a PEM public key (give cosign.pub, not cosign.key)`);
    }
}
/** Whether any verification flag was given. */
function wantsVerification(values) {
    return VERIFICATION_FLAGS.some((flag) => values[flag.name] !== undefined);
}
/** The policy the flags describe; a usage error when they describe none or two. */
async function verificationPolicy(values) {
    const keys = (0,_command_js__WEBPACK_IMPORTED_MODULE_3__/* .listFlag */ .v6)(values, 'key');
    const subject = matcher(values, 'certificate-identity', 'identity');
    const issuer = matcher(values, 'certificate-oidc-issuer', 'issuer');
    const trustedRoot = (0,_command_js__WEBPACK_IMPORTED_MODULE_3__/* .stringFlag */ .AM)(values, 'trusted-root');
    if (keys.length > 0) {
        if (subject || issuer) {
            throw (0,_command_js__WEBPACK_IMPORTED_MODULE_3__/* .usageError */ .Wp)('give --key or the --certificate-* flags, not both (Flux takes a secretRef or ' +
                'matchOIDCIdentity)');
        }
        return { kind: 'key', keys: await Promise.all(keys.map(readKey)) };
    }
    if (!subject || !issuer) {
        throw (0,_command_js__WEBPACK_IMPORTED_MODULE_3__/* .usageError */ .Wp)('keyless verification needs the signer: --certificate-identity[-regexp] and ' +
            '--certificate-oidc-issuer[-regexp] (or --key <cosign.pub> for a key signature)');
    }
    if (!trustedRoot) {
        throw (0,_command_js__WEBPACK_IMPORTED_MODULE_3__/* .usageError */ .Wp)('keyless verification needs --trusted-root trusted_root.json (the Fulcio and Rekor keys to ' +
            "trust; Flux's trustedRootSecretRef): for public-good Sigstore, the trusted_root.json " +
            "target of its TUF repository (the one 'cosign initialize' fetches); for a private " +
            "instance, the one 'cosign trusted-root create' writes.");
    }
    return { kind: 'keyless', subject, issuer, trustedRoot: await (0,_verify_index_js__WEBPACK_IMPORTED_MODULE_2__/* .loadTrustedRoot */ .KE)(trustedRoot) };
}


/***/ }),

/***/ 8546:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Cs: () => (/* binding */ artifactName),
/* harmony export */   F3: () => (/* binding */ parseArtifactReference)
/* harmony export */ });
/* unused harmony export DEFAULT_TAG */
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(9473);
/* harmony import */ var _digest_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(1564);
/* harmony import */ var _location_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(5743);
/* harmony import */ var _reference_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(907);
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
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .UserError */ .yo('REFERENCE_INVALID', `'${target}' is not an artifact URL: write oci://<host>/<repository>[:<tag>|@<digest>] or ` +
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

/***/ 9409:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   l: () => (/* binding */ readImageManifest),
/* harmony export */   m: () => (/* binding */ requireImageManifest)
/* harmony export */ });
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(9473);
/* harmony import */ var _digest_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(1564);
/* harmony import */ var _media_types_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(4566);
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
    throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .UserError */ .yo('ARTIFACT_INVALID', `${what} is not an image manifest with layers (${kind}): it is not a Flux artifact.`);
}


/***/ }),

/***/ 3201:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   g: () => (/* binding */ bufferBlob)
/* harmony export */ });
/* harmony import */ var node_stream__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7075);
/* harmony import */ var _oci_digest_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(1564);
// Small in-memory content (signature payloads, configs, bundles) as a re-openable blob.


function bufferBlob(bytes) {
    return {
        digest: (0,_oci_digest_js__WEBPACK_IMPORTED_MODULE_1__/* .digestOf */ .ol)(bytes),
        size: bytes.length,
        open: () => node_stream__WEBPACK_IMPORTED_MODULE_0__.Readable.from([bytes]),
    };
}


/***/ }),

/***/ 8236:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   K: () => (/* binding */ fulcioIssuer)
/* harmony export */ });
const OID_ISSUER_V2 = '1.3.6.1.4.1.57264.1.8';
const OID_ISSUER_V1 = '1.3.6.1.4.1.57264.1.1';
function fulcioIssuer(certificate) {
    return (certificate.extension(OID_ISSUER_V2)?.valueObj.subs[0]?.value.toString('utf8') ??
        certificate.extension(OID_ISSUER_V1)?.value.toString('utf8'));
}


/***/ }),

/***/ 7857:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  fe: () => (/* binding */ LegacyAnnotation),
  FN: () => (/* binding */ legacyLayer)
});

// UNUSED EXPORTS: SIMPLE_SIGNING_MEDIA_TYPE

// EXTERNAL MODULE: ./build/errors.js
var errors = __webpack_require__(9473);
// EXTERNAL MODULE: ./build/oci/digest.js
var digest = __webpack_require__(1564);
;// CONCATENATED MODULE: ./build/sign/pem.js
// PEM encoding of DER certificates, as Go's encoding/pem writes it (64-column lines).
function certificatePEM(der) {
    const lines = der.toString('base64').match(/.{1,64}/g) ?? [];
    return ['-----BEGIN CERTIFICATE-----', ...lines, '-----END CERTIFICATE-----', ''].join('\n');
}

;// CONCATENATED MODULE: ./build/sign/legacy-layer.js



const SIMPLE_SIGNING_MEDIA_TYPE = 'application/vnd.dev.cosign.simplesigning.v1+json';
const LegacyAnnotation = {
    signature: 'dev.cosignproject.cosign/signature',
    certificate: 'dev.sigstore.cosign/certificate',
    chain: 'dev.sigstore.cosign/chain',
    bundle: 'dev.sigstore.cosign/bundle',
    timestamp: 'dev.sigstore.cosign/rfc3161timestamp',
};
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
    return JSON.stringify({
        SignedEntryTimestamp: set.toString('base64'),
        Payload: {
            body: entry.canonicalizedBody.toString('base64'),
            integratedTime: Number(entry.integratedTime),
            logIndex: Number(entry.logIndex),
            logID: entry.logId.keyId.toString('hex'),
        },
    });
}
function certificate(bundle) {
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
    const der = certificate(bundle);
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


/***/ }),

/***/ 9450:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Di: () => (/* binding */ addLegacySignature),
/* harmony export */   bG: () => (/* binding */ signatureTag),
/* harmony export */   s: () => (/* binding */ legacySignatureLayers)
/* harmony export */ });
/* harmony import */ var _oci_media_types_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(4566);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(9473);
/* harmony import */ var _blob_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(3201);
/* harmony import */ var _legacy_layer_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(7857);
// The legacy `.sig` manifest: one OCI image manifest per signed digest, one layer per signature,
// shared by every signer of that digest (formats.md §2a). Adding ours is a change to a shared tag
// (oci/shared-tag.ts) that never drops a layer written by someone else.




const OCI_CONFIG = 'application/vnd.oci.image.config.v1+json';
/** cosign refuses to read a `.sig` manifest with more layers than this. */
const MAX_LAYERS = 1000;
/** `sha256-<hex>.sig`: the tag cosign looks up for the signatures of `digest`. */
function signatureTag(digest) {
    return `${digest.replace(':', '-')}.sig`;
}
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
    throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .UserError */ .yo('SIGNATURE_MANIFEST_INVALID', `The existing signature manifest at tag ${tag} is not an image manifest with layers, so ` +
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
        if (error instanceof _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .UserError */ .yo && error.code === 'SIGNATURE_MANIFEST_INVALID')
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
    const key = _legacy_layer_js__WEBPACK_IMPORTED_MODULE_3__/* .LegacyAnnotation */ .fe.signature;
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
        description: `signature ${layer.annotations?.[_legacy_layer_js__WEBPACK_IMPORTED_MODULE_3__/* .LegacyAnnotation */ .fe.signature]?.slice(0, 16)}…`,
        // Ours, or an equivalent one that a concurrent run of the same signer wrote over it.
        holds: (current) => parseLayers(current, tag).some((existing) => sameSignature(existing, layer) || supersedes(existing)),
        apply(current) {
            const others = parseLayers(current, tag).filter((existing) => !supersedes(existing));
            const layers = [...others, layer];
            if (layers.length > MAX_LAYERS) {
                throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .UserError */ .yo('SIGNATURE_MANIFEST_FULL', `The signature manifest at tag ${tag} already holds ${others.length} signatures; ` +
                    `cosign reads at most ${MAX_LAYERS}. Delete the tag (or old signatures in it) and ` +
                    'sign again.');
            }
            const configBlob = (0,_blob_js__WEBPACK_IMPORTED_MODULE_2__/* .bufferBlob */ .g)(configFor(layers));
            const manifest = {
                schemaVersion: 2,
                mediaType: _oci_media_types_js__WEBPACK_IMPORTED_MODULE_0__/* .OCI_MANIFEST */ .EG,
                config: { mediaType: OCI_CONFIG, digest: configBlob.digest, size: configBlob.size },
                layers,
            };
            return {
                manifest: { mediaType: _oci_media_types_js__WEBPACK_IMPORTED_MODULE_0__/* .OCI_MANIFEST */ .EG, bytes: Buffer.from(JSON.stringify(manifest)) },
                blobs: [(0,_blob_js__WEBPACK_IMPORTED_MODULE_2__/* .bufferBlob */ .g)(payload), configBlob],
            };
        },
    };
}


/***/ }),

/***/ 1830:
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

/***/ 8917:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  yy: () => (/* reexport */ keyFingerprint),
  KE: () => (/* reexport */ loadTrustedRoot),
  oc: () => (/* binding */ verifyArtifact)
});

// UNUSED EXPORTS: CONSUMER_NAMES

// EXTERNAL MODULE: ./node_modules/@sigstore/verify/dist/index.js
var dist = __webpack_require__(4187);
// EXTERNAL MODULE: ./build/oci/digest.js
var oci_digest = __webpack_require__(1564);
// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(7598);
// EXTERNAL MODULE: ./node_modules/@sigstore/bundle/dist/index.js
var bundle_dist = __webpack_require__(1040);
// EXTERNAL MODULE: ./node_modules/@sigstore/protobuf-specs/dist/index.js
var protobuf_specs_dist = __webpack_require__(9654);
// EXTERNAL MODULE: ./build/sign/legacy-layer.js + 1 modules
var legacy_layer = __webpack_require__(7857);
;// CONCATENATED MODULE: ./build/verify/legacy-layer-reader.js
// A legacy `.sig` layer read back as the message-signature bundle it stands for: the inverse of
// src/sign/legacy-layer.ts, field by field, so that one verifier (`@sigstore/verify`) checks both
// forms. The signature covers the layer's blob (the simple-signing payload); the certificate, the
// Rekor entry and its signed entry timestamp come from the annotations.





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
    const annotation = layer.annotations?.[legacy_layer/* LegacyAnnotation */.fe.bundle];
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
    const pem = layer.annotations?.[legacy_layer/* LegacyAnnotation */.fe.certificate];
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
    const signature = layer.annotations?.[legacy_layer/* LegacyAnnotation */.fe.signature];
    if (!signature)
        throw new LegacyLayerError('it has no signature annotation');
    const certificate = layerCertificate(layer);
    const rekor = layer.annotations?.[legacy_layer/* LegacyAnnotation */.fe.bundle];
    return {
        mediaType: bundle_dist.BUNDLE_V01_MEDIA_TYPE,
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
    return (0,dist/* toSignedEntity */.DC)(legacyBundle(found.layer, found.payload), found.payload);
}
function failure(error) {
    if (error instanceof LegacyLayerError)
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
var decide = __webpack_require__(1830);
// EXTERNAL MODULE: ./build/oci/image-manifest.js
var image_manifest = __webpack_require__(9409);
// EXTERNAL MODULE: ./build/oci/read-blob.js
var read_blob = __webpack_require__(154);
// EXTERNAL MODULE: ./build/sign/signature-manifest.js
var signature_manifest = __webpack_require__(9450);
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
    const tag = (0,signature_manifest/* signatureTag */.bG)(digest);
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

// EXTERNAL MODULE: ./node_modules/@sigstore/core/dist/index.js
var core_dist = __webpack_require__(3917);
// EXTERNAL MODULE: ./build/sign/fulcio-issuer.js
var fulcio_issuer = __webpack_require__(8236);
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




/** The SAN (URI or e-mail) and OIDC issuer of a Fulcio certificate. */
function certificateIdentity(der) {
    try {
        const certificate = core_dist.X509Certificate.parse(Buffer.from(der));
        const issuer = (0,fulcio_issuer/* fulcioIssuer */.K)(certificate);
        return {
            ...(certificate.subjectAltName ? { subject: certificate.subjectAltName } : {}),
            ...(issuer ? { issuer } : {}),
        };
    }
    catch {
        return {};
    }
}
function bundleSigner(bundle) {
    const content = bundle.verificationMaterial.content;
    switch (content.$case) {
        case 'certificate':
            return { kind: 'keyless', ...certificateIdentity(Buffer.from(content.certificate.rawBytes)) };
        case 'x509CertificateChain': {
            const leaf = content.x509CertificateChain.certificates[0];
            return leaf
                ? { kind: 'keyless', ...certificateIdentity(Buffer.from(leaf.rawBytes)) }
                : { kind: 'unknown' };
        }
        case 'publicKey':
            return { kind: 'key', ...(content.publicKey.hint ? { hint: content.publicKey.hint } : {}) };
    }
}
function describeSigner(found) {
    if (found.format === 'bundle')
        return found.bundle ? bundleSigner(found.bundle) : { kind: 'unknown' };
    let certificate;
    try {
        certificate = layerCertificate(found.layer);
    }
    catch {
        return { kind: 'unknown' };
    }
    if (certificate)
        return { kind: 'keyless', ...certificateIdentity(certificate) };
    const logged = loggedKey(found.layer);
    const fingerprint = logged && pemFingerprint(logged);
    return { kind: 'key', ...(fingerprint ? { fingerprint } : {}) };
}

;// CONCATENATED MODULE: ./build/report/verify-block.js
// The `verify:` block of a Flux OCIRepository (`spec.verify`, provider cosign): keyless identities
// (`matchOIDCIdentity`, regular expressions) or a Secret holding cosign.pub (`secretRef`). Written
// by the publish summary (flux.ts) and suggested by the `verify` subcommand.
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
// signature of another digest, or a `.sig` layer when bundles exist.

function escapeRegex(text) {
    return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
function suggestVerifyBlock(judged, read) {
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
        return { yaml: verifyBlockLines({ identities: [...identities.values()] }).join('\n') };
    }
    const known = [...keys].filter((k) => k !== '');
    const comment = known.length > 0
        ? `the cosign.pub whose key is ${known.join(' or ')}`
        : 'the cosign.pub of the key that signed it (no transparency log entry says which)';
    return { yaml: verifyBlockLines({ secretName: 'cosign-pub', comment }).join('\n') };
}

// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(1455);
// EXTERNAL MODULE: ./build/errors.js
var errors = __webpack_require__(9473);
;// CONCATENATED MODULE: ./build/verify/trusted-root.js
// Reading trusted_root.json, the file cosign's `--trusted-root` and Flux's `trustedRootSecretRef`
// take: the Fulcio, Rekor, CT log and TSA keys that keyless signatures are checked against.



function invalid(path, why, cause) {
    return new errors/* UserError */.yo('TRUSTED_ROOT_INVALID', `--trusted-root ${path}: ${why}. Give a Sigstore trusted_root.json (cosign trusted-root ` +
        'create writes one; the public-good one is in Sigstore’s TUF repository).', { input: 'trusted-root', cause });
}
async function loadTrustedRoot(path) {
    let text;
    try {
        text = await (0,promises_.readFile)(path, 'utf8');
    }
    catch (error) {
        throw invalid(path, `cannot be read (${error.code ?? String(error)})`, error);
    }
    let root;
    try {
        root = protobuf_specs_dist.TrustedRoot.fromJSON(JSON.parse(text));
    }
    catch (error) {
        throw invalid(path, `is not a trusted root (${error.message})`, error);
    }
    if (root.certificateAuthorities.length === 0 || root.tlogs.length === 0) {
        throw invalid(path, 'names no certificate authority or no transparency log');
    }
    return root;
}

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
            : { suggestion: suggestVerifyBlock(signatures, (0,decide/* readBy */.as)(decidedBy, discovery).signatures) }),
        fluxAcceptsOtherDigest,
    };
}


/***/ }),

/***/ 9820:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   U: () => (/* binding */ reportText),
/* harmony export */   f: () => (/* binding */ reportJSON)
/* harmony export */ });
/* harmony import */ var _decide_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(1830);
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
    const lines = [
        `${decisive.verified ? 'Verified' : 'Not verified'}: ${artifact}@${report.digest}`,
    ];
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
        if (report.suggestion.yaml.includes('secretRef:')) {
            lines.push('with the Secret made from the public key: kubectl -n flux-system create secret generic ' +
                'cosign-pub --from-file=cosign.pub=<public key file>');
        }
    }
    else if (report.suggestion?.none) {
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
        ...(report.suggestion?.none ? { noSuggestion: report.suggestion.none } : {}),
    };
}


/***/ })

};
