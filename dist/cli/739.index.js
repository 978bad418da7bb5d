export const id = 739;
export const ids = [739];
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

/***/ 2739:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   run: () => (/* binding */ run)
/* harmony export */ });
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(1455);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(6760);
/* harmony import */ var _artifact_index_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(3287);
/* harmony import */ var _oci_files_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(4465);
/* harmony import */ var _log_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(6650);
/* harmony import */ var _command_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(2950);
/* harmony import */ var _exit_codes_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(4576);
/* harmony import */ var _build_source_js__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(841);
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


/***/ })

};
