export const id = 48;
export const ids = [48];
export const modules = {

/***/ 3287:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   LR: () => (/* reexport safe */ _build_js__WEBPACK_IMPORTED_MODULE_0__.L)
/* harmony export */ });
/* harmony import */ var _build_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3747);
/* harmony import */ var _change_detection_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(1069);
// The artifact builder's public face: what main.ts (and the CLI) call.





/***/ }),

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

/***/ 841:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   dL: () => (/* binding */ RESOLVE_SYMLINKS_FLAG),
/* harmony export */   ll: () => (/* binding */ IGNORE_PATHS_FLAG),
/* harmony export */   uD: () => (/* binding */ buildSource)
/* harmony export */ });
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(1455);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(6760);
/* harmony import */ var _command_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(2950);
// What `build` and `diff` package: --path with publish's rules (Flux's default ignores, the
// `.sourceignore` files, --ignore-paths, symlinks left out unless --resolve-symlinks).



const IGNORE_PATHS_FLAG = {
    name: 'ignore-paths',
    type: 'string',
    multiple: true,
    value: '<pattern>',
    description: "Gitignore patterns to leave out, added to Flux's defaults and .sourceignore files; repeat " +
        'it or separate patterns with commas (as Flux).',
};
const RESOLVE_SYMLINKS_FLAG = {
    name: 'resolve-symlinks',
    type: 'boolean',
    description: 'Package symlinks that resolve inside the working directory as the files they point to ' +
        '(default: left out, as publish does).',
};
/** Provenance does not change the layer: fixed values keep it out of what is built. */
const NO_PROVENANCE = {
    created: '1970-01-01T00:00:00Z',
    source: '',
    revision: '',
    annotations: {},
};
async function buildSource(values) {
    const pathFlag = (0,_command_js__WEBPACK_IMPORTED_MODULE_2__/* .stringFlag */ .AM)(values, 'path');
    if (!pathFlag)
        throw (0,_command_js__WEBPACK_IMPORTED_MODULE_2__/* .usageError */ .Wp)('--path <dir|file> is required: the manifests to package');
    const path = (0,node_path__WEBPACK_IMPORTED_MODULE_1__.resolve)(pathFlag);
    const found = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.stat)(path).catch(() => undefined);
    if (!found || (!found.isDirectory() && !found.isFile())) {
        throw (0,_command_js__WEBPACK_IMPORTED_MODULE_2__/* .usageError */ .Wp)(`--path ${pathFlag} is not a directory or file`);
    }
    // Followed symlinks must stay inside the working directory, as publish keeps them in the workspace.
    const cwd = process.cwd();
    const inside = path === cwd || path.startsWith(`${cwd}${node_path__WEBPACK_IMPORTED_MODULE_1__.sep}`);
    const workspace = inside ? cwd : found.isDirectory() ? path : (0,node_path__WEBPACK_IMPORTED_MODULE_1__.dirname)(path);
    return {
        path,
        workspace,
        ignorePaths: (0,_command_js__WEBPACK_IMPORTED_MODULE_2__/* .listFlag */ .v6)(values, 'ignore-paths', { commas: true }),
        resolveSymlinks: values['resolve-symlinks'] === true,
        ...NO_PROVENANCE,
    };
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

/***/ 5048:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   run: () => (/* binding */ run)
/* harmony export */ });
/* harmony import */ var node_zlib__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(8522);
/* harmony import */ var _artifact_index_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(3287);
/* harmony import */ var _artifact_tar_contents_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(9959);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(9473);
/* harmony import */ var _oci_image_manifest_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(9409);
/* harmony import */ var _command_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(2950);
/* harmony import */ var _artifact_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(4009);
/* harmony import */ var _build_source_js__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(841);
/* harmony import */ var _exit_codes_js__WEBPACK_IMPORTED_MODULE_8__ = __webpack_require__(4576);









const SPEC = {
    name: 'diff',
    usage: 'diff <oci://host/repo[:tag|@digest] | oci-layout:dir[:tag]> --path <dir> [flags]',
    description: [
        'Compares the artifact with what publish would package from --path, on the uncompressed',
        'content, and lists the files added (+), removed (-) and changed (~) locally.',
    ].join('\n'),
    positionals: ['<url>'],
    flags: [
        {
            name: 'path',
            short: 'p',
            type: 'string',
            value: '<dir|file>',
            description: 'The local directory (or file) to compare. Required.',
        },
        _build_source_js__WEBPACK_IMPORTED_MODULE_7__/* .IGNORE_PATHS_FLAG */ .ll,
        _build_source_js__WEBPACK_IMPORTED_MODULE_7__/* .RESOLVE_SYMLINKS_FLAG */ .dL,
        _command_js__WEBPACK_IMPORTED_MODULE_5__/* .OUTPUT_FORMAT_FLAG */ .Hb,
        _command_js__WEBPACK_IMPORTED_MODULE_5__/* .CREDS_FLAG */ .x0,
    ],
    notes: ['Exit status: 0 equal, 1 different, 2 bad input, missing artifact or error.'],
};
function compare(local, published) {
    const diff = { added: [], removed: [], changed: [] };
    const shown = (e) => (e.type === 'directory' ? `${e.name}/` : e.name);
    for (const [name, entry] of local) {
        const other = published.get(name);
        if (!other)
            diff.added.push(shown(entry));
        else if (other.type !== entry.type ||
            other.mode !== entry.mode ||
            other.sha256 !== entry.sha256) {
            diff.changed.push(shown(entry));
        }
    }
    for (const [name, entry] of published)
        if (!local.has(name))
            diff.removed.push(shown(entry));
    for (const list of [diff.added, diff.removed, diff.changed])
        list.sort();
    return diff;
}
async function entriesOf(gzipped, what) {
    try {
        return await (0,_artifact_tar_contents_js__WEBPACK_IMPORTED_MODULE_2__/* .tarEntries */ .O)(gzipped.pipe((0,node_zlib__WEBPACK_IMPORTED_MODULE_0__.createGunzip)()));
    }
    catch (error) {
        if (error instanceof _errors_js__WEBPACK_IMPORTED_MODULE_3__/* .UserError */ .yo)
            throw error;
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_3__/* .UserError */ .yo('ARTIFACT_LAYER_INVALID', `${what} is not a readable gzip-compressed tar (${String(error)}).`, { cause: error });
    }
}
function run(argv) {
    return (0,_command_js__WEBPACK_IMPORTED_MODULE_5__/* .runCommand */ .d1)(SPEC, argv, async ({ args, values, log }) => {
        const format = (0,_command_js__WEBPACK_IMPORTED_MODULE_5__/* .outputFormat */ .B$)(values);
        const source = await (0,_build_source_js__WEBPACK_IMPORTED_MODULE_7__/* .buildSource */ .uD)(values);
        const { repository, manifest, name } = await (0,_artifact_js__WEBPACK_IMPORTED_MODULE_6__/* .resolveArtifact */ .B)(args[0], {
            creds: (0,_command_js__WEBPACK_IMPORTED_MODULE_5__/* .stringFlag */ .AM)(values, 'creds'),
            log,
        });
        const [layer] = (0,_oci_image_manifest_js__WEBPACK_IMPORTED_MODULE_4__/* .requireImageManifest */ .m)(manifest, name).layers;
        if (!layer)
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_3__/* .UserError */ .yo('ARTIFACT_LAYER_MISSING', `${name} has no layers.`);
        const built = await (0,_artifact_index_js__WEBPACK_IMPORTED_MODULE_1__/* .buildArtifact */ .LR)({ ...source, onWarning: (m) => log.warning(m) });
        let diff;
        try {
            const local = await entriesOf(built.layer.open(), 'the local build');
            diff =
                layer.digest === built.layer.digest
                    ? { added: [], removed: [], changed: [] }
                    : compare(local, await entriesOf(await repository.getBlob(layer.digest), name));
        }
        finally {
            await built.dispose();
        }
        const equal = diff.added.length + diff.removed.length + diff.changed.length === 0;
        if (format === 'json') {
            process.stdout.write(`${JSON.stringify({ artifact: name, digest: manifest.digest, equal, ...diff })}\n`);
        }
        else {
            const lines = [
                ...diff.added.map((f) => `+ ${f}`),
                ...diff.removed.map((f) => `- ${f}`),
                ...diff.changed.map((f) => `~ ${f}`),
            ];
            if (lines.length)
                process.stdout.write(`${lines.join('\n')}\n`);
            log.info(equal
                ? `No changes: ${source.path} holds what ${name} holds.`
                : `${source.path} differs from ${name}: ${diff.added.length} added, ${diff.removed.length} removed, ${diff.changed.length} changed.`);
        }
        return equal ? _exit_codes_js__WEBPACK_IMPORTED_MODULE_8__/* .EXIT */ .d.ok : _exit_codes_js__WEBPACK_IMPORTED_MODULE_8__/* .EXIT */ .d.negative;
    });
}


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
