export const id = 321;
export const ids = [321];
export const modules = {

/***/ 3287:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   LR: () => (/* reexport safe */ _build_js__WEBPACK_IMPORTED_MODULE_0__.L)
/* harmony export */ });
/* harmony import */ var _build_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(73747);
/* harmony import */ var _change_detection_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(51738);
// The artifact builder's public face: what the CLI's commands call.





/***/ }),

/***/ 38831:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   dL: () => (/* binding */ RESOLVE_SYMLINKS_FLAG),
/* harmony export */   ll: () => (/* binding */ IGNORE_PATHS_FLAG),
/* harmony export */   uD: () => (/* binding */ buildSource)
/* harmony export */ });
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(51455);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(76760);
/* harmony import */ var _command_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(89835);
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

/***/ 67482:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   run: () => (/* binding */ run)
/* harmony export */ });
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(51455);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(76760);
/* harmony import */ var _artifact_index_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(3287);
/* harmony import */ var _oci_files_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(24465);
/* harmony import */ var _log_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(36650);
/* harmony import */ var _command_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(89835);
/* harmony import */ var _exit_codes_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(65158);
/* harmony import */ var _build_source_js__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(38831);
// `build --path <dir> --output artifact.tgz`: writes the layer publish would push for this path,
// byte for byte (src/artifact/build.ts), as `flux build artifact` writes Flux's.








const SPEC = {
    name: 'build',
    usage: 'build --path <dir|file> [--output artifact.tgz] [flags]',
    description: [
        'Writes the gzipped tar layer that publish would push for --path: the same files, order,',
        'modes and bytes. Prints output, digest, diff-id, size and files as name=value lines.',
    ].join('\n'),
    positionals: [],
    flags: [
        {
            name: 'path',
            short: 'p',
            type: 'string',
            value: '<dir|file>',
            description: 'The directory (or single file) to package. Required.',
        },
        {
            name: 'output',
            short: 'o',
            type: 'string',
            value: '<file>',
            description: 'Where to write the layer (default: artifact.tgz).',
        },
        _build_source_js__WEBPACK_IMPORTED_MODULE_7__/* .IGNORE_PATHS_FLAG */ .ll,
        _build_source_js__WEBPACK_IMPORTED_MODULE_7__/* .RESOLVE_SYMLINKS_FLAG */ .dL,
    ],
};
function run(argv) {
    return (0,_command_js__WEBPACK_IMPORTED_MODULE_5__/* .runCommand */ .d1)(SPEC, argv, async ({ values, log }) => {
        const source = await (0,_build_source_js__WEBPACK_IMPORTED_MODULE_7__/* .buildSource */ .uD)(values);
        const output = (0,node_path__WEBPACK_IMPORTED_MODULE_1__.resolve)((0,_command_js__WEBPACK_IMPORTED_MODULE_5__/* .stringFlag */ .AM)(values, 'output') ?? 'artifact.tgz');
        const parent = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.stat)((0,node_path__WEBPACK_IMPORTED_MODULE_1__.resolve)(output, '..')).catch(() => undefined);
        if (!parent?.isDirectory()) {
            throw (0,_command_js__WEBPACK_IMPORTED_MODULE_5__/* .usageError */ .Wp)(`--output ${output}: its directory does not exist`);
        }
        const inside = (0,node_path__WEBPACK_IMPORTED_MODULE_1__.relative)(source.path, output);
        if (!inside.startsWith('..') && !(0,node_path__WEBPACK_IMPORTED_MODULE_1__.isAbsolute)(inside)) {
            log.warning(`--output ${output} is inside --path: a later build will package it.`);
        }
        const built = await (0,_artifact_index_js__WEBPACK_IMPORTED_MODULE_2__/* .buildArtifact */ .LR)({ ...source, onWarning: (m) => log.warning(m) });
        try {
            await (0,_oci_files_js__WEBPACK_IMPORTED_MODULE_3__/* .writeStreamAtomic */ .Zs)(output, built.layer.open());
        }
        finally {
            await built.dispose();
        }
        log.info(`Wrote ${built.fileCount} files, ${(0,_log_js__WEBPACK_IMPORTED_MODULE_4__/* .formatBytes */ .z3)(built.layer.size)}, to ${output}.`);
        const lines = {
            output,
            digest: built.layer.digest,
            'diff-id': built.diffId,
            size: String(built.layer.size),
            files: String(built.fileCount),
        };
        for (const [key, value] of Object.entries(lines))
            process.stdout.write(`${key}=${value}\n`);
        return _exit_codes_js__WEBPACK_IMPORTED_MODULE_6__/* .EXIT */ .d.ok;
    });
}


/***/ }),

/***/ 89835:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  Hb: () => (/* binding */ OUTPUT_FORMAT_FLAG),
  He: () => (/* binding */ invocation),
  v6: () => (/* binding */ listFlag),
  B$: () => (/* binding */ outputFormat),
  d1: () => (/* binding */ runCommand),
  AM: () => (/* binding */ stringFlag),
  Wp: () => (/* binding */ usageError)
});

// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(76760);
// EXTERNAL MODULE: external "node:util"
var external_node_util_ = __webpack_require__(57975);
// EXTERNAL MODULE: ./build/cancellation.js
var cancellation = __webpack_require__(42529);
// EXTERNAL MODULE: ./build/errors.js
var errors = __webpack_require__(19473);
;// CONCATENATED MODULE: ./build/cli/console-log.js
function consoleLog(options = {}) {
    const secrets = new Set();
    const write = (prefix, message) => {
        let text = message;
        for (const secret of secrets)
            text = text.split(secret).join('***');
        process.stderr.write(`${prefix}${text}\n`);
    };
    return {
        debug: (m) => {
            if (options.debug)
                write('debug: ', m);
        },
        info: (m) => write('', m),
        notice: (m) => write('notice: ', m),
        warning: (m) => write('warning: ', m),
        async group(title, fn) {
            write('▶ ', title);
            return fn();
        },
        setSecret: (secret) => {
            if (secret)
                secrets.add(secret);
        },
    };
}

// EXTERNAL MODULE: ./build/cli/exit-codes.js
var exit_codes = __webpack_require__(65158);
;// CONCATENATED MODULE: ./build/cli/command.js
// What every command (publish included) shares: the one flag parser (its flags declared once,
// parsed strictly, listed by `--help`), one line on stderr for any error in the CLI's words (flags
// and files, describeFailure's CLI surface), and the exit codes of exit-codes.ts. A command is a
// spec and a `run` that returns an exit code; what it prints for scripts goes to stdout, logs to
// stderr.






/** Every subcommand has these. */
const COMMON = [
    { name: 'debug', type: 'boolean', description: 'Print debug lines and stack traces.' },
    { name: 'help', type: 'boolean', short: 'h', description: 'Print this help.' },
];
/** A usage mistake: reported with the way to the help, exit 2. */
function usageError(message) {
    return new errors/* UserError */.yo(errors/* ErrorCode */.O4.USAGE_INVALID, message);
}
/**
 * How the user ran this CLI, to name it in advice: `publish-oci-artifact` when installed under
 * that name, else `node <script>` (a clone's dist/cli/index.js is on no PATH).
 */
function invocation() {
    const script = process.argv[1] ?? '';
    if ((0,external_node_path_.basename)(script) === 'publish-oci-artifact')
        return 'publish-oci-artifact';
    return `node ${(0,external_node_path_.relative)(process.cwd(), script) || script}`;
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
        '',
        (0,exit_codes/* exitStatusHelp */.a)(spec.negative),
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
    const { values, positionals } = (0,external_node_util_.parseArgs)({
        args: argv,
        options,
        allowPositionals: true,
        allowNegative: true,
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
        const extra = args.slice(spec.positionals.length).join(' ');
        throw usageError(spec.positionals.length === 0
            ? `${spec.name} takes no arguments, not '${extra}'`
            : `${spec.name} takes ${spec.positionals.length} argument${spec.positionals.length === 1 ? '' : 's'} ` +
                `(${spec.positionals.join(', ')}), not '${extra}'`);
    }
}
/** The CLI's words for a failure: an input is named as this command's flag of that name. */
function cliSurface(spec) {
    const flags = new Set([...spec.flags, ...COMMON].map((flag) => flag.name));
    return { kind: 'cli', flag: (input) => (flags.has(input) ? `--${input}` : undefined) };
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
            return exit_codes/* EXIT */.d.ok;
        }
        checkPositionals(spec, parsed.args);
    }
    catch (error) {
        const help = `${invocation()} ${spec.name} --help`;
        process.stderr.write(`error: ${usageMessage(error)} (see '${help}') [${errors/* ErrorCode */.O4.USAGE_INVALID}]\n`);
        return exit_codes/* EXIT */.d.error;
    }
    const log = consoleLog({ debug: parsed.values.debug === true });
    try {
        return await run({ ...parsed, log });
    }
    catch (error) {
        // A cancelled run's requests fail on purpose: exitWhenCancelled reports it, then exits.
        if (cancellation/* cancelled */.KW.aborted)
            await new Promise(() => undefined);
        if (parsed.values.debug && error instanceof Error && error.stack)
            log.debug(error.stack);
        // The code, as the action's annotation titles it: docs/errors.md says what it means and what to do.
        const { message, code } = (0,errors/* describeFailure */.Ic)(error, cliSurface(spec));
        log.info(`error: ${message}${code ? ` [${code}]` : ''}`);
        return exit_codes/* EXIT */.d.error;
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


/***/ }),

/***/ 65158:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   a: () => (/* binding */ exitStatusHelp),
/* harmony export */   d: () => (/* binding */ EXIT)
/* harmony export */ });
// What each command's exit status means, the same for all of them (publish included), so scripts can tell a negative
// answer (not verified, different) from a failure to answer (bad input, unreachable registry).
const EXIT = {
    /** Done; verified; equal. */
    ok: 0,
    /** A negative answer: not verified (verify, pull with verification), different (diff). */
    negative: 1,
    /** Bad input or an operational failure: nothing was decided, nothing was written. */
    error: 2,
};
/** The exit statuses for a command's help; `negative` says what 1 means for it, when it can. */
function exitStatusHelp(negative) {
    return (`Exit status: ${EXIT.ok} done${negative ? `, ${EXIT.negative} ${negative}` : ''}, ` +
        `${EXIT.error} bad input or an error.`);
}


/***/ }),

/***/ 36650:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Oi: () => (/* binding */ phase),
/* harmony export */   aB: () => (/* binding */ silentLog),
/* harmony export */   f: () => (/* binding */ uploadProgress),
/* harmony export */   z3: () => (/* binding */ formatBytes)
/* harmony export */ });
// How every part of the program talks to the person running it: one interface, whatever the part.
// The action logs through @actions/core (groups, annotations, masking: github/log.ts), the CLI
// through stderr (cli/console-log.ts); both get the same phases, sizes and timings.
/** Says nothing and masks nothing: for callers that give no log. */
const silentLog = {
    debug: () => undefined,
    info: () => undefined,
    notice: () => undefined,
    warning: () => undefined,
    group: (_title, fn) => fn(),
    setSecret: () => undefined,
};
/** "1.2 MB", "512 B": sizes for humans. */
function formatBytes(bytes) {
    const units = ['B', 'kB', 'MB', 'GB'];
    let value = bytes;
    let unit = 0;
    while (value >= 1000 && unit < units.length - 1) {
        value /= 1000;
        unit++;
    }
    return unit === 0 ? `${bytes} B` : `${value.toFixed(1)} ${units[unit]}`;
}
/** Runs one phase as a log group and ends it with its duration. */
async function phase(log, title, fn) {
    return log.group(title, async () => {
        const start = performance.now();
        const result = await fn();
        log.info(`${title}: done in ${Math.round(performance.now() - start)} ms`);
        return result;
    });
}
/** Uploads smaller than this finish too fast for progress lines to help. */
const PROGRESS_THRESHOLD_BYTES = 10 * 1000 * 1000;
/**
 * A progress callback for one upload: a line at every tenth of a large upload (none for small
 * ones), so long uploads show they are moving without flooding the log.
 */
function uploadProgress(log, label, total) {
    if (total < PROGRESS_THRESHOLD_BYTES)
        return undefined;
    let reported = 0;
    return ({ sent }) => {
        const tenth = Math.floor((sent / total) * 10);
        if (tenth <= reported)
            return;
        reported = tenth;
        log.info(`  ${label}: ${formatBytes(sent)} of ${formatBytes(total)} (${tenth * 10}%)`);
    };
}


/***/ }),

/***/ 1564:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Bc: () => (/* binding */ isDigest),
/* harmony export */   Do: () => (/* binding */ DigestVerifier),
/* harmony export */   ol: () => (/* binding */ digestOf),
/* harmony export */   vl: () => (/* binding */ DigestStream),
/* harmony export */   vo: () => (/* binding */ splitDigest)
/* harmony export */ });
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(77598);
/* harmony import */ var node_stream__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(57075);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(19473);
// Content digests: computing them, checking their syntax, and verifying streamed content against one.



const DIGEST_PATTERN = /^(sha256:[a-f0-9]{64}|sha512:[a-f0-9]{128})$/;
function isDigest(value) {
    return DIGEST_PATTERN.test(value);
}
/** `<algorithm>:<hex>` of the bytes, sha256 unless told. */
function digestOf(bytes, algorithm = 'sha256') {
    return `${algorithm}:${(0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.createHash)(algorithm).update(bytes).digest('hex')}`;
}
/** The algorithm and hex of a digest already checked by `isDigest`. */
function splitDigest(digest) {
    const colon = digest.indexOf(':');
    return { algorithm: digest.slice(0, colon), hex: digest.slice(colon + 1) };
}
/** A pass-through that hashes and counts the bytes on their way, without holding any of them. */
class DigestStream extends node_stream__WEBPACK_IMPORTED_MODULE_1__.Transform {
    algorithm;
    hash;
    bytes = 0;
    constructor(algorithm = 'sha256') {
        super();
        this.algorithm = algorithm;
        this.hash = (0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.createHash)(algorithm);
    }
    _transform(chunk, _encoding, callback) {
        this.hash.update(chunk);
        this.bytes += chunk.length;
        callback(null, chunk);
    }
    /** Once, after the last byte: the digest and size of what went through. */
    result() {
        return { digest: `${this.algorithm}:${this.hash.digest('hex')}`, size: this.bytes };
    }
}
/**
 * A pass-through that hashes what flows through it and fails the stream at its end when the
 * content does not match `digest` (or `size`), so a reader never accepts corrupted bytes silently.
 */
class DigestVerifier extends DigestStream {
    digest;
    size;
    what;
    constructor(digest, size, 
    /** What the content is, for the message: `blob sha256:… from ghcr.io/org/app`. */
    what) {
        super(splitDigest(digest).algorithm);
        this.digest = digest;
        this.size = size;
        this.what = what;
    }
    _flush(callback) {
        const actual = this.result().digest;
        if (actual === this.digest && (this.size === undefined || this.size === this.bytes)) {
            callback();
            return;
        }
        callback(new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .UserError */ .yo(_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .ErrorCode */ .O4.DIGEST_MISMATCH, `The content of ${this.what} does not match its digest: got ${actual} and ${this.bytes} ` +
            `bytes${this.size === undefined ? '' : ` (expected ${this.size})`}. The stored data ` +
            'is corrupt or was changed in transit; push it again.'));
    }
}


/***/ }),

/***/ 24465:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Ux: () => (/* binding */ withFileLock),
/* harmony export */   Zf: () => (/* binding */ writeFileAtomic),
/* harmony export */   Zs: () => (/* binding */ writeStreamAtomic)
/* harmony export */ });
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(77598);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(73024);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(51455);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(76760);
/* harmony import */ var node_stream_promises__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(46466);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(19473);
// Files that readers never see half-written: content goes to a temporary file beside its final
// name and is renamed over it; updates of a shared file are serialised by a lock file that other
// processes respect too.






function temporaryPath(path) {
    return (0,node_path__WEBPACK_IMPORTED_MODULE_3__.join)((0,node_path__WEBPACK_IMPORTED_MODULE_3__.dirname)(path), `.${(0,node_path__WEBPACK_IMPORTED_MODULE_3__.basename)(path)}.${(0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.randomBytes)(6).toString('hex')}.tmp`);
}
/** Moves `temporary` onto `path`, or removes it when anything before failed. */
async function commit(temporary, path, write) {
    try {
        await write();
        await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_2__.rename)(temporary, path);
    }
    catch (error) {
        await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_2__.rm)(temporary, { force: true });
        throw error;
    }
}
function writeFileAtomic(path, data) {
    const temporary = temporaryPath(path);
    return commit(temporary, path, () => (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_2__.writeFile)(temporary, data, { flush: true }));
}
/** Streams `source` through `stages` (any of which may fail the write) into `path`, atomically. */
function writeStreamAtomic(path, source, ...stages) {
    const temporary = temporaryPath(path);
    return commit(temporary, path, () => (0,node_stream_promises__WEBPACK_IMPORTED_MODULE_4__.pipeline)([source, ...stages, (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.createWriteStream)(temporary, { flush: true })]));
}
/** A lock older than this was left by a process that died holding it. */
const STALE_LOCK_MS = 60_000;
const LOCK_WAIT_MS = 120_000;
function isStale(lock) {
    return (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_2__.stat)(lock).then((s) => Date.now() - s.mtimeMs > STALE_LOCK_MS, () => false);
}
/**
 * Removes `lock` if it is still stale, holding `<lock>.break` meanwhile. Without it, two waiters
 * that judged the same stale lock would both remove "it": the second, the fresh lock the first
 * had just taken, and both would go in. Under the guard the lock is judged again, and a lock
 * judged stale there cannot be replaced before it is removed: only its (dead) holder or another
 * breaker could remove it first. A waiter that finds the guard taken leaves the breaking to its
 * holder: `false`, wait.
 */
async function breakStaleLock(lock) {
    const guard = `${lock}.break`;
    let handle;
    try {
        handle = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_2__.open)(guard, 'wx');
    }
    catch (error) {
        if (error.code === 'EEXIST')
            return false;
        throw error;
    }
    try {
        await handle.close();
        if (await isStale(lock))
            await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_2__.rm)(lock, { force: true });
        return true;
    }
    finally {
        await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_2__.rm)(guard, { force: true });
    }
}
/** Runs `action` holding `<path>.lock`, created exclusively; waits while another holder has it. */
async function withFileLock(path, action) {
    const lock = `${path}.lock`;
    const started = Date.now();
    for (;;) {
        try {
            const handle = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_2__.open)(lock, 'wx');
            await handle.close();
            break;
        }
        catch (error) {
            if (error.code !== 'EEXIST')
                throw error;
            if ((await isStale(lock)) && (await breakStaleLock(lock)))
                continue;
            if (Date.now() - started > LOCK_WAIT_MS) {
                throw new _errors_js__WEBPACK_IMPORTED_MODULE_5__/* .UserError */ .yo(_errors_js__WEBPACK_IMPORTED_MODULE_5__/* .ErrorCode */ .O4.LAYOUT_LOCKED, `${lock} has been held for over ${LOCK_WAIT_MS / 1000} s; if no other process is ` +
                    `writing this layout, delete the lock file (and ${(0,node_path__WEBPACK_IMPORTED_MODULE_3__.basename)(lock)}.break, if present).`);
            }
            await new Promise((resolve) => setTimeout(resolve, 10 + Math.random() * 40));
        }
    }
    try {
        return await action();
    }
    finally {
        await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_2__.rm)(lock, { force: true });
    }
}


/***/ }),

/***/ 54566:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   $T: () => (/* binding */ MANIFEST_MEDIA_TYPES),
/* harmony export */   $p: () => (/* binding */ OCI_INDEX),
/* harmony export */   EG: () => (/* binding */ OCI_MANIFEST),
/* harmony export */   EP: () => (/* binding */ REF_NAME_ANNOTATION),
/* harmony export */   ZJ: () => (/* binding */ MAX_MANIFEST_BYTES),
/* harmony export */   gp: () => (/* binding */ manifestMediaType),
/* harmony export */   m6: () => (/* binding */ DOCKER_MANIFEST_LIST)
/* harmony export */ });
/* unused harmony export DOCKER_MANIFEST */
// Manifest media types a registry may hand back, and how to tell them apart when it does not say.
const OCI_MANIFEST = 'application/vnd.oci.image.manifest.v1+json';
const OCI_INDEX = 'application/vnd.oci.image.index.v1+json';
const DOCKER_MANIFEST = 'application/vnd.docker.distribution.manifest.v2+json';
const DOCKER_MANIFEST_LIST = 'application/vnd.docker.distribution.manifest.list.v2+json';
/** Every manifest type we read, OCI first: sent as `Accept` so no registry converts anything. */
const MANIFEST_MEDIA_TYPES = [
    OCI_MANIFEST,
    OCI_INDEX,
    DOCKER_MANIFEST,
    DOCKER_MANIFEST_LIST,
];
/** The OCI image layout's tag annotation, also the one `skopeo`'s `oci:` transport matches. */
const REF_NAME_ANNOTATION = 'org.opencontainers.image.ref.name';
/** Registries and the spec cap manifests at a few MiB; anything larger is not a manifest. */
const MAX_MANIFEST_BYTES = 4 * 1024 * 1024;
/**
 * The media type of manifest bytes: the `Content-Type` the store gave when it is a manifest type,
 * else the manifest's own `mediaType`, else its shape (an index lists `manifests`).
 */
function manifestMediaType(bytes, contentType) {
    const declared = contentType?.split(';')[0]?.trim();
    if (declared && MANIFEST_MEDIA_TYPES.includes(declared))
        return declared;
    try {
        const parsed = JSON.parse(Buffer.from(bytes).toString('utf8'));
        if (parsed && typeof parsed === 'object') {
            const { mediaType, manifests } = parsed;
            if (typeof mediaType === 'string' && mediaType)
                return mediaType;
            return Array.isArray(manifests) ? OCI_INDEX : OCI_MANIFEST;
        }
    }
    catch {
        // Not JSON: fall through to whatever the store declared.
    }
    return declared || OCI_MANIFEST;
}


/***/ })

};
