export const id = 635;
export const ids = [635];
export const modules = {

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

/***/ 4635:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   run: () => (/* binding */ run)
/* harmony export */ });
/* harmony import */ var semver__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(2088);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(9473);
/* harmony import */ var _artifact_flux_format_js__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(106);
/* harmony import */ var _oci_artifact_reference_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(8546);
/* harmony import */ var _oci_image_manifest_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(9409);
/* harmony import */ var _command_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(2950);
/* harmony import */ var _exit_codes_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(4576);
/* harmony import */ var _repository_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(6399);
// `list <repository>`: one line per artifact tag with its digest, source, revision and created
// annotations, as `flux list artifacts` prints them, newest first. Cosign's tags (`.sig`, `.att`,
// `.sbom`) and referrers indexes (`sha256-<hex>`) are not artifacts and are left out.








const SPEC = {
    name: 'list',
    usage: 'list <oci://host/repo | oci-layout:dir> [--filter-semver <range>] [--filter-regex <re>]',
    description: [
        "Lists the repository's artifact tags, newest first (by their created annotation, then by",
        'version, then by name), with digest, source, revision and created, as `flux list artifacts`.',
    ].join('\n'),
    positionals: ['<repository>'],
    flags: [
        {
            name: 'filter-semver',
            type: 'string',
            value: '<range>',
            description: 'Only tags that are versions (x.y.z, v allowed) in this range, e.g. ">=1.0.0 <2.0.0" ' +
                '(commas and spaces both mean "and", as in Flux).',
        },
        {
            name: 'filter-regex',
            type: 'string',
            value: '<regexp>',
            description: 'Only tags this regular expression matches (anywhere in the tag, as Flux).',
        },
        _command_js__WEBPACK_IMPORTED_MODULE_4__/* .OUTPUT_FORMAT_FLAG */ .Hb,
        _command_js__WEBPACK_IMPORTED_MODULE_4__/* .CREDS_FLAG */ .x0,
    ],
};
/** Tags that hold signatures, attestations, SBOMs or referrers indexes, not artifacts. */
function isMachineryTag(tag) {
    return /\.(sig|att|sbom)$/.test(tag) || /^sha256-[0-9a-f]{64}$/.test(tag);
}
/** Flux's version rule (fluxcd/pkg/version): three dot-separated parts, `v` allowed. */
function version(tag) {
    if (tag.split('.').length < 3)
        return undefined;
    return semver__WEBPACK_IMPORTED_MODULE_0__.parse(tag, { loose: true }) ?? undefined;
}
function semverFilter(range) {
    if (range === undefined)
        return undefined;
    const normalized = range.replace(/,/g, ' ');
    if (!semver__WEBPACK_IMPORTED_MODULE_0__.validRange(normalized, { loose: true })) {
        throw (0,_command_js__WEBPACK_IMPORTED_MODULE_4__/* .usageError */ .Wp)(`--filter-semver '${range}' is not a version range (e.g. ">=1.0.0 <2.0.0")`);
    }
    return (tag) => {
        const v = version(tag);
        return v !== undefined && semver__WEBPACK_IMPORTED_MODULE_0__.satisfies(v, normalized, { loose: true });
    };
}
function regexFilter(pattern) {
    if (pattern === undefined)
        return undefined;
    let re;
    try {
        re = new RegExp(pattern, 'u');
    }
    catch (error) {
        throw (0,_command_js__WEBPACK_IMPORTED_MODULE_4__/* .usageError */ .Wp)(`--filter-regex '${pattern}': ${error.message}`);
    }
    return (tag) => re.test(tag);
}
/** Newest first: created (RFC 3339 sorts as text), then version, then tag, descending. */
function newestFirst(a, b) {
    if (a.created !== b.created)
        return a.created < b.created ? 1 : -1;
    const va = version(a.tag);
    const vb = version(b.tag);
    if (va && vb && semver__WEBPACK_IMPORTED_MODULE_0__.compare(va, vb) !== 0)
        return semver__WEBPACK_IMPORTED_MODULE_0__.rcompare(va, vb);
    if (va && !vb)
        return -1;
    if (!va && vb)
        return 1;
    return a.tag < b.tag ? 1 : a.tag > b.tag ? -1 : 0;
}
/** At most this many manifests are read at once. */
const CONCURRENT_READS = 6;
async function describe(repository, base, tags) {
    const listed = [];
    let next = 0;
    const worker = async () => {
        while (next < tags.length) {
            const tag = tags[next++];
            const stored = await repository.getManifest(tag);
            if (!stored)
                continue; // deleted since the tags were listed
            const annotations = (0,_oci_image_manifest_js__WEBPACK_IMPORTED_MODULE_3__/* .readImageManifest */ .l)(stored)?.annotations ?? {};
            listed.push({
                tag,
                url: `${base}:${tag}`,
                digest: stored.digest,
                source: annotations[_artifact_flux_format_js__WEBPACK_IMPORTED_MODULE_7__/* .SOURCE_ANNOTATION */ .eM] ?? '',
                revision: annotations[_artifact_flux_format_js__WEBPACK_IMPORTED_MODULE_7__/* .REVISION_ANNOTATION */ .wB] ?? '',
                created: annotations[_artifact_flux_format_js__WEBPACK_IMPORTED_MODULE_7__/* .CREATED_ANNOTATION */ .h_] ?? '',
            });
        }
    };
    await Promise.all(Array.from({ length: CONCURRENT_READS }, worker));
    return listed.sort(newestFirst);
}
function table(rows) {
    const header = ['ARTIFACT', 'DIGEST', 'SOURCE', 'REVISION', 'CREATED'];
    const cells = [header, ...rows.map((r) => [r.url, r.digest, r.source, r.revision, r.created])];
    const widths = header.map((_, i) => Math.max(...cells.map((row) => row[i].length)));
    return cells
        .map((row) => row
        .map((cell, i) => cell.padEnd(widths[i]))
        .join('  ')
        .trimEnd())
        .join('\n');
}
function run(argv) {
    return (0,_command_js__WEBPACK_IMPORTED_MODULE_4__/* .runCommand */ .d1)(SPEC, argv, async ({ args, values, log }) => {
        const format = (0,_command_js__WEBPACK_IMPORTED_MODULE_4__/* .outputFormat */ .B$)(values);
        const filters = [
            semverFilter((0,_command_js__WEBPACK_IMPORTED_MODULE_4__/* .stringFlag */ .AM)(values, 'filter-semver')),
            regexFilter((0,_command_js__WEBPACK_IMPORTED_MODULE_4__/* .stringFlag */ .AM)(values, 'filter-regex')),
        ].filter((f) => f !== undefined);
        const artifact = (0,_oci_artifact_reference_js__WEBPACK_IMPORTED_MODULE_2__/* .parseArtifactReference */ .F3)(args[0]);
        if (artifact.explicit) {
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .UserError */ .yo('USAGE_INVALID', `list takes a repository, not a tag or digest: drop ':${artifact.reference}'.`);
        }
        const repository = await (0,_repository_js__WEBPACK_IMPORTED_MODULE_6__/* .openTarget */ .A)(artifact.location, {
            creds: (0,_command_js__WEBPACK_IMPORTED_MODULE_4__/* .stringFlag */ .AM)(values, 'creds'),
            log,
        });
        const tags = (await repository.listTags())
            .filter((tag) => !isMachineryTag(tag))
            .filter((tag) => filters.every((keep) => keep(tag)));
        const rows = await describe(repository, artifact.repositoryName, tags);
        process.stdout.write(format === 'json' ? `${JSON.stringify(rows)}\n` : rows.length ? `${table(rows)}\n` : '');
        if (format === 'text' && rows.length === 0)
            log.info(`No artifact tags in ${artifact.repositoryName}.`);
        return _exit_codes_js__WEBPACK_IMPORTED_MODULE_5__/* .EXIT */ .d.ok;
    });
}


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


/***/ })

};
