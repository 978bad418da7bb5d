export const id = 27;
export const ids = [27];
export const modules = {

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

/***/ 94709:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Ap: () => (/* binding */ openTarget),
/* harmony export */   ku: () => (/* binding */ REGISTRY_ENV),
/* harmony export */   mE: () => (/* binding */ givenCredentials),
/* harmony export */   sY: () => (/* binding */ REGISTRY_FLAGS),
/* harmony export */   x0: () => (/* binding */ CREDS_FLAG)
/* harmony export */ });
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(19473);
/* harmony import */ var _oci_credentials_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(33573);
/* harmony import */ var _oci_open_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(92750);
/* harmony import */ var _run_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(46501);
// The registry flags every command takes, the same as publish's inputs (`--username`,
// `--password`, `--insecure-registry`; Flux's `--creds` as another spelling) and the same
// environment (REGISTRY_USERNAME, REGISTRY_PASSWORD), and the one place the other commands open a
// repository: with the credential chain the action uses, and a terminal's patience for retries.




/** Secrets on a command line show in `ps` and shell history: these come from the environment too. */
const REGISTRY_ENV = {
    username: 'REGISTRY_USERNAME',
    password: 'REGISTRY_PASSWORD',
};
/** `--creds`, Flux's spelling of `--username` and `--password` together. */
const CREDS_FLAG = {
    name: 'creds',
    type: 'string',
    value: '<username>:<password>',
    description: "--username and --password in one, as Flux's flag takes them.",
};
/** The registry flags of the commands other than publish (whose flags are its inputs). */
const REGISTRY_FLAGS = [
    {
        name: 'username',
        type: 'string',
        description: `Registry user name. Or set ${REGISTRY_ENV.username}.`,
    },
    {
        name: 'password',
        type: 'string',
        description: `Registry password or token, with --username. Or set ${REGISTRY_ENV.password}. Without ` +
            'them: the Docker config (~/.docker/config.json, credential helpers), else anonymous.',
    },
    CREDS_FLAG,
    {
        name: 'insecure-registry',
        type: 'boolean',
        description: 'Allow plain HTTP to a registry that is not on loopback (loopback always may use HTTP).',
    },
];
/** `--creds <username>:<password>`. */
function parseCreds(creds) {
    const colon = creds.indexOf(':');
    if (colon <= 0 || colon === creds.length - 1) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .UserError */ .yo(_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .ErrorCode */ .O4.USAGE_INVALID, `--creds must be '<username>:<password>'. Prefer ${REGISTRY_ENV.username} and ` +
            `${REGISTRY_ENV.password} or docker login: a flag shows in the process list.`, { input: 'creds' });
    }
    return { username: creds.slice(0, colon), password: creds.slice(colon + 1) };
}
/**
 * The username and password given: `--creds`, else `--username` and `--password`, each else its
 * environment variable. Either may be empty; publish's inputs and `openTarget` refuse one alone.
 */
function givenCredentials(values, env = process.env) {
    const creds = values.creds;
    if (typeof creds === 'string')
        return parseCreds(creds);
    const flag = (name) => {
        const value = values[name];
        return typeof value === 'string' ? value : (env[REGISTRY_ENV[name]] ?? '');
    };
    return { username: flag('username'), password: flag('password') };
}
/** Opens `location` for a command; nothing is sent until the first operation. */
function openTarget(location, { values, log }) {
    const { username, password } = givenCredentials(values);
    if (Boolean(username) !== Boolean(password)) {
        const missing = username ? 'password' : 'username';
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .UserError */ .yo(_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .ErrorCode */ .O4.USAGE_INVALID, `--${missing} (or ${REGISTRY_ENV[missing]}) is not given, but ` +
            `--${missing === 'password' ? 'username' : 'password'} is: give both, or neither to use ` +
            'the Docker config.', { input: missing });
    }
    // Retries are noted at info level for publish's log; here they are detail (--debug), the
    // error that ends the command says what happened.
    const quiet = { ...log, info: (m) => log.debug(m) };
    return (0,_oci_open_js__WEBPACK_IMPORTED_MODULE_2__/* .openRepository */ .h)(location, {
        credentials: (0,_oci_credentials_js__WEBPACK_IMPORTED_MODULE_1__/* .credentialChain */ .VU)({ username, password, source: _run_js__WEBPACK_IMPORTED_MODULE_3__/* .CREDENTIAL_INPUTS */ .ms, log: quiet }),
        insecure: values['insecure-registry'] === true,
        log: quiet,
        userAgent: 'publish-oci-artifact-cli',
        // Someone is waiting at a terminal: a registry that does not answer is reported in seconds,
        // not after publish's patient schedule (eight attempts over up to two minutes).
        retry: { attempts: 3, maxElapsedMs: 20_000 },
    });
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

/***/ 33573:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  VU: () => (/* binding */ credentialChain),
  D: () => (/* binding */ dockerConfigCredentials)
});

// UNUSED EXPORTS: firstCredential, givenCredential, maskCredential

// EXTERNAL MODULE: ./build/errors.js
var errors = __webpack_require__(19473);
// EXTERNAL MODULE: external "node:child_process"
var external_node_child_process_ = __webpack_require__(31421);
;// CONCATENATED MODULE: ./build/oci/credential-helper.js
// Docker credential helpers: `docker-credential-<name> get`, the server URL on stdin, JSON on stdout.
// Run from PATH without a shell, with a timeout, and only for names that cannot escape PATH.


const HELPER_NAME = /^[a-zA-Z0-9][a-zA-Z0-9_.-]*$/;
/** What the helper said about `serverUrl`; `undefined` when it has nothing stored for it. */
function runCredentialHelper(name, serverUrl, timeoutMs) {
    if (!HELPER_NAME.test(name)) {
        return Promise.reject(new errors/* UserError */.yo(errors/* ErrorCode */.O4.CREDENTIAL_HELPER_INVALID, `The Docker config names the credential helper '${name}', which is not a valid helper ` +
            "name (letters, digits, '.', '_', '-'): it was not run."));
    }
    const command = `docker-credential-${name}`;
    return new Promise((resolve, reject) => {
        const child = (0,external_node_child_process_.execFile)(command, ['get'], { shell: false, timeout: timeoutMs, maxBuffer: 1024 * 1024, encoding: 'utf8' }, (error, stdout) => {
            if (error) {
                // Helpers report an unknown server on stdout and exit 1; that is "nothing stored".
                if (/credentials not found/i.test(stdout))
                    return resolve(undefined);
                const e = error;
                const why = e.code === 'ENOENT'
                    ? 'it is not on PATH'
                    : e.killed
                        ? `it did not answer within ${timeoutMs / 1000} s`
                        : `it failed (${stdout.trim().slice(0, 200) || e.message})`;
                return reject(new errors/* UserError */.yo(errors/* ErrorCode */.O4.CREDENTIAL_HELPER_FAILED, `The credential helper ${command}: ${why}.`, {
                    cause: error,
                }));
            }
            try {
                const { Username, Secret } = JSON.parse(stdout);
                if (typeof Secret !== 'string' || Secret === '')
                    return resolve(undefined);
                resolve({ username: typeof Username === 'string' ? Username : '', secret: Secret });
            }
            catch (cause) {
                reject(new errors/* UserError */.yo(errors/* ErrorCode */.O4.CREDENTIAL_HELPER_FAILED, `The credential helper ${command} did not answer with JSON.`, { cause }));
            }
        });
        child.stdin?.on('error', () => undefined); // a helper may exit before reading stdin
        child.stdin?.end(serverUrl);
    });
}

// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(51455);
// EXTERNAL MODULE: external "node:os"
var external_node_os_ = __webpack_require__(48161);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(76760);
// EXTERNAL MODULE: ./build/oci/reference.js
var reference = __webpack_require__(20907);
;// CONCATENATED MODULE: ./build/oci/docker-config.js
// Docker's `config.json`: the parts that say where a registry's credentials are (`credHelpers`,
// `credsStore`) or hold them (`auths`). Keys are matched the way Docker matches them: by host, with
// or without scheme and path, Docker Hub under any of its names.





/** The key Docker itself uses for Docker Hub, and the server URL its helpers expect. */
const DOCKER_HUB_SERVER = 'https://index.docker.io/v1/';
function dockerConfigDir(explicit) {
    return explicit ?? process.env.DOCKER_CONFIG ?? (0,external_node_path_.join)((0,external_node_os_.homedir)(), '.docker');
}
const isRecord = (v) => typeof v === 'object' && v !== null && !Array.isArray(v);
/** The config in `dir`, or `undefined` when there is none. */
async function readDockerConfig(dir) {
    const path = (0,external_node_path_.join)(dir, 'config.json');
    let text;
    try {
        text = await (0,promises_.readFile)(path, 'utf8');
    }
    catch (error) {
        if (error.code === 'ENOENT')
            return undefined;
        throw new errors/* UserError */.yo(errors/* ErrorCode */.O4.DOCKER_CONFIG_INVALID, `Could not read the Docker config ${path}.`, {
            cause: error,
        });
    }
    let parsed;
    try {
        parsed = JSON.parse(text);
    }
    catch (cause) {
        throw new errors/* UserError */.yo(errors/* ErrorCode */.O4.DOCKER_CONFIG_INVALID, `The Docker config ${path} is not valid JSON; fix or remove it.`, { cause });
    }
    if (!isRecord(parsed)) {
        throw new errors/* UserError */.yo(errors/* ErrorCode */.O4.DOCKER_CONFIG_INVALID, `The Docker config ${path} is not a JSON object.`);
    }
    const auths = isRecord(parsed.auths) ? parsed.auths : {};
    const credHelpers = isRecord(parsed.credHelpers)
        ? Object.fromEntries(Object.entries(parsed.credHelpers).filter(([, v]) => typeof v === 'string'))
        : {};
    const credsStore = typeof parsed.credsStore === 'string' && parsed.credsStore ? parsed.credsStore : undefined;
    return { path, auths, credHelpers, ...(credsStore ? { credsStore } : {}) };
}
/** `https://index.docker.io/v1/` → `docker.io`; `https://host:5000/x` → `host:5000`. */
function configKeyHost(key) {
    const host = key
        .replace(/^[a-z]+:\/\//i, '')
        .replace(/\/.*$/, '')
        .toLowerCase();
    return (0,reference/* isDockerHub */.gr)(host) ? 'docker.io' : host;
}
/** The value stored under the key that names `registry`, if any. */
function lookup(entries, registry) {
    const wanted = configKeyHost(registry);
    for (const [key, value] of Object.entries(entries)) {
        if (configKeyHost(key) === wanted)
            return value;
    }
    return undefined;
}

;// CONCATENATED MODULE: ./build/oci/credentials.js
// Where a registry's credentials come from, as functions of the registry host (oras-go's
// `CredentialFunc`, go-containerregistry's keychains): given ones, the Docker config (`credHelpers`,
// `credsStore`, `auths`), and whatever a caller adds; `firstCredential` tries them in order. Each
// secret is handed to the log's mask as soon as it is read, its derived forms too.




/** Docker's marker, in a helper's answer or an `auths` entry, for "the secret is an identity token". */
const IDENTITY_TOKEN_USER = '<token>';
/** Masks every secret of `credential`, and the base64 `user:secret` its Basic header carries. */
function maskCredential(credential, log) {
    const { username, password, identityToken, registryToken } = credential;
    for (const secret of [password, identityToken, registryToken])
        if (secret)
            log.setSecret(secret);
    // An identity token goes in the Basic header's password place when the token GET falls back to
    // Basic, so its derived form is a secret too.
    const basicPassword = password ?? identityToken;
    if (basicPassword !== undefined) {
        log.setSecret(Buffer.from(`${username ?? ''}:${basicPassword}`).toString('base64'));
    }
    return credential;
}
function fromAuthEntry(entry, source) {
    if (entry.identitytoken) {
        return {
            username: entry.username ?? IDENTITY_TOKEN_USER,
            identityToken: entry.identitytoken,
            source,
        };
    }
    if (entry.registrytoken)
        return { registryToken: entry.registrytoken, source };
    if (entry.auth) {
        const decoded = Buffer.from(entry.auth, 'base64').toString('utf8');
        const colon = decoded.indexOf(':');
        if (colon === -1)
            return undefined;
        return { username: decoded.slice(0, colon), password: decoded.slice(colon + 1), source };
    }
    if (entry.username && entry.password) {
        return { username: entry.username, password: entry.password, source };
    }
    return undefined;
}
async function fromHelper(helper, registry, options, source) {
    const serverUrl = (0,reference/* isDockerHub */.gr)(registry) ? DOCKER_HUB_SERVER : registry;
    try {
        const answer = await runCredentialHelper(helper, serverUrl, options.helperTimeoutMs ?? 30_000);
        if (!answer)
            return undefined;
        return answer.username === IDENTITY_TOKEN_USER
            ? { username: IDENTITY_TOKEN_USER, identityToken: answer.secret, source }
            : { username: answer.username, password: answer.secret, source };
    }
    catch (error) {
        if (error instanceof errors/* UserError */.yo && error.code === errors/* ErrorCode */.O4.CREDENTIAL_HELPER_INVALID)
            throw error;
        // A broken helper is reported, and the next source tried, as Docker users expect from CI.
        options.log.warning(`${error instanceof Error ? error.message : String(error)} Trying other credential sources.`);
        return undefined;
    }
}
async function fromDockerConfig(registry, options) {
    const config = await readDockerConfig(dockerConfigDir(options.directory));
    if (!config)
        return undefined;
    const helper = lookup(config.credHelpers, registry);
    if (helper) {
        const found = await fromHelper(helper, registry, options, `credential helper docker-credential-${helper}`);
        if (found)
            return found;
    }
    if (config.credsStore) {
        const found = await fromHelper(config.credsStore, registry, options, `credential store docker-credential-${config.credsStore}`);
        if (found)
            return found;
    }
    const entry = lookup(config.auths, registry);
    return entry ? fromAuthEntry(entry, `${config.path} (auths)`) : undefined;
}
/** Credentials the user gave for every registry (`source` names them in messages). */
function givenCredential(username, password, source, log) {
    const credential = maskCredential({ username, password, source }, log);
    return () => Promise.resolve(credential);
}
/** The Docker config, as `docker login` and docker/login-action leave it. */
function dockerConfigCredentials(options) {
    return async (registry) => {
        const found = await fromDockerConfig(registry, options);
        return found && maskCredential(found, options.log);
    };
}
/** The first credential any of `sources` finds, asked in order; undefined: anonymous. */
function firstCredential(...sources) {
    return async (registry) => {
        for (const source of sources) {
            const found = await source(registry);
            if (found)
                return found;
        }
        return undefined;
    };
}
/**
 * Where the action and every CLI command look for a registry's credentials, in order: the
 * username and password given (inputs, flags or REGISTRY_USERNAME and REGISTRY_PASSWORD), the
 * Docker config, the entry's fallback; else anonymous.
 */
function credentialChain(options) {
    const { username, password, log } = options;
    return firstCredential(...(username && password ? [givenCredential(username, password, options.source, log)] : []), dockerConfigCredentials({ log }), ...(options.fallback ? [options.fallback] : []));
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

/***/ 35743:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   A: () => (/* binding */ LAYOUT_PREFIX),
/* harmony export */   z: () => (/* binding */ parseLocation)
/* harmony export */ });
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(76760);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(19473);
/* harmony import */ var _reference_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(20907);
// Where a target string points: `oci://host[:port]/repository[:tag]` (a registry repository) or
// `oci-layout:<dir>` (an OCI image layout on disk). Parsing only: nothing is opened here.



const LAYOUT_PREFIX = 'oci-layout:';
/**
 * Parses `oci://host[:port]/repository[:tag]` or `oci-layout:<dir>`; a relative layout directory
 * is resolved against `workspace` (default: the working directory).
 */
function parseLocation(target, workspace = process.cwd()) {
    if (target.startsWith(LAYOUT_PREFIX)) {
        const directory = target.slice(LAYOUT_PREFIX.length);
        if (!directory) {
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .UserError */ .yo(_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .ErrorCode */ .O4.REFERENCE_INVALID, `'${target}' names no directory: write oci-layout:<dir>, e.g. oci-layout:./oci.`);
        }
        return { kind: 'layout', directory: (0,node_path__WEBPACK_IMPORTED_MODULE_0__.resolve)(workspace, directory) };
    }
    return { kind: 'registry', ...(0,_reference_js__WEBPACK_IMPORTED_MODULE_2__/* .parseReference */ .F2)(target) };
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


/***/ }),

/***/ 92750:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  h: () => (/* binding */ openRepository)
});

// EXTERNAL MODULE: ./build/errors.js
var errors = __webpack_require__(19473);
;// CONCATENATED MODULE: ./build/oci/challenge.js
// `WWW-Authenticate` challenges (RFC 7235): the scheme and its parameters, e.g.
// `Bearer realm="https://ghcr.io/token",service="ghcr.io",scope="repository:o/r:pull"`.
/**
 * The first challenge of the header. Parameters are `name=token` or `name="quoted \" string"`,
 * separated by commas; a second challenge (another scheme) ends the first.
 */
function parseChallenge(header) {
    if (!header)
        return undefined;
    const scheme = /^\s*([A-Za-z][A-Za-z0-9!#$%&'*+.^_`|~-]*)/.exec(header);
    if (!scheme)
        return undefined;
    const params = {};
    const param = /\s*,?\s*([A-Za-z][A-Za-z0-9_-]*)\s*=\s*(?:"((?:[^"\\]|\\.)*)"|([^\s,"]*))/y;
    param.lastIndex = scheme[0].length;
    for (let match = param.exec(header); match; match = param.exec(header)) {
        params[match[1].toLowerCase()] =
            match[2] !== undefined ? match[2].replace(/\\(.)/g, '$1') : match[3];
    }
    return { scheme: scheme[1].toLowerCase(), params };
}

// EXTERNAL MODULE: ./build/oci/reference.js
var oci_reference = __webpack_require__(20907);
;// CONCATENATED MODULE: ./build/oci/errors.js
// Registry answers turned into errors a user can act on: the OCI error body parsed into codes, the
// request named (without its query, which may carry signed upload state), and a hint for the
// registries whose failures have a known cause.


class RegistryError extends errors/* UserError */.yo {
    /** `host[:port]` of the registry that answered. */
    registry;
    status;
    /** The first OCI error code of the body (`DENIED`, `NAME_UNKNOWN`, …), when there was one. */
    registryCode;
    errors;
    method;
    /** The request URL without its query. */
    url;
    constructor(code, message, details) {
        super(code, message);
        this.name = 'RegistryError';
        this.registry = details.registry;
        this.status = details.status;
        this.errors = details.errors;
        this.registryCode = details.errors[0]?.code;
        this.method = details.method;
        this.url = details.url;
    }
}
/** Parses the OCI error body; anything else yields no entries (the raw text goes in the message). */
function parseErrorBody(text) {
    try {
        const body = JSON.parse(text);
        if (!Array.isArray(body.errors))
            return [];
        return body.errors.flatMap((entry) => {
            if (!entry || typeof entry !== 'object')
                return [];
            const { code, message, detail } = entry;
            return [
                {
                    code: typeof code === 'string' ? code : 'UNKNOWN',
                    message: typeof message === 'string' ? message : '',
                    ...(detail === undefined ? {} : { detail }),
                },
            ];
        });
    }
    catch {
        return [];
    }
}
function withoutQuery(url) {
    const parsed = new URL(url);
    return `${parsed.origin}${parsed.pathname}`;
}
function errorCode(status, registryCode) {
    if (status === 401 || registryCode === 'UNAUTHORIZED')
        return errors/* ErrorCode */.O4.REGISTRY_UNAUTHORIZED;
    if (status === 403 || registryCode === 'DENIED')
        return errors/* ErrorCode */.O4.REGISTRY_DENIED;
    if (status === 429 || registryCode === 'TOOMANYREQUESTS')
        return errors/* ErrorCode */.O4.REGISTRY_RATE_LIMITED;
    if (status === 404)
        return errors/* ErrorCode */.O4.REGISTRY_NOT_FOUND;
    if (status >= 500 || status === 408)
        return errors/* ErrorCode */.O4.REGISTRY_UNAVAILABLE;
    return errors/* ErrorCode */.O4.REGISTRY_REJECTED;
}
const isEcr = (registry) => /\.dkr\.ecr(-fips)?\.[a-z0-9-]+\.amazonaws\.com(\.cn)?$/.test((0,oci_reference/* hostName */.Sm)(registry));
/** What the user can do about a failure, for the registries and codes whose cause is known. */
function hint(context, status, registryCode) {
    const { registry, repository } = context;
    const from = context.credentialSource ? ` from ${context.credentialSource}` : '';
    if (isEcr(registry) && registryCode === 'NAME_UNKNOWN') {
        return (`Amazon ECR does not create repositories on push: create '${repository}' first ` +
            `(aws ecr create-repository --repository-name ${repository}).`);
    }
    if (status === 401 || registryCode === 'UNAUTHORIZED') {
        return context.authenticated
            ? `The registry refused the credentials${from} for ${registry}: check the username and password ` +
                '(or the docker login that stored them) and that they have not expired.'
            : `No credentials were found for ${registry}: log in first (e.g. docker/login-action) ` +
                'or pass a username and password.';
    }
    if (status === 403 || registryCode === 'DENIED') {
        return `The credentials${from} were accepted but are not allowed to do this on ${registry}/${repository}: grant them push access.`;
    }
    if (status === 429 || registryCode === 'TOOMANYREQUESTS') {
        return 'The registry is rate-limiting these requests: try again later, or authenticate for a higher limit.';
    }
    if (status === 413) {
        return 'The registry refused the size of the request; it may limit blob or manifest sizes.';
    }
    if (registryCode === 'MANIFEST_BLOB_UNKNOWN' || registryCode === 'BLOB_UNKNOWN') {
        return 'The manifest refers to content the repository does not have: push blobs (and listed manifests) first.';
    }
    if (status === 415 || registryCode === 'MANIFEST_INVALID' || registryCode === 'UNSUPPORTED') {
        return ('The registry rejected the manifest. Some registries (e.g. GitLab, older Harbor) accept ' +
            'only an allow-list of media types or artifact types; check its documentation.');
    }
    if (status >= 500 || status === 408) {
        return 'The registry failed to answer; it may be down or overloaded. Try again later.';
    }
    return '';
}
/** The `RegistryError` for an unexpected response; reads (and so consumes) its body. */
async function registryError(response, context) {
    const text = await response.text().catch(() => '');
    const errors = parseErrorBody(text);
    const registryCode = errors[0]?.code;
    // Distribution (and others) answer a token without the needed action with 401 and
    // `error="insufficient_scope"`: the credentials are fine, the permission is missing.
    const insufficientScope = response.status === 401 &&
        context.authenticated &&
        /error="?insufficient_scope/.test(response.headers.get('www-authenticate') ?? '');
    const meaning = insufficientScope ? 403 : response.status;
    const said = errors.length
        ? errors.map((e) => (e.message ? `${e.code}: ${e.message}` : e.code)).join('; ')
        : text.trim().slice(0, 200) || response.statusText;
    const advice = hint(context, meaning, insufficientScope ? 'DENIED' : registryCode);
    const message = `Could not ${context.operation} ${context.displayName}: the registry answered ` +
        `${response.status}${said ? ` (${said})` : ''} to ${context.method} ${withoutQuery(context.url)}.` +
        (advice ? ` ${advice}` : '');
    return new RegistryError(errorCode(meaning, insufficientScope ? 'DENIED' : registryCode), message, {
        registry: context.registry,
        status: response.status,
        errors,
        method: context.method,
        url: withoutQuery(context.url),
    });
}
/** A registry answer that breaks the protocol (a wrong digest, a missing header). */
function protocolError(context, what) {
    return new RegistryError(errors/* ErrorCode */.O4.REGISTRY_PROTOCOL, `Could not ${context.operation} ${context.displayName}: ${what}.`, {
        registry: context.registry,
        status: 0,
        errors: [],
        method: context.method,
        url: withoutQuery(context.url),
    });
}

;// CONCATENATED MODULE: ./build/oci/realm.js
// Where a registry may send us for a token. Credentials go to the realm, so a challenge must not be
// able to point them at an arbitrary host: the realm must be the registry's own host, a parent or a
// sub-domain of it, or a pairing known from the big registries; and HTTPS unless on loopback.


/** Registries whose token service lives on an unrelated host: registry suffix → realm hosts. */
const KNOWN_REALMS = [
    { registry: /(^|\.)docker\.io$/, realms: ['auth.docker.io'] },
    { registry: /(^|\.)(pkg\.dev|gcr\.io)$/, realms: ['oauth2.googleapis.com'] },
];
const isIpAddress = (name) => /^[\d.]+$/.test(name) || name.includes(':');
function related(registry, realm) {
    if (registry === realm)
        return true;
    if (isIpAddress(registry) || isIpAddress(realm))
        return false;
    if (realm.endsWith(`.${registry}`))
        return true;
    // A parent domain, but never a bare top-level one (`com`).
    if (registry.endsWith(`.${realm}`) && realm.includes('.'))
        return true;
    return KNOWN_REALMS.some((k) => k.registry.test(registry) && k.realms.includes(realm));
}
/**
 * The realm as a URL, or a refusal that names both hosts. Nothing has been sent when it throws.
 * `plainHttpRegistry`: the registry itself is spoken to over HTTP (loopback, or the user's
 * `insecure-registry` opt-in), so its own token service may be too.
 */
function checkRealm(registry, realm, plainHttpRegistry = false) {
    let url;
    try {
        url = new URL(realm);
    }
    catch {
        throw refused(registry, realm, 'it is not a URL');
    }
    const plainHttpAllowed = plainHttpRegistry || (0,oci_reference/* isLoopbackHost */.cW)(url.host);
    if (url.protocol !== 'https:' && !(url.protocol === 'http:' && plainHttpAllowed)) {
        throw refused(registry, realm, 'a token service must use https');
    }
    if (url.username || url.password) {
        throw refused(registry, realm, 'it carries credentials of its own');
    }
    if (!related((0,oci_reference/* hostName */.Sm)(registry), (0,oci_reference/* hostName */.Sm)(url.host))) {
        throw refused(registry, realm, `${url.hostname} is neither ${(0,oci_reference/* hostName */.Sm)(registry)} nor a parent or sub-domain of it`);
    }
    return url;
}
function refused(registry, realm, why) {
    let shown;
    try {
        const url = new URL(realm);
        shown = `${url.protocol}//${url.host}${url.pathname}`;
    }
    catch {
        shown = realm.slice(0, 100);
    }
    return new errors/* UserError */.yo(errors/* ErrorCode */.O4.REGISTRY_REALM_REFUSED, `The registry ${registry} asked for a token from ${shown}, which was refused: ${why}. ` +
        'No credentials were sent. If this registry really uses that token service, report it.');
}

;// CONCATENATED MODULE: ./build/oci/auth.js
// Authentication against one registry: ping `/v2/` to learn its challenge, then answer it with
// Basic credentials or a bearer token for the scope a request needs. Tokens are cached per scope
// until shortly before they expire; a 401 on the way drops the token and asks once more.




function scopeStrings(scope) {
    const scopes = [`repository:${scope.repository}:${scope.push ? 'pull,push' : 'pull'}`];
    if (scope.mountFrom && scope.mountFrom !== scope.repository) {
        scopes.push(`repository:${scope.mountFrom}:pull`);
    }
    return scopes;
}
/** Tokens without `expires_in` live 60 s by the spec; we renew a little early. */
const DEFAULT_TOKEN_SECONDS = 60;
const RENEW_FRACTION = 0.9;
function basicHeader(username, password) {
    return `Basic ${Buffer.from(`${username}:${password}`).toString('base64')}`;
}
class Authenticator {
    config;
    challenge;
    foundSource;
    tokens = new Map();
    constructor(config) {
        this.config = config;
    }
    /** Whether credentials were found for the registry (a 401 then means they are refused). */
    get authenticated() {
        return this.foundSource !== undefined;
    }
    /** Where the credentials came from, once found: named when the registry refuses them. */
    get credentialSource() {
        return this.foundSource;
    }
    /** The `Authorization` header for a request needing `scope`, or `undefined` to go anonymous. */
    async authorization(scope) {
        this.challenge ??= this.ping().catch((error) => {
            this.challenge = undefined; // a failed ping is asked again by the next request
            throw error;
        });
        const challenge = await this.challenge;
        return challenge ? this.answer(challenge, scope) : undefined;
    }
    /**
     * After a 401 to a request that carried `sent`: learn the challenge it gave, and return a better
     * header, or `undefined` when there is none to try (the 401 then stands).
     */
    async reauthorize(scope, response, sent) {
        const challenge = parseChallenge(response.headers.get('www-authenticate'));
        if (!challenge)
            return undefined;
        this.challenge = Promise.resolve(challenge);
        if (challenge.scheme === 'bearer') {
            for (const key of this.tokens.keys()) {
                if (key.startsWith(scopeStrings(scope)[0]))
                    this.tokens.delete(key);
            }
        }
        const header = await this.answer(challenge, scope);
        return header === sent ? undefined : header;
    }
    async ping() {
        const url = new URL('/v2/', this.config.origin);
        const response = await this.config.request(url, { method: 'GET' });
        response.discard();
        return response.status === 401
            ? parseChallenge(response.headers.get('www-authenticate'))
            : undefined;
    }
    async credential() {
        const credential = await this.config.credential();
        if (credential)
            this.foundSource = credential.source;
        return credential;
    }
    async answer(challenge, scope) {
        const credential = await this.credential();
        if (challenge.scheme === 'basic') {
            return credential?.password !== undefined
                ? basicHeader(credential.username ?? '', credential.password)
                : undefined;
        }
        if (challenge.scheme !== 'bearer')
            return undefined;
        if (credential?.registryToken)
            return `Bearer ${credential.registryToken}`;
        const scopes = scopeStrings(scope);
        // A token with push access also covers reads of the same repository.
        const keys = [scopes.join(' ')];
        if (!scope.push && !scope.mountFrom)
            keys.push(scopeStrings({ ...scope, push: true }).join(' '));
        for (const key of keys) {
            const cached = await this.tokens.get(key)?.catch(() => undefined);
            if (cached && cached.expiresAt > Date.now())
                return cached.header;
        }
        const pending = this.fetchToken(challenge, scopes, credential);
        this.tokens.set(keys[0], pending);
        try {
            return (await pending).header;
        }
        catch (error) {
            this.tokens.delete(keys[0]);
            throw error;
        }
    }
    async fetchToken(challenge, scopes, credential) {
        const { realm, service } = challenge.params;
        if (!realm) {
            throw new errors/* UserError */.yo(errors/* ErrorCode */.O4.REGISTRY_PROTOCOL, `The registry ${this.config.registry} asked for a bearer token without saying where to get one (no realm).`);
        }
        // Checked before anything, credentials included, is sent there.
        const origin = new URL(this.config.origin);
        const url = checkRealm(origin.host, realm, origin.protocol === 'http:');
        const wanted = [...new Set([...scopes, ...(challenge.params.scope ?? '').split(' ')])].filter(Boolean);
        let response;
        if (credential?.identityToken) {
            response = await this.oauthRefresh(url, service, wanted, credential.identityToken);
            if (response.status === 404) {
                // Not every token server speaks OAuth2; the GET flow takes the refresh token as password.
                response.discard();
                response = await this.tokenGet(url, service, wanted, credential.username ?? '<token>', credential.identityToken);
            }
        }
        else {
            response = await this.tokenGet(url, service, wanted, credential?.username, credential?.password);
        }
        const context = {
            operation: 'get a token for',
            displayName: this.config.registry,
            registry: this.config.registry,
            repository: scopes[0].split(':')[1],
            method: credential?.identityToken ? 'POST' : 'GET',
            url,
            authenticated: credential !== undefined,
            ...(credential ? { credentialSource: credential.source } : {}),
        };
        if (!response.ok)
            throw await registryError(response, context);
        const body = (await response.json().catch(() => ({})));
        const token = [body.token, body.access_token].find((t) => typeof t === 'string' && t !== '');
        if (!token)
            throw protocolError(context, `the token service at ${url.host} answered without a token`);
        this.config.log.setSecret(token);
        if (typeof body.refresh_token === 'string' && body.refresh_token) {
            this.config.log.setSecret(body.refresh_token);
        }
        const seconds = typeof body.expires_in === 'number' && body.expires_in > 0
            ? body.expires_in
            : DEFAULT_TOKEN_SECONDS;
        this.config.log.debug(`Got a token from ${url.host} for ${wanted.join(' ')} (${seconds} s).`);
        return { header: `Bearer ${token}`, expiresAt: Date.now() + seconds * 1000 * RENEW_FRACTION };
    }
    tokenGet(realm, service, scopes, username, password) {
        const url = new URL(realm);
        if (service)
            url.searchParams.set('service', service);
        for (const scope of scopes)
            url.searchParams.append('scope', scope);
        const headers = {};
        if (password !== undefined) {
            if (username)
                url.searchParams.set('account', username);
            headers.authorization = basicHeader(username ?? '', password);
        }
        return this.config.request(url, { method: 'GET', headers });
    }
    oauthRefresh(realm, service, scopes, refreshToken) {
        const form = new URLSearchParams({
            grant_type: 'refresh_token',
            refresh_token: refreshToken,
            client_id: this.config.clientId,
            scope: scopes.join(' '),
        });
        if (service)
            form.set('service', service);
        return this.config.request(realm, {
            method: 'POST',
            headers: { 'content-type': 'application/x-www-form-urlencoded' },
            body: form.toString(),
        });
    }
}

// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(73024);
// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(51455);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(76760);
// EXTERNAL MODULE: external "node:stream"
var external_node_stream_ = __webpack_require__(57075);
// EXTERNAL MODULE: ./build/oci/digest.js
var oci_digest = __webpack_require__(1564);
// EXTERNAL MODULE: ./build/oci/files.js
var files = __webpack_require__(24465);
// EXTERNAL MODULE: ./build/oci/media-types.js
var media_types = __webpack_require__(54566);
;// CONCATENATED MODULE: ./build/oci/progress.js
// Progress of content on its way: a pass-through that reports the bytes seen so far.

function countingTransform(report) {
    let seen = 0;
    return new external_node_stream_.Transform({
        transform(chunk, _encoding, callback) {
            seen += chunk.length;
            report(seen);
            callback(null, chunk);
        },
    });
}

;// CONCATENATED MODULE: ./build/oci/referrers.js
// The referrers tag schema (distribution-spec 1.1) for stores without the referrers API: an image
// index tagged `<alg>-<hex of the subject digest>` lists the subject's referrers. Adding one is a
// change to a shared tag (shared-tag.ts) that keeps every entry others wrote.



/** The tag of a subject's fallback referrers index. */
function fallbackTag(subjectDigest) {
    const { algorithm, hex } = (0,oci_digest/* splitDigest */.vo)(subjectDigest);
    return `${algorithm}-${hex}`.slice(0, 128);
}
function parseIndex(displayName, tag, manifest) {
    let parsed;
    try {
        parsed = JSON.parse(manifest.bytes.toString('utf8'));
    }
    catch {
        parsed = undefined;
    }
    const manifests = parsed?.manifests;
    if (manifest.mediaType !== media_types/* OCI_INDEX */.$p || !Array.isArray(manifests)) {
        throw new errors/* UserError */.yo(errors/* ErrorCode */.O4.REFERRERS_INDEX_INVALID, `The tag ${tag} in ${displayName} should hold the OCI image index of referrers, but ` +
            `holds a ${manifest.mediaType}; it was left untouched. Remove or retag it to add referrers.`);
    }
    return parsed;
}
/** Lists `referrer` in the fallback index at `tag`, keeping everything already there. */
function fallbackIndexChange(displayName, tag, referrer) {
    return {
        description: `referrer ${referrer.digest}`,
        holds: (current) => current !== undefined &&
            parseIndex(displayName, tag, current).manifests.some((e) => e.digest === referrer.digest),
        apply(current) {
            const index = current
                ? parseIndex(displayName, tag, current)
                : { schemaVersion: 2, mediaType: media_types/* OCI_INDEX */.$p, manifests: [] };
            index.manifests.push({ ...referrer });
            return {
                manifest: { mediaType: media_types/* OCI_INDEX */.$p, bytes: Buffer.from(JSON.stringify(index)) },
                blobs: [],
            };
        },
    };
}
function isDescriptor(entry) {
    return (typeof entry.mediaType === 'string' &&
        typeof entry.digest === 'string' &&
        typeof entry.size === 'number');
}
/** The descriptors of an index's `manifests`, optionally only those of one artifact type. */
function referrersOf(manifests, artifactType) {
    if (!Array.isArray(manifests))
        return [];
    return manifests.filter((entry) => typeof entry === 'object' &&
        entry !== null &&
        isDescriptor(entry) &&
        (artifactType === undefined || entry.artifactType === artifactType));
}
/** The referrers listed in the fallback index of `subjectDigest` (none when there is no index). */
async function listFromFallbackIndex(repository, subjectDigest, artifactType) {
    const tag = fallbackTag(subjectDigest);
    const current = await repository.getManifest(tag);
    if (!current)
        return [];
    return referrersOf(parseIndex(repository.displayName, tag, current).manifests, artifactType);
}

;// CONCATENATED MODULE: ./build/oci/layout.js
// An OCI image layout on disk (image-spec image-layout.md): `oci-layout`, `index.json` whose
// descriptors carry tags as `org.opencontainers.image.ref.name`, and `blobs/<alg>/<hex>`. Every
// file is written atomically and `index.json` is updated under a lock, so `skopeo` (`oci:<dir>:<tag>`)
// reads a consistent layout at any moment. Manifests pushed by digest only are stored as blobs:
// they are reachable through whatever references them (a referrers index).











const LAYOUT_FILE = 'oci-layout';
const LAYOUT_VERSION = '1.0.0';
const emptyIndex = () => ({ schemaVersion: 2, mediaType: media_types/* OCI_INDEX */.$p, manifests: [] });
const tagOf = (entry) => entry.annotations?.[media_types/* REF_NAME_ANNOTATION */.EP];
class OciLayoutRepository {
    directory;
    log;
    displayName;
    indexPath;
    ready;
    constructor(directory, log) {
        this.directory = directory;
        this.log = log;
        this.displayName = `oci-layout:${directory}`;
        this.indexPath = (0,external_node_path_.join)(directory, 'index.json');
    }
    /** Checks what is on disk is a layout (or nothing); writing creates what is missing. */
    async check() {
        const marker = await (0,promises_.readFile)((0,external_node_path_.join)(this.directory, LAYOUT_FILE), 'utf8').catch((error) => {
            if (error.code === 'ENOENT')
                return undefined;
            throw error;
        });
        if (marker === undefined) {
            const entries = await (0,promises_.readdir)(this.directory).catch(() => []);
            if (entries.length > 0) {
                throw new errors/* UserError */.yo(errors/* ErrorCode */.O4.LAYOUT_INVALID, `${this.directory} is not empty and is not an OCI image layout (no ${LAYOUT_FILE} file): ` +
                    'choose an empty or new directory for oci-layout:.');
            }
            return;
        }
        let version;
        try {
            version = JSON.parse(marker).imageLayoutVersion;
        }
        catch {
            version = undefined;
        }
        if (version !== LAYOUT_VERSION) {
            throw new errors/* UserError */.yo(errors/* ErrorCode */.O4.LAYOUT_INVALID, `${(0,external_node_path_.join)(this.directory, LAYOUT_FILE)} does not declare imageLayoutVersion ${LAYOUT_VERSION}.`);
        }
    }
    /** Creates the layout's skeleton once, before the first write. */
    prepare() {
        this.ready ??= (async () => {
            await (0,promises_.mkdir)((0,external_node_path_.join)(this.directory, 'blobs', 'sha256'), { recursive: true });
            const marker = (0,external_node_path_.join)(this.directory, LAYOUT_FILE);
            if (!(await exists(marker))) {
                await (0,files/* writeFileAtomic */.Zf)(marker, JSON.stringify({ imageLayoutVersion: LAYOUT_VERSION }));
            }
        })();
        return this.ready;
    }
    blobPath(digest) {
        if (!(0,oci_digest/* isDigest */.Bc)(digest)) {
            throw new errors/* UserError */.yo(errors/* ErrorCode */.O4.REFERENCE_INVALID, `'${digest}' is not a digest (sha256:<64 hex>).`);
        }
        const { algorithm, hex } = (0,oci_digest/* splitDigest */.vo)(digest);
        return (0,external_node_path_.join)(this.directory, 'blobs', algorithm, hex);
    }
    async readIndex() {
        let text;
        try {
            text = await (0,promises_.readFile)(this.indexPath, 'utf8');
        }
        catch (error) {
            if (error.code === 'ENOENT')
                return emptyIndex();
            throw error;
        }
        const parsed = JSON.parse(text);
        if (!Array.isArray(parsed.manifests)) {
            throw new errors/* UserError */.yo(errors/* ErrorCode */.O4.LAYOUT_INVALID, `${this.indexPath} is not an OCI image index.`);
        }
        return parsed;
    }
    /** A directory needs nothing ahead of its first write. */
    prepareToWrite() {
        return Promise.resolve();
    }
    async hasBlob(digest) {
        return exists(this.blobPath(digest));
    }
    async putBlob(blob, options = {}) {
        const path = this.blobPath(blob.digest);
        const report = (sent) => options.onProgress?.({ digest: blob.digest, sent, total: blob.size });
        if (await exists(path)) {
            report(blob.size);
            return;
        }
        await this.prepare();
        await (0,promises_.mkdir)((0,external_node_path_.join)(path, '..'), { recursive: true });
        await (0,files/* writeStreamAtomic */.Zs)(path, blob.open(), new oci_digest/* DigestVerifier */.Do(blob.digest, blob.size, `blob ${blob.digest}`), countingTransform(report));
    }
    async getBlob(digest) {
        const path = this.blobPath(digest);
        const size = await (0,promises_.stat)(path).then((s) => s.size, () => undefined);
        if (size === undefined) {
            throw new errors/* UserError */.yo(errors/* ErrorCode */.O4.BLOB_UNKNOWN, `The blob ${digest} is not in ${this.displayName}.`);
        }
        const verifier = new oci_digest/* DigestVerifier */.Do(digest, size, `blob ${digest} in ${this.displayName}`);
        return (0,external_node_stream_.pipeline)((0,external_node_fs_.createReadStream)(path), verifier, () => undefined);
    }
    /**
     * The descriptor a tag or digest points at in `index.json`, or from the blob itself (whose
     * bytes then come along, read once).
     */
    async resolve(reference) {
        if ((0,oci_digest/* isDigest */.Bc)(reference)) {
            const bytes = await (0,promises_.readFile)(this.blobPath(reference)).catch(() => undefined);
            if (!bytes)
                return undefined;
            const mediaType = (0,media_types/* manifestMediaType */.gp)(bytes);
            return { descriptor: { mediaType, digest: reference, size: bytes.length }, bytes };
        }
        this.checkTag(reference);
        const entry = (await this.readIndex()).manifests.findLast((m) => tagOf(m) === reference);
        if (!entry?.digest || !entry.mediaType || entry.size === undefined)
            return undefined;
        return { descriptor: { mediaType: entry.mediaType, digest: entry.digest, size: entry.size } };
    }
    checkTag(tag) {
        if (!(0,oci_reference/* isValidTag */.r_)(tag)) {
            throw new errors/* UserError */.yo(errors/* ErrorCode */.O4.REFERENCE_INVALID, `'${tag}' is neither a tag ([a-zA-Z0-9_][a-zA-Z0-9._-]{0,127}) nor a digest.`);
        }
    }
    async headManifest(reference) {
        return (await this.resolve(reference))?.descriptor;
    }
    async getManifest(reference) {
        const resolved = await this.resolve(reference);
        if (!resolved)
            return undefined;
        const { descriptor } = resolved;
        const bytes = resolved.bytes ?? (await (0,promises_.readFile)(this.blobPath(descriptor.digest)));
        if ((0,oci_digest/* digestOf */.ol)(bytes, (0,oci_digest/* splitDigest */.vo)(descriptor.digest).algorithm) !== descriptor.digest) {
            throw new errors/* UserError */.yo(errors/* ErrorCode */.O4.DIGEST_MISMATCH, `The manifest ${descriptor.digest} in ${this.displayName} does not match its digest: the layout is corrupt.`);
        }
        return { mediaType: descriptor.mediaType, digest: descriptor.digest, bytes };
    }
    async putManifest(manifest, reference) {
        const digest = (0,oci_digest/* digestOf */.ol)(manifest.bytes);
        if ((0,oci_digest/* isDigest */.Bc)(reference) && reference !== digest) {
            throw new errors/* UserError */.yo(errors/* ErrorCode */.O4.DIGEST_MISMATCH, `A manifest with digest ${digest} cannot be stored under the digest ${reference}.`);
        }
        if (!(0,oci_digest/* isDigest */.Bc)(reference))
            this.checkTag(reference);
        await this.prepare();
        const path = this.blobPath(digest);
        if (!(await exists(path)))
            await (0,files/* writeFileAtomic */.Zf)(path, manifest.bytes);
        if (!(0,oci_digest/* isDigest */.Bc)(reference)) {
            await (0,files/* withFileLock */.Ux)(this.indexPath, () => this.tag(reference, manifest, digest));
        }
        return digest;
    }
    /** Points `tag` at the manifest in `index.json`; the caller holds the index lock. */
    async tag(tag, manifest, digest) {
        const index = await this.readIndex();
        const artifactType = JSON.parse(manifest.bytes.toString('utf8'))
            .artifactType;
        index.manifests = index.manifests.filter((entry) => tagOf(entry) !== tag);
        index.manifests.push({
            mediaType: manifest.mediaType,
            digest,
            size: manifest.bytes.length,
            ...(typeof artifactType === 'string' ? { artifactType } : {}),
            annotations: { [media_types/* REF_NAME_ANNOTATION */.EP]: tag },
        });
        await (0,files/* writeFileAtomic */.Zf)(this.indexPath, JSON.stringify(index));
        this.log.debug(`${this.displayName}: ${tag} → ${digest}`);
    }
    async listTags() {
        const tags = (await this.readIndex()).manifests.map(tagOf);
        return [...new Set(tags.filter((t) => typeof t === 'string'))];
    }
    /** Read, change and write under the index lock: nothing can come between, so one round. */
    async updateSharedTag(tag, change) {
        this.checkTag(tag);
        await this.prepare();
        await (0,files/* withFileLock */.Ux)(this.indexPath, async () => {
            const current = await this.getManifest(tag);
            if (change.holds(current))
                return;
            const { manifest, blobs } = change.apply(current);
            for (const blob of blobs)
                await this.putBlob(blob);
            const digest = (0,oci_digest/* digestOf */.ol)(manifest.bytes);
            const path = this.blobPath(digest);
            if (!(await exists(path)))
                await (0,files/* writeFileAtomic */.Zf)(path, manifest.bytes);
            await this.tag(tag, manifest, digest);
        });
    }
    async addReferrer(subject, referrer) {
        const tag = fallbackTag(subject.digest);
        await this.updateSharedTag(tag, fallbackIndexChange(this.displayName, tag, referrer));
    }
    listReferrers(subjectDigest, artifactType) {
        return listFromFallbackIndex(this, subjectDigest, artifactType);
    }
}
function exists(path) {
    return (0,promises_.stat)(path).then(() => true, () => false);
}
/** The layout at `directory` (created on the first write), checked to be one if it exists. */
async function openLayout(directory, log) {
    const layout = new OciLayoutRepository(directory, log);
    await layout.check();
    return layout;
}

// EXTERNAL MODULE: ./build/oci/credentials.js + 2 modules
var oci_credentials = __webpack_require__(33573);
// EXTERNAL MODULE: ./build/log.js
var build_log = __webpack_require__(36650);
// EXTERNAL MODULE: ./build/oci/location.js
var oci_location = __webpack_require__(35743);
// EXTERNAL MODULE: ./build/oci/retry.js
var oci_retry = __webpack_require__(7620);
;// CONCATENATED MODULE: ./build/oci/shared-tag.js
// A manifest that several writers update under one tag: the cosign `.sig` manifest (one layer per
// signer) and the referrers fallback index (one entry per referrer). Each writer reads it, adds its
// entry and writes it back; a writer whose read is older than another's write drops that one's
// entry. Two defences, chosen by what the registry shows it does:
//
//  - Compare-and-swap. A registry that honours `If-Match` on a manifest PUT refuses (412) a write
//    based on a read that is no longer current; the writer reads again. Whether it honours it is
//    detected, not assumed: the first write of a run carries an `If-Match` that cannot match. A
//    registry that honours it refuses that write, and every later one is conditional; one that
//    ignores it (distribution 2.8 and go-containerregistry's registry, measured) stores the write,
//    which is the unconditional write it would have got anyway.
//  - Without it, what a writer alone can do: it never writes from a read older than WINDOW_MS
//    (it reads again instead), never repeats a PUT whose answer it lost, and after each write waits
//    a settle interval, then reads again, adding its entry anew until a read that late still holds
//    it. A writer that dropped our entry read before our write and wrote from that read; once every
//    such write has landed, what we then see stays. The settle is measured, not fixed: SETTLE_FACTOR
//    times this write's own window (read sent → PUT answered), between MIN_SETTLE_MS and
//    MAX_SETTLE_MS, so an idle run waits half a second and a loaded one (long windows) up to 5 s.
//    It covers a concurrent writer whose read-to-landed-write window is at most that long: one
//    SETTLE_FACTOR times slower than this run can still drop our entry after we checked. The
//    docs/reliability.md says what that leaves, and how often the load runs met it.



/**
 * The longest a write may follow the read it is based on, from sending one to sending the other:
 * an older read is read again. Under load (__tests__/load/run.sh: 2 vCPUs kept busy by stress-ng,
 * 8 runs signing one digest at once, 20 times) the longest window from sending the read to the
 * PUT's answer was 1.9 s.
 */
const WINDOW_MS = 2_000;
/**
 * How long after a write that nothing guarded to read it back, as a multiple of that write's own
 * window (from sending the read to the PUT's answer): a concurrent writer, on the same registry
 * and as loaded as this run, takes about as long from its read to its write's landing.
 */
const SETTLE_FACTOR = 3;
/** The least settle: an idle run's window is a few ms, a peer's hiccup (GC, scheduling) is not. */
const MIN_SETTLE_MS = 500;
/**
 * The longest settle: the longest window plus the time a PUT took to apply on a machine kept busy
 * (__tests__/load/run.sh: 1.9 s and 3 s), the fixed wait every run paid before it was measured.
 */
const MAX_SETTLE_MS = 5_000;
/** The longest an update may take before it fails. */
const TOTAL_MS = 120_000;
/** An ETag no registry gives: a write carrying it is refused by every registry that checks. */
const NEVER_MATCHES = '"publish-oci-artifact-conditional-write-probe"';
const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));
/** Between `ms` and 1.5 × `ms`, so that writers that lost together do not retry in step. */
const jittered = (ms) => Math.round(ms * (1 + Math.random() / 2));
const shared_tag_short = (digest) => (digest ? digest.slice(7, 19) : 'nothing');
/** The settle after a write whose window (read sent → PUT answered) was `windowMs`. */
function settleMs(windowMs) {
    return Math.min(MAX_SETTLE_MS, Math.max(MIN_SETTLE_MS, SETTLE_FACTOR * windowMs));
}
/**
 * Adds `change` to the manifest at `tag`, keeping everything others wrote there, and resolves once
 * the change is known to be kept: stored by a compare-and-swap, or still there when read back
 * a settle interval after our last write. Fails with SHARED_TAG_CONFLICT after TOTAL_MS.
 */
async function updateSharedTag(store, tag, change, options) {
    const { conditional, policy, log } = options;
    const started = Date.now();
    const pushed = new Set();
    const trace = (message) => log.debug(`${store.displayName}:${tag}, ${change.description}: ${message}`);
    let failures = 0;
    for (let round = 1; Date.now() - started < TOTAL_MS; round++) {
        const readAt = Date.now();
        const current = await store.read(tag);
        if (change.holds(current?.manifest)) {
            trace(`round ${round}: read ${shared_tag_short(current?.manifest.digest)}, which holds it: kept`);
            return;
        }
        const { manifest, blobs } = change.apply(current?.manifest);
        for (const blob of blobs.filter((b) => !pushed.has(b.digest))) {
            await store.putBlob(blob);
            pushed.add(blob.digest);
        }
        const conditions = conditionsFor(conditional, current);
        const readAge = Date.now() - readAt;
        if (!conditions.guaranteed && readAge > WINDOW_MS) {
            trace(`round ${round}: the read is ${readAge} ms old, longer than ${WINDOW_MS} ms`);
            continue;
        }
        const outcome = await store.write(tag, manifest, conditions.headers);
        const window = Date.now() - readAt;
        if (conditions.probe && outcome.kind !== 'failed') {
            conditional.ifMatch = outcome.kind === 'refused';
            log.debug(`${store.displayName} ${conditional.ifMatch ? 'honours' : 'ignores'} If-Match on manifest PUTs.`);
            if (conditional.ifMatch)
                continue;
        }
        if (outcome.kind === 'refused') {
            if (conditions.headers.ifNoneMatch)
                conditional.ifNoneMatch = true;
            trace(`round ${round}: ${shared_tag_short(current?.manifest.digest)} changed before our write`);
            await sleep(Math.random() * 50 * Math.min(round, 10));
            continue;
        }
        if (outcome.kind === 'failed') {
            const wait = outcome.afterMs ?? (0,oci_retry/* backoffMs */.jo)(policy, failures++);
            trace(`round ${round}: ${outcome.reason}; reading again in ${wait} ms`);
            await sleep(wait);
            continue;
        }
        trace(`round ${round}: read ${shared_tag_short(current?.manifest.digest)}, wrote ` +
            `${shared_tag_short((0,oci_digest/* digestOf */.ol)(manifest.bytes))} ${window} ms after sending the read` +
            (conditions.guaranteed ? ' (compare-and-swap): kept' : ''));
        if (conditions.guaranteed)
            return;
        const settle = jittered(settleMs(window));
        log.info(`Waiting ${(settle / 1000).toFixed(1)} s for any other writer of ${tag} (another signer of ` +
            `this digest), then reading it back: ${store.displayName} ignores If-Match, so a write ` +
            `based on an older read could still land over the ${change.description}.`);
        await sleep(settle);
    }
    throw new errors/* UserError */.yo(errors/* ErrorCode */.O4.SHARED_TAG_CONFLICT, `Could not add the ${change.description} to ${tag} in ${store.displayName}: other writers ` +
        `kept replacing it for ${Math.round(TOTAL_MS / 1000)} s. Re-run the job once the ` +
        'other publishes of this digest are done.');
}
/** The headers of the next write, and whether the registry guarantees it is not stale. */
function conditionsFor(conditional, current) {
    if (conditional.ifMatch === undefined) {
        return { headers: { ifMatch: NEVER_MATCHES }, guaranteed: false, probe: true };
    }
    if (!conditional.ifMatch)
        return { headers: {}, guaranteed: false, probe: false };
    if (!current) {
        return { headers: { ifNoneMatch: true }, guaranteed: conditional.ifNoneMatch, probe: false };
    }
    if (current.etag)
        return { headers: { ifMatch: current.etag }, guaranteed: true, probe: false };
    return { headers: {}, guaranteed: false, probe: false };
}

// EXTERNAL MODULE: ./build/cancellation.js
var cancellation = __webpack_require__(42529);
;// CONCATENATED MODULE: ./build/oci/source-reader.js
// Consecutive slices of one stream, each a stream of its own: an upload sends a large blob as chunks
// without holding more than one read of it in memory.

class SourceReader {
    source;
    iterator;
    leftover;
    constructor(source) {
        this.source = source;
        this.iterator = source[Symbol.asyncIterator]();
    }
    async next(limit) {
        let chunk = this.leftover;
        this.leftover = undefined;
        if (!chunk) {
            const result = await this.iterator.next();
            if (result.done)
                throw new Error('the content ended before its declared size');
            // Passed on as it is: a copy of every chunk of a large blob is garbage that the collector
            // lets pile up to tens of MiB while the upload streams (measured: 14 MiB of peak RSS).
            chunk = result.value;
        }
        if (chunk.length > limit) {
            this.leftover = chunk.subarray(limit);
            chunk = chunk.subarray(0, limit);
        }
        return chunk;
    }
    /** The next `length` bytes, as a stream; read it to its end before asking for the next slice. */
    take(length) {
        const read = async function* () {
            for (let remaining = length; remaining > 0;) {
                const chunk = await this.next(remaining);
                remaining -= chunk.length;
                yield chunk;
            }
        };
        return external_node_stream_.Readable.from(read.call(this), { objectMode: false });
    }
    /** Reads and drops `length` bytes (to resume an upload part-way). */
    async skip(length) {
        for (let remaining = length; remaining > 0;)
            remaining -= (await this.next(remaining)).length;
    }
    close() {
        this.source.destroy();
    }
}

;// CONCATENATED MODULE: ./build/oci/upload.js
// Blob uploads: a cross-repository mount when a source is known, else an upload session filled
// monolithically (one PUT streaming the whole blob) or, above a threshold, in chunks (PATCH with
// `Content-Range`, at least `OCI-Chunk-Min-Length` each). A failed chunk resumes from the offset
// the registry reports; a lost session starts over. The digest the registry stores must be ours.







const OCTET_STREAM = { 'content-type': 'application/octet-stream' };
/**
 * The session cannot go on (lost, cancelled, left holding part of a failed PUT): the upload
 * starts over with a new one, no sooner than `afterMs` when the registry said so (Retry-After).
 * `failure` is what the user sees if no attempt is left.
 */
class StartOver extends Error {
    failure;
    afterMs;
    constructor(reason, failure, afterMs) {
        super(reason);
        this.failure = failure;
        this.afterMs = afterMs;
    }
}
/**
 * The source piped through a byte counter. `pipeline` carries a failure of the source to the
 * counter (so the request fails with it, instead of an uncaught error) and destroying the counter
 * releases the source.
 */
function counting(source, report) {
    return (0,external_node_stream_.pipeline)(source, countingTransform(report), () => undefined);
}
/** `Range: 0-<last>` → the offset the next byte goes to. Distribution says `0-0` for nothing yet. */
function nextOffset(range) {
    const match = /^(?:bytes=)?0-(\d+)$/.exec(range?.trim() ?? '');
    if (!match)
        return undefined;
    const last = Number(match[1]);
    return last === 0 ? 0 : last + 1;
}
function upload_sleep(ms) {
    return new Promise((resolve) => setTimeout(resolve, ms));
}
class BlobUpload {
    target;
    blob;
    mountFrom;
    onProgress;
    scope;
    /** The session being filled, at its latest location (which carries its state). */
    open;
    constructor(target, blob, mountFrom, onProgress) {
        this.target = target;
        this.blob = blob;
        this.mountFrom = mountFrom;
        this.onProgress = onProgress;
        this.scope = {
            repository: target.repository,
            push: true,
            ...(mountFrom ? { mountFrom } : {}),
        };
    }
    /**
     * Runs the upload, starting over with a new session when one cannot go on. Single requests
     * are already retried by the transport; only whole sessions are retried here.
     */
    run() {
        const { policy, log } = this.target;
        return (0,oci_retry/* retrying */.R$)(policy, `upload of ${this.blob.digest}`, log, () => this.attempt(), (outcome) => 'error' in outcome && outcome.error instanceof StartOver
            ? {
                reason: outcome.error.message,
                ...(outcome.error.afterMs === undefined ? {} : { afterMs: outcome.error.afterMs }),
            }
            : undefined).catch((error) => {
            throw error instanceof StartOver ? error.failure : error;
        });
    }
    async attempt() {
        const opening = this.start();
        // A run cancelled while the session is being opened learns its location only from the answer,
        // which the POST therefore waits for (`whenCancelled: 'finish'`): then it is given back too.
        const stopWatching = (0,cancellation/* onCancel */.Ao)(async () => {
            await opening.catch(() => undefined);
            await this.cancelSession();
        });
        try {
            const session = await opening;
            if (!session)
                return;
            const { location, minimumChunk } = session;
            if (this.blob.size > this.target.settings.chunkThresholdBytes) {
                const chunk = Math.max(this.target.settings.chunkSizeBytes, minimumChunk);
                await this.finish(await this.chunked(location, chunk), undefined);
            }
            else {
                await this.finish(location, {
                    length: this.blob.size,
                    open: () => counting(this.blob.open(), (sent) => this.report(sent)),
                });
            }
            this.open = undefined; // committed: the registry closed it
        }
        catch (error) {
            // A session that failed keeps what it received until the registry purges it (days, for
            // distribution): given back now. A cancelled run's cleanup does it as well.
            if (!cancellation/* cancelled */.KW.aborted)
                await this.cancelSession();
            throw error;
        }
        finally {
            stopWatching();
        }
    }
    /** `DELETE` on the open session, once; a failure to do so is only logged. */
    async cancelSession() {
        const session = this.open;
        this.open = undefined;
        if (!session)
            return;
        try {
            const response = await this.target.transport.send({
                method: 'DELETE',
                url: session.at,
                scope: this.scope,
                retry: false,
                whenCancelled: 'send',
                followRedirects: false,
            });
            response.discard();
            this.target.log.debug(`Upload session of ${this.blob.digest} cancelled (${response.status}).`);
        }
        catch (error) {
            this.target.log.debug(`Could not cancel the upload session of ${this.blob.digest}: ${String(error)}`);
        }
    }
    report(sent) {
        this.onProgress?.({ digest: this.blob.digest, sent, total: this.blob.size });
    }
    /** A session's location, or `undefined` when the blob was mounted. */
    async start() {
        const url = new URL(`/v2/${this.target.repository}/blobs/uploads/`, this.target.transport.origin);
        if (this.mountFrom) {
            url.searchParams.set('mount', this.blob.digest);
            url.searchParams.set('from', this.mountFrom);
        }
        const response = await this.target.transport.send({
            method: 'POST',
            url,
            scope: this.scope,
            whenCancelled: 'finish',
        });
        if (response.status === 201 && this.mountFrom) {
            response.discard();
            this.checkDigest(response, url);
            this.target.log.debug(`Mounted ${this.blob.digest} from ${this.mountFrom}.`);
            this.report(this.blob.size);
            return undefined;
        }
        if (response.status !== 202) {
            throw await registryError(response, this.target.context('POST', url));
        }
        response.discard();
        const location = this.location(response, url, 'POST');
        this.open = { at: location };
        return {
            location,
            minimumChunk: Number(response.headers.get('oci-chunk-min-length')) || 0,
        };
    }
    /** The session's next location, relative to the request that answered it. */
    location(response, requested, method) {
        const header = response.headers.get('location');
        if (!header) {
            throw protocolError(this.target.context(method, requested), `the registry answered ${method} without the upload's Location`);
        }
        return new URL(header, requested);
    }
    checkDigest(response, url) {
        const stored = response.headers.get('docker-content-digest');
        if (stored && stored !== this.blob.digest) {
            throw protocolError(this.target.context('PUT', url), `the registry stored the blob as ${stored}, not ${this.blob.digest}`);
        }
    }
    /** Closes the session with the digest, sending the rest of the content if there is any. */
    async finish(location, body) {
        const url = new URL(location);
        url.searchParams.set('digest', this.blob.digest);
        const context = this.target.context('PUT', url);
        let response;
        try {
            response = await this.target.transport.send({
                method: 'PUT',
                url,
                headers: body ? OCTET_STREAM : { 'content-length': '0' },
                scope: this.scope,
                // A PUT that fails part-way leaves the session holding part of the blob: the upload
                // starts over from a new session instead of sending the body again to this one.
                ...(body ? { body, retry: false } : {}),
            });
        }
        catch (error) {
            if (body && (0,oci_retry/* isTransientNetworkError */.l)(error)) {
                throw new StartOver('the connection failed during the upload', error);
            }
            throw error;
        }
        if (response.status !== 201 && response.status !== 204) {
            const failure = await registryError(response, context);
            if (response.status === 404 || (body && (0,oci_retry/* isRetryableStatus */.PS)(response.status))) {
                const afterMs = (0,oci_retry/* retryAfterMs */.Vs)(response.headers.get('retry-after'));
                throw new StartOver(`the registry answered ${response.status}`, failure, afterMs);
            }
            throw failure;
        }
        response.discard();
        this.checkDigest(response, url);
        if (!body)
            this.report(this.blob.size);
    }
    /** Sends the blob in chunks; returns the location to close the session at. */
    async chunked(start, chunkSize) {
        const { size } = this.blob;
        let location = start;
        let offset = 0;
        let reader = new SourceReader(this.blob.open());
        let failures = 0;
        try {
            while (offset < size) {
                const length = Math.min(chunkSize, size - offset);
                let failure;
                try {
                    const response = await this.patch(location, reader, offset, length);
                    if (response.status === 202) {
                        response.discard();
                        location = this.location(response, location, 'PATCH');
                        this.open = { at: location };
                        const reached = nextOffset(response.headers.get('range')) ?? offset + length;
                        if (reached === offset + length) {
                            offset = reached;
                            failures = 0;
                            continue;
                        }
                        failure = `the registry took ${reached - offset} of ${length} bytes`;
                    }
                    else if (
                    // 401: the transport refreshed the credentials but cannot send a slice again itself.
                    response.status === 401 ||
                        response.status === 416 ||
                        (0,oci_retry/* isRetryableStatus */.PS)(response.status)) {
                        failure = `the registry answered ${response.status} to a chunk`;
                        response.discard();
                    }
                    else {
                        const error = await registryError(response, this.target.context('PATCH', location));
                        if (response.status === 404)
                            throw new StartOver('the upload session was lost', error);
                        throw error;
                    }
                }
                catch (error) {
                    if (!(0,oci_retry/* isTransientNetworkError */.l)(error))
                        throw error;
                    failure = 'the connection failed during a chunk';
                }
                if (++failures >= this.target.policy.attempts) {
                    throw new StartOver(`${failure}, ${failures} times in a row`, new errors/* UserError */.yo(errors/* ErrorCode */.O4.UPLOAD_FAILED, `Could not push blob ${this.blob.digest} to ` +
                        `${this.target.context('PATCH', location).displayName}: ${failure}, ` +
                        `${failures} times in a row.`));
                }
                await upload_sleep((0,oci_retry/* backoffMs */.jo)(this.target.policy, failures - 1));
                ({ location, offset } = await this.status(location));
                this.open = { at: location };
                this.target.log.info(`Upload of ${this.blob.digest}: ${failure}; resuming at byte ${offset}.`);
                reader.close();
                reader = new SourceReader(this.blob.open());
                await reader.skip(offset);
            }
        }
        finally {
            reader.close();
        }
        return location;
    }
    patch(location, reader, offset, length) {
        return this.target.transport.send({
            method: 'PATCH',
            url: location,
            headers: { ...OCTET_STREAM, 'content-range': `${offset}-${offset + length - 1}` },
            // A second `take` would send the next bytes under this chunk's range: the chunk is sent
            // once, and this loop sends it again from the offset the registry reports.
            body: {
                length,
                open: () => counting(reader.take(length), (sent) => this.report(offset + sent)),
                resendable: false,
            },
            scope: this.scope,
            retry: false,
        });
    }
    /** Where the session stands: `GET <location>` answers 204 with `Range`. */
    async status(location) {
        const response = await this.target.transport.send({
            method: 'GET',
            url: location,
            scope: this.scope,
            followRedirects: false,
        });
        const offset = nextOffset(response.headers.get('range'));
        if (response.status !== 204 || offset === undefined) {
            throw new StartOver(`the upload session cannot be resumed (${response.status})`, await registryError(response, this.target.context('GET', location)));
        }
        response.discard();
        const moved = response.headers.get('location');
        return { location: moved ? new URL(moved, location) : location, offset };
    }
}

;// CONCATENATED MODULE: ./build/oci/registry.js
// A repository in an OCI registry, spoken to over the distribution API through the transport.










/** A tag list or referrers page links the next as `Link: <url>; rel="next"`. */
function nextLink(response, current) {
    const header = response.headers.get('link');
    const match = header && /<([^>]+)>\s*;\s*rel="?next"?/i.exec(header);
    return match ? new URL(match[1], current) : undefined;
}
/** Sanity bound on pages, for a registry that links in a circle. */
const MAX_PAGES = 10_000;
/** One page of tags or referrers; ghcr.io sends up to 10,000 tags in one (about 300 kB). */
const MAX_LIST_PAGE_BYTES = 16 * 1024 * 1024;
/** MANIFEST_BLOB_UNKNOWN: the registry has not caught up with a blob pushed just before. */
function isBlobUnknown(error) {
    return (error instanceof RegistryError && error.errors.some((e) => e.code === 'MANIFEST_BLOB_UNKNOWN'));
}
class RegistryRepository {
    config;
    displayName;
    pull;
    push;
    /** Whether the registry answers the referrers API, once a query has shown it. */
    referrersApi;
    /** Whether the registry honours conditional manifest PUTs, as its answers have shown. */
    conditional = { ifMatch: undefined, ifNoneMatch: false };
    /** Shared tags are read with their ETag and written once per read (shared-tag.ts). */
    sharedTags;
    constructor(config) {
        this.config = config;
        this.displayName = `${config.registry}/${config.repository}`;
        this.pull = { repository: config.repository, push: false };
        this.push = { repository: config.repository, push: true };
        this.sharedTags = {
            displayName: this.displayName,
            read: (tag) => this.fetchManifest(tag),
            putBlob: (blob) => this.putBlob(blob),
            write: (tag, manifest, conditions) => this.putManifestOnce(manifest, tag, conditions),
        };
    }
    prepareToWrite() {
        return this.config.transport.authorize(this.push);
    }
    path(suffix) {
        return new URL(`/v2/${this.config.repository}/${suffix}`, this.config.transport.origin);
    }
    context(operation, method, url) {
        return {
            operation,
            displayName: this.displayName,
            registry: this.config.registry,
            repository: this.config.repository,
            method,
            url,
            authenticated: this.config.transport.authenticated,
            credentialSource: this.config.transport.credentialSource,
        };
    }
    checkReference(reference) {
        if (!(0,oci_reference/* isValidTag */.r_)(reference) && !(0,oci_digest/* isDigest */.Bc)(reference)) {
            throw new errors/* UserError */.yo(errors/* ErrorCode */.O4.REFERENCE_INVALID, `'${reference}' is neither a tag ([a-zA-Z0-9_][a-zA-Z0-9._-]{0,127}) nor a digest.`);
        }
    }
    checkDigestSyntax(digest) {
        if (!(0,oci_digest/* isDigest */.Bc)(digest)) {
            throw new errors/* UserError */.yo(errors/* ErrorCode */.O4.REFERENCE_INVALID, `'${digest}' is not a digest (sha256:<64 hex>).`);
        }
    }
    async hasBlob(digest) {
        this.checkDigestSyntax(digest);
        const url = this.path(`blobs/${digest}`);
        const response = await this.config.transport.send({ method: 'HEAD', url, scope: this.pull });
        response.discard();
        if (response.status === 200)
            return true;
        if (response.status === 404)
            return false;
        throw await registryError(response, this.context(`check blob ${digest} in`, 'HEAD', url));
    }
    async putBlob(blob, options = {}) {
        this.checkDigestSyntax(blob.digest);
        if (await this.hasBlob(blob.digest)) {
            options.onProgress?.({ digest: blob.digest, sent: blob.size, total: blob.size });
            return;
        }
        const mountFrom = options.mountFrom &&
            options.mountFrom !== this.config.repository &&
            (0,oci_reference/* isValidRepository */.d)(options.mountFrom)
            ? options.mountFrom
            : undefined;
        const upload = new BlobUpload({
            transport: this.config.transport,
            repository: this.config.repository,
            policy: this.config.policy,
            log: this.config.log,
            settings: this.config.upload,
            context: (method, url) => this.context(`push blob ${blob.digest} to`, method, url),
        }, blob, mountFrom, options.onProgress);
        await upload.run();
    }
    async getBlob(digest) {
        this.checkDigestSyntax(digest);
        const url = this.path(`blobs/${digest}`);
        const response = await this.config.transport.send({
            method: 'GET',
            url,
            // The digest and Content-Length are of the stored bytes, not of a compressed transfer.
            headers: { 'accept-encoding': 'identity' },
            scope: this.pull,
        });
        if (response.status !== 200) {
            throw await registryError(response, this.context(`read blob ${digest} from`, 'GET', url));
        }
        const length = Number(response.headers.get('content-length'));
        const verifier = new oci_digest/* DigestVerifier */.Do(digest, Number.isFinite(length) && length > 0 ? length : undefined, `blob ${digest} from ${this.displayName}`);
        return (0,external_node_stream_.pipeline)(response.body, verifier, () => undefined);
    }
    /** The manifest and its ETag; `undefined` when the reference does not exist. */
    async fetchManifest(reference) {
        this.checkReference(reference);
        const url = this.path(`manifests/${reference}`);
        const context = this.context(`read manifest ${reference} from`, 'GET', url);
        const response = await this.config.transport.send({
            method: 'GET',
            url,
            headers: { accept: media_types/* MANIFEST_MEDIA_TYPES */.$T.join(', ') },
            scope: this.pull,
            readLimit: media_types/* MAX_MANIFEST_BYTES */.ZJ,
        });
        if (response.status === 404)
            return undefined;
        if (response.status !== 200)
            throw await registryError(response, context);
        const bytes = await response.bytes();
        const declared = response.headers.get('docker-content-digest');
        const expected = (0,oci_digest/* isDigest */.Bc)(reference)
            ? reference
            : declared && (0,oci_digest/* isDigest */.Bc)(declared)
                ? declared
                : undefined;
        const digest = (0,oci_digest/* digestOf */.ol)(bytes, expected ? (0,oci_digest/* splitDigest */.vo)(expected).algorithm : 'sha256');
        if (expected && expected !== digest) {
            throw protocolError(context, `the manifest's content has digest ${digest}, not ${expected}`);
        }
        const etag = response.headers.get('etag');
        return {
            manifest: {
                mediaType: (0,media_types/* manifestMediaType */.gp)(bytes, response.headers.get('content-type')),
                digest,
                bytes,
            },
            ...(etag ? { etag } : {}),
        };
    }
    async getManifest(reference) {
        return (await this.fetchManifest(reference))?.manifest;
    }
    async headManifest(reference) {
        this.checkReference(reference);
        const url = this.path(`manifests/${reference}`);
        const response = await this.config.transport.send({
            method: 'HEAD',
            url,
            headers: { accept: media_types/* MANIFEST_MEDIA_TYPES */.$T.join(', ') },
            scope: this.pull,
        });
        response.discard();
        if (response.status === 404)
            return undefined;
        if (response.status !== 200) {
            throw await registryError(response, this.context(`check manifest ${reference} in`, 'HEAD', url));
        }
        const digest = response.headers.get('docker-content-digest');
        const size = Number(response.headers.get('content-length'));
        const mediaType = response.headers.get('content-type')?.split(';')[0]?.trim();
        if (digest &&
            (0,oci_digest/* isDigest */.Bc)(digest) &&
            size > 0 &&
            mediaType &&
            media_types/* MANIFEST_MEDIA_TYPES */.$T.includes(mediaType)) {
            return { mediaType, digest, size };
        }
        // Not every registry answers HEAD fully; the manifest itself says everything.
        const manifest = await this.getManifest(reference);
        return (manifest && {
            mediaType: manifest.mediaType,
            digest: manifest.digest,
            size: manifest.bytes.length,
        });
    }
    /** The checks every manifest PUT makes first; returns the manifest's digest. */
    checkManifestReference(manifest, reference) {
        this.checkReference(reference);
        const ours = (0,oci_digest/* digestOf */.ol)(manifest.bytes);
        if ((0,oci_digest/* isDigest */.Bc)(reference) && reference !== ours) {
            throw new errors/* UserError */.yo(errors/* ErrorCode */.O4.DIGEST_MISMATCH, `A manifest with digest ${ours} cannot be stored under the digest ${reference}.`);
        }
        return ours;
    }
    sendManifest(manifest, url, extraHeaders, retry) {
        return this.config.transport.send({
            method: 'PUT',
            url,
            headers: { 'content-type': manifest.mediaType, ...extraHeaders },
            body: { length: manifest.bytes.length, open: () => manifest.bytes },
            scope: this.push,
            retry,
        });
    }
    /** The registry stored what we sent (2xx), as the digest we computed. */
    async checkStored(response, context, ours) {
        if (response.status !== 201 && response.status !== 200 && response.status !== 204) {
            throw await registryError(response, context);
        }
        response.discard();
        const stored = response.headers.get('docker-content-digest');
        if (stored && stored !== ours) {
            throw protocolError(context, `the registry stored the manifest as ${stored}, not ${ours}`);
        }
    }
    async putManifest(manifest, reference) {
        const ours = this.checkManifestReference(manifest, reference);
        const url = this.path(`manifests/${reference}`);
        const context = this.context(`push manifest ${reference} to`, 'PUT', url);
        // Every blob a manifest names is pushed (and found) before it, so a registry that does not
        // know one has not caught up: distribution rewrites a repository's blob link in place while
        // a concurrent upload of the same blob commits, and replicated stores lag. Asked again.
        const response = await (0,oci_retry/* retrying */.R$)(this.config.policy, `PUT ${url.pathname}`, this.config.log, async () => {
            const answer = await this.sendManifest(manifest, url, {}, true);
            if (answer.status !== 400)
                return answer;
            throw await registryError(answer, context);
        }, (outcome) => 'error' in outcome && isBlobUnknown(outcome.error)
            ? { reason: 'the registry does not know one of its blobs yet' }
            : undefined);
        await this.checkStored(response, context, ours);
        return ours;
    }
    /**
     * One PUT of a shared tag, with `conditions`, sent once: a stale PUT sent again later is what
     * drops other writers' entries, so every failure goes back to the caller, which reads again.
     */
    async putManifestOnce(manifest, tag, conditions) {
        const ours = this.checkManifestReference(manifest, tag);
        const url = this.path(`manifests/${tag}`);
        const context = this.context(`push manifest ${tag} to`, 'PUT', url);
        const headers = {};
        if (conditions.ifMatch)
            headers['if-match'] = conditions.ifMatch;
        if (conditions.ifNoneMatch)
            headers['if-none-match'] = '*';
        let response;
        try {
            response = await this.sendManifest(manifest, url, headers, false);
        }
        catch (error) {
            if (!(0,oci_retry/* isTransientNetworkError */.l)(error))
                throw error;
            return { kind: 'failed', reason: `the PUT failed (${error.message})` };
        }
        if (response.status === 412) {
            response.discard();
            return { kind: 'refused' };
        }
        if ((0,oci_retry/* isRetryableStatus */.PS)(response.status)) {
            response.discard();
            const afterMs = (0,oci_retry/* retryAfterMs */.Vs)(response.headers.get('retry-after'));
            return {
                kind: 'failed',
                reason: `the registry answered ${response.status}`,
                ...(afterMs === undefined ? {} : { afterMs }),
            };
        }
        if (response.status === 400) {
            const error = await registryError(response, context);
            if (isBlobUnknown(error)) {
                return { kind: 'failed', reason: 'the registry does not know one of its blobs yet' };
            }
            throw error;
        }
        await this.checkStored(response, context, ours);
        return { kind: 'written' };
    }
    updateSharedTag(tag, change) {
        return updateSharedTag(this.sharedTags, tag, change, {
            conditional: this.conditional,
            policy: this.config.policy,
            log: this.config.log,
        });
    }
    async listTags() {
        const tags = [];
        const seen = new Set();
        let url = this.path('tags/list');
        for (let page = 0; url && page < MAX_PAGES && !seen.has(url.href); page++) {
            seen.add(url.href);
            const response = await this.config.transport.send({
                method: 'GET',
                url,
                scope: this.pull,
                readLimit: MAX_LIST_PAGE_BYTES,
            });
            // NAME_UNKNOWN: the repository does not exist yet, so it has no tags.
            if (response.status === 404 && page === 0)
                return [];
            const context = this.context('list the tags of', 'GET', url);
            if (response.status !== 200)
                throw await registryError(response, context);
            // A list that cannot be read is no list: taken as empty, `highest` would move `stable` back.
            const body = (await response.json().catch(() => undefined));
            if (!body || (body.tags !== null && body.tags !== undefined && !Array.isArray(body.tags))) {
                throw protocolError(context, 'the answer is not a tag list');
            }
            if (Array.isArray(body.tags))
                tags.push(...body.tags.filter((t) => typeof t === 'string'));
            url = nextLink(response, url);
        }
        return tags;
    }
    /**
     * The referrers the API lists, or `undefined` when the registry has no API. The first query
     * also tells whether it has one (200 with an index): a listing never asks twice.
     */
    async referrersFromApi(subjectDigest, artifactType) {
        if (this.referrersApi === false)
            return undefined;
        const found = await this.queryReferrers(subjectDigest, artifactType);
        if (this.referrersApi)
            return found ?? [];
        this.referrersApi = found !== undefined;
        return found;
    }
    /** One walk of the referrers API; `undefined` when the registry does not have it. */
    async queryReferrers(subjectDigest, artifactType) {
        let url = this.path(`referrers/${subjectDigest}`);
        if (artifactType)
            url.searchParams.set('artifactType', artifactType);
        const found = [];
        const seen = new Set();
        for (let page = 0; url && page < MAX_PAGES && !seen.has(url.href); page++) {
            seen.add(url.href);
            const response = await this.config.transport.send({
                method: 'GET',
                url,
                headers: { accept: media_types/* OCI_INDEX */.$p },
                scope: this.pull,
                readLimit: MAX_LIST_PAGE_BYTES,
            });
            if (response.status === 401 || response.status === 403) {
                throw await registryError(response, this.context('list the referrers in', 'GET', url));
            }
            const body = response.status === 200
                ? (await response.json().catch(() => undefined))
                : (response.discard(), undefined);
            // Anything but an index (404, 400, 405, or an answer that is not one) means no API.
            if (!body || !Array.isArray(body.manifests))
                return page === 0 ? undefined : found;
            // Registries that did not filter say so by leaving `artifactType` out of this header.
            const filtered = response.headers.get('oci-filters-applied')?.includes('artifactType');
            found.push(...referrersOf(body.manifests, filtered ? undefined : artifactType));
            url = nextLink(response, url);
        }
        return found;
    }
    async addReferrer(subject, referrer) {
        this.checkDigestSyntax(subject.digest);
        // With the API the registry indexes the referrer's `subject` itself.
        const hasApi = this.referrersApi ?? (await this.referrersFromApi(subject.digest)) !== undefined;
        if (hasApi)
            return;
        const tag = fallbackTag(subject.digest);
        await this.updateSharedTag(tag, fallbackIndexChange(this.displayName, tag, referrer));
    }
    async listReferrers(subjectDigest, artifactType) {
        this.checkDigestSyntax(subjectDigest);
        return ((await this.referrersFromApi(subjectDigest, artifactType)) ??
            listFromFallbackIndex(this, subjectDigest, artifactType));
    }
}

// EXTERNAL MODULE: external "node:http"
var external_node_http_ = __webpack_require__(37067);
// EXTERNAL MODULE: external "node:https"
var external_node_https_ = __webpack_require__(44708);
;// CONCATENATED MODULE: ./build/oci/http.js
// One HTTP exchange, over node:http and node:https rather than fetch. Node's fetch is a bundled
// undici that is compiled on first use: 35 ms and about 20 MiB before the first request (measured
// for issue 10), more than the rest of a small artifact's whole push. (Signing still uses fetch,
// through sigstore-js; only runs that sign pay for it.) Connections are kept alive
// by the global agents, which also honour NODE_USE_ENV_PROXY.
//
// An exchange is abandoned when no byte moves for `timeoutMs`, from the first byte sent to the
// last byte of the answer: the clock measures silence, not duration, so a large upload or download
// takes as long as it needs while bytes flow, and a registry (or a proxy) that stalls does not hold
// the run.





/** What was answered; `body` streams it, and must be read or discarded. */
class HttpResponse {
    status;
    statusText;
    rawHeaders;
    body;
    read;
    headers;
    constructor(status, statusText, rawHeaders, body, 
    /** The body's bytes, when they were read before this answer was handed on. */
    read) {
        this.status = status;
        this.statusText = statusText;
        this.rawHeaders = rawHeaders;
        this.body = body;
        this.read = read;
        this.headers = {
            get: (name) => {
                const value = rawHeaders[name.toLowerCase()];
                return value === undefined ? null : Array.isArray(value) ? value.join(', ') : value;
            },
        };
    }
    get ok() {
        return this.status >= 200 && this.status < 300;
    }
    async bytes() {
        if (this.read)
            return this.read;
        const chunks = [];
        for await (const chunk of this.body)
            chunks.push(chunk);
        return Buffer.concat(chunks);
    }
    async text() {
        return (await this.bytes()).toString('utf8');
    }
    async json() {
        return JSON.parse(await this.text());
    }
    /** Drops the unread answer; read to its end, so that the connection can serve the next request. */
    discard() {
        this.body.on('error', () => undefined).resume();
    }
    /** The same answer with `bytes`, already read from the original, as its body. */
    withBody(bytes) {
        const body = external_node_stream_.Readable.from(bytes.length ? [bytes] : []);
        return new HttpResponse(this.status, this.statusText, this.rawHeaders, body, bytes);
    }
}
/** The caller's own content failed while being sent: not a network fault, and no retry would help. */
class BodySourceError extends errors/* UserError */.yo {
    constructor(cause) {
        super(errors/* ErrorCode */.O4.UPLOAD_SOURCE_FAILED, `Reading the content to upload failed: ${cause instanceof Error ? cause.message : String(cause)}`, { cause });
    }
}
/** A TimeoutError, which the retry policy counts as transient. */
function silence(ms) {
    return new DOMException(`no byte moved for ${ms / 1000} s`, 'TimeoutError');
}
/**
 * Sends one request and resolves with the answer once its headers arrive; nothing is followed or
 * retried here. Rejects with `BodySourceError` when a streamed body fails while being sent.
 */
function exchange(url, init) {
    return new Promise((resolve, reject) => {
        const client = url.protocol === 'https:' ? external_node_https_ : external_node_http_;
        let request;
        try {
            request = client.request(url, { method: init.method, headers: init.headers });
        }
        catch (error) {
            // Headers Node refuses to send (a control character in a value) throw here.
            reject(error instanceof Error ? error : new Error(String(error)));
            return;
        }
        let answer;
        const timer = setTimeout(() => {
            const error = silence(init.timeoutMs);
            if (answer)
                answer.destroy(error);
            else
                request.destroy(error);
        }, init.timeoutMs);
        timer.unref();
        const abort = () => {
            const reason = init.signal?.reason;
            if (answer)
                answer.destroy(reason);
            else
                request.destroy(reason);
        };
        if (init.signal?.aborted)
            abort();
        init.signal?.addEventListener('abort', abort, { once: true });
        request.once('close', () => init.signal?.removeEventListener('abort', abort));
        const touch = () => timer.refresh();
        const source = init.body instanceof external_node_stream_.Readable ? init.body : undefined;
        request.on('error', (error) => {
            // Once answered, a failure to send the rest (a server that stopped reading) is the answer's
            // business: if the answer is cut short, its body fails too.
            if (answer)
                return;
            clearTimeout(timer);
            reject(error);
        });
        request.on('response', (message) => {
            answer = message;
            touch();
            // Each chunk the reader takes is progress (a listener on `message` itself would set it
            // flowing before the reader is there). Destroying the body releases the connection.
            const body = (0,external_node_stream_.pipeline)(message, countingTransform(touch), () => undefined);
            body.once('close', () => clearTimeout(timer));
            resolve(new HttpResponse(message.statusCode ?? 0, message.statusMessage ?? '', message.headers, body));
        });
        if (!source) {
            request.end(init.body);
            return;
        }
        source.on('data', touch);
        source.once('error', (error) => request.destroy(new BodySourceError(error)));
        request.once('close', () => source.destroy());
        source.pipe(request);
    });
}

// EXTERNAL MODULE: ./build/oci/read-blob.js
var read_blob = __webpack_require__(50154);
;// CONCATENATED MODULE: ./build/oci/transport.js
// The HTTP layer under the registry client, in three stacked concerns:
//  - authentication: credentials for the scope a request needs, only on the registry's origin;
//  - redirects, followed by hand: once a request has left the registry's origin (blob storage on
//    S3, GCS, Azure) it never carries credentials again, and HTTPS never drops to HTTP;
//  - retries of transient failures, re-opening streamed bodies; an attempt that stops moving is
//    abandoned, and small answers are read whole within the attempt, so that one cut off or
//    stalled part-way is retried too.
// `Warning: 299` headers are shown once each.







const REDIRECTS = new Set([301, 302, 303, 307, 308]);
const MAX_REDIRECTS = 5;
/** The answer with its body read whole, so that one cut off part-way fails this attempt. */
async function readWhole(url, response, limit) {
    const bytes = await (0,read_blob/* readAtMost */.r)(response.body, limit);
    if (bytes === undefined) {
        throw new errors/* UserError */.yo(errors/* ErrorCode */.O4.REGISTRY_PROTOCOL, `The answer to ${url.origin}${url.pathname} is larger than ${limit} bytes, more than ` +
            'any registry sends for it.');
    }
    return response.withBody(bytes);
}
/**
 * Sends one request, no redirects followed, no credentials added; failures of the caller's content
 * are told apart from network ones. With `limits.readLimit` the answer is read whole.
 */
async function sendOnce(method, url, headers, body, limits) {
    const source = body?.open();
    const streamed = source instanceof external_node_stream_.Readable;
    const response = await exchange(url, {
        method,
        headers: body ? { ...headers, 'content-length': String(body.length) } : headers,
        ...(source === undefined ? {} : { body: source }),
        timeoutMs: limits.timeoutMs,
        ...(limits.signal ? { signal: limits.signal } : {}),
    });
    if (REDIRECTS.has(response.status)) {
        // The spec gives uploads no redirects, and following one would read the content twice.
        if (streamed) {
            response.discard();
            throw new errors/* UserError */.yo(errors/* ErrorCode */.O4.REGISTRY_REDIRECT_REFUSED, `The registry redirected the upload ${method} ${url.origin}${url.pathname}; streamed ` +
                'uploads are not sent to redirects.');
        }
        return response;
    }
    return limits.readLimit === undefined ? response : readWhole(url, response, limits.readLimit);
}
/** The innermost error code (`ECONNREFUSED`, `ECONNRESET`, …) or message of a failed request. */
function networkCause(error) {
    let found = error instanceof Error ? error.message : String(error);
    for (let e = error, depth = 0; e && typeof e === 'object' && depth < 5; depth++) {
        const { code, message } = e;
        if (typeof code === 'string')
            found = code;
        else if (typeof message === 'string' && message)
            found = message;
        e = e.cause;
    }
    return found;
}
/**
 * A refused connection is tried once more, not eight times: nothing listens at that address (the
 * registry is down, or the port or host is wrong), and minutes of waiting rarely change that.
 */
const REFUSED_ATTEMPTS = 2;
/** A network failure as a user error naming the host; errors already written for users pass. */
function unreachable(registry, url, error) {
    if (error instanceof errors/* UserError */.yo || !(error instanceof Error))
        return error;
    const cause = networkCause(error);
    // Loopback is always reached over plain HTTP, so only a remote https:// address gets the hint.
    // Only where plain HTTP can be the cause: a name that does not resolve is not that.
    const plainHttp = url.protocol === 'https:' &&
        !(0,oci_reference/* isLoopbackHost */.cW)(url.hostname) &&
        cause !== 'ENOTFOUND' &&
        cause !== 'EAI_AGAIN';
    const advice = (insecure) => cause === 'ECONNREFUSED'
        ? 'Nothing accepted a connection there: is the registry running, and are the host and port right?'
        : `Check the address and the network${plainHttp ? `; a registry that serves plain HTTP needs ${insecure}` : ''}.`;
    const what = `Could not reach ${url.host} for the registry ${registry} (${cause}).`;
    return new errors/* UserError */.yo(errors/* ErrorCode */.O4.REGISTRY_UNREACHABLE, {
        action: `${what} ${advice("'insecure-registry: true'")}`,
        cli: `${what} ${advice('--insecure-registry')}`,
    }, { cause: error });
}
function transientDecision(outcome, retry) {
    if (!retry)
        return undefined;
    if ('error' in outcome) {
        if (!(0,oci_retry/* isTransientNetworkError */.l)(outcome.error))
            return undefined;
        const cause = networkCause(outcome.error);
        return {
            reason: `network error (${cause})`,
            ...(cause === 'ECONNREFUSED' ? { maxAttempts: REFUSED_ATTEMPTS } : {}),
        };
    }
    const response = outcome.value;
    if (!(0,oci_retry/* isRetryableStatus */.PS)(response.status))
        return undefined;
    const afterMs = (0,oci_retry/* retryAfterMs */.Vs)(response.headers.get('retry-after'));
    return {
        reason: `the registry answered ${response.status}`,
        ...(afterMs === undefined ? {} : { afterMs }),
        discard: () => response.discard(),
    };
}
/** Pings and token answers are small; a larger one is not what was asked for. */
const PLAIN_ANSWER_LIMIT = 1024 * 1024;
/** Requests with no credentials and no redirects, retried, read whole: pings and token requests. */
function plainRequest(registry, policy, log, userAgent) {
    return (url, { method = 'GET', headers, body }) => {
        const content = body === undefined ? undefined : Buffer.from(body);
        return (0,oci_retry/* retrying */.R$)(policy, `${method} ${url.host}${url.pathname}`, log, () => sendOnce(method, url, { 'user-agent': userAgent, ...headers }, content && { length: content.length, open: () => content }, { timeoutMs: policy.timeoutMs, readLimit: PLAIN_ANSWER_LIMIT }), (outcome) => transientDecision(outcome, true)).catch((error) => {
            throw unreachable(registry, url, error);
        });
    };
}
class Transport {
    config;
    warned = new Set();
    constructor(config) {
        this.config = config;
    }
    get origin() {
        return this.config.origin;
    }
    get authenticated() {
        return this.config.auth.authenticated;
    }
    get credentialSource() {
        return this.config.auth.credentialSource;
    }
    /** Pings the registry and gets the credentials and token `scope` needs, ahead of the requests. */
    async authorize(scope) {
        await this.config.auth.authorization(scope);
    }
    /** Sends `request`, answering challenges, following redirects and retrying as configured. */
    async send(request) {
        const url = new URL(request.url, this.config.origin);
        const response = await (0,oci_retry/* retrying */.R$)(this.config.policy, `${request.method} ${url.pathname}`, this.config.log, async () => {
            if (request.whenCancelled !== 'send' && cancellation/* cancelled */.KW.aborted)
                throw cancellation/* cancelled */.KW.reason;
            const onOrigin = url.origin === this.config.origin;
            const auth = onOrigin ? await this.config.auth.authorization(request.scope) : undefined;
            const first = await this.follow(request, url, auth);
            if (first.response.status !== 401 || first.url.origin !== this.config.origin) {
                return first.response;
            }
            const better = await this.config.auth.reauthorize(request.scope, first.response, auth);
            if (better === undefined || request.body?.resendable === false)
                return first.response;
            first.response.discard();
            return (await this.follow(request, url, better)).response;
        }, (outcome) => transientDecision(outcome, request.retry !== false)).catch((error) => {
            throw unreachable(this.config.registry, url, error);
        });
        this.showWarnings(response);
        return response;
    }
    headers(extra) {
        return { 'user-agent': this.config.userAgent, ...extra };
    }
    /** Sends and follows redirects; credentials only while the request stays on the registry. */
    async follow(request, start, authorization) {
        let url = start;
        let { method, body } = request;
        let credentials = authorization;
        for (let hop = 0;; hop++) {
            if (url.origin !== this.config.origin)
                credentials = undefined; // and never again
            const headers = this.headers(request.headers);
            if (credentials)
                headers.authorization = credentials;
            const response = await sendOnce(method, url, headers, body, {
                timeoutMs: this.config.policy.timeoutMs,
                ...(request.readLimit === undefined ? {} : { readLimit: request.readLimit }),
                ...((request.whenCancelled ?? 'abort') === 'abort' ? { signal: cancellation/* cancelled */.KW } : {}),
            });
            const location = response.headers.get('location');
            if (request.followRedirects === false || !REDIRECTS.has(response.status) || !location) {
                return { response, url };
            }
            response.discard();
            const next = new URL(location, url);
            if (hop >= MAX_REDIRECTS)
                throw this.redirectRefused(url, 'too many redirects');
            if (next.protocol !== 'https:' && next.protocol !== 'http:') {
                throw this.redirectRefused(url, `a redirect to ${next.protocol} is not followed`);
            }
            if (url.protocol === 'https:' && next.protocol === 'http:' && !(0,oci_reference/* isLoopbackHost */.cW)(next.host)) {
                throw this.redirectRefused(url, `a redirect from HTTPS to ${next.origin} is not followed`);
            }
            if (response.status === 303) {
                method = 'GET';
                body = undefined;
            }
            url = next;
        }
    }
    redirectRefused(url, why) {
        return new errors/* UserError */.yo(errors/* ErrorCode */.O4.REGISTRY_REDIRECT_REFUSED, `The registry ${this.config.registry} redirected ${url.origin}${url.pathname}: ${why}.`);
    }
    showWarnings(response) {
        const header = response.headers.get('warning');
        if (!header)
            return;
        // RFC 7234: `299 <agent> "<text>"`, several joined by commas.
        for (const [, text] of header.matchAll(/299\s+\S+\s+"((?:[^"\\]|\\.)*)"/g)) {
            const message = text.replace(/\\(.)/g, '$1');
            if (this.warned.has(message))
                continue;
            this.warned.add(message);
            this.config.log.warning(`The registry ${this.config.registry} warns: ${message}`);
        }
    }
}

;// CONCATENATED MODULE: ./build/oci/open.js
// The one way in: a target string (`oci://…` or `oci-layout:<dir>`) and options become a Repository.









const DEFAULT_USER_AGENT = 'publish-oci-artifact';
const MiB = 1024 * 1024;
/**
 * A repository in a registry (`oci://host[:port]/repository`; a tag or digest in it is ignored) or
 * an OCI image layout on disk (`oci-layout:<dir>`). Nothing is sent until the first operation.
 */
async function openRepository(target, options = {}) {
    const log = options.log ?? build_log/* silentLog */.aB;
    const parsed = typeof target === 'string' ? (0,oci_location/* parseLocation */.z)(target, options.workspace) : target;
    if (parsed.kind === 'layout') {
        return openLayout(parsed.directory, log);
    }
    return Promise.resolve(openRegistry(parsed, options, log));
}
function openRegistry(reference, options, log) {
    const { registry, repository } = reference;
    if (reference.lowercasedFrom) {
        log.notice(`The repository '${reference.lowercasedFrom}' was lower-cased to '${repository}': ` +
            'OCI repository names are lower-case.');
    }
    const plainHttp = (0,oci_reference/* isLoopbackHost */.cW)(registry) || options.insecure === true;
    if (plainHttp && !(0,oci_reference/* isLoopbackHost */.cW)(registry)) {
        log.warning(`Talking plain HTTP to ${registry} as asked: credentials and content are not encrypted.`);
    }
    const origin = `${plainHttp ? 'http' : 'https'}://${(0,oci_reference/* apiHost */.nz)(registry)}`;
    const policy = (0,oci_retry/* retryPolicy */.Jb)(options.retry);
    const userAgent = options.userAgent ?? DEFAULT_USER_AGENT;
    const credentials = options.credentials ?? (0,oci_credentials/* dockerConfigCredentials */.D)({ log });
    let credential;
    const auth = new Authenticator({
        registry,
        origin,
        credential: () => (credential ??= credentials(registry).then((found) => {
            log.debug(found
                ? `Using credentials for ${registry} from ${found.source}.`
                : `No credentials for ${registry}: anonymous.`);
            return found;
        })),
        request: plainRequest(registry, policy, log, userAgent),
        log,
        clientId: userAgent,
    });
    const transport = new Transport({
        registry,
        origin,
        auth,
        policy,
        log,
        userAgent,
    });
    return new RegistryRepository({
        transport,
        registry,
        repository,
        policy,
        log,
        upload: {
            chunkThresholdBytes: options.upload?.chunkThresholdBytes ?? 128 * MiB,
            chunkSizeBytes: options.upload?.chunkSizeBytes ?? 32 * MiB,
        },
    });
}


/***/ }),

/***/ 50154:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   W: () => (/* binding */ readBlobAtMost),
/* harmony export */   r: () => (/* binding */ readAtMost)
/* harmony export */ });
/** The blob's bytes, or `undefined` when it is larger than `limit`. */
async function readBlobAtMost(repository, digest, limit) {
    return readAtMost(await repository.getBlob(digest), limit);
}
/** All of `stream`, or `undefined` (and the stream destroyed) once it passes `limit` bytes. */
async function readAtMost(stream, limit) {
    const chunks = [];
    let size = 0;
    for await (const chunk of stream) {
        size += chunk.length;
        if (size > limit) {
            stream.destroy();
            return undefined;
        }
        chunks.push(chunk);
    }
    return Buffer.concat(chunks);
}


/***/ }),

/***/ 20907:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   EM: () => (/* binding */ MAX_NAME_LENGTH),
/* harmony export */   F2: () => (/* binding */ parseReference),
/* harmony export */   Sm: () => (/* binding */ hostName),
/* harmony export */   cW: () => (/* binding */ isLoopbackHost),
/* harmony export */   d: () => (/* binding */ isValidRepository),
/* harmony export */   gr: () => (/* binding */ isDockerHub),
/* harmony export */   nz: () => (/* binding */ apiHost),
/* harmony export */   r_: () => (/* binding */ isValidTag)
/* harmony export */ });
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(19473);
/* harmony import */ var _digest_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(1564);
// Registry references: `oci://host[:port]/repository[:tag|@digest]`, parsed, validated against the
// distribution spec's grammar and normalised the way Docker and Flux name the same thing.


const DOCKER_HUB = 'docker.io';
const DOCKER_HUB_ALIASES = new Set([DOCKER_HUB, 'index.docker.io', 'registry-1.docker.io']);
/** Docker Hub's API does not answer on `docker.io` itself. */
const DOCKER_HUB_API = 'registry-1.docker.io';
// distribution-spec: a path component is lower-case alphanumerics joined by `.`, `_`, `__` or `-`s.
const PATH_COMPONENT = '[a-z0-9]+(?:(?:\\.|_|__|-+)[a-z0-9]+)*';
const REPOSITORY_PATTERN = new RegExp(`^${PATH_COMPONENT}(?:/${PATH_COMPONENT})*$`);
const TAG_PATTERN = /^[a-zA-Z0-9_][a-zA-Z0-9._-]{0,127}$/;
const HOST_LABEL = '[a-zA-Z0-9](?:[a-zA-Z0-9-]*[a-zA-Z0-9])?';
const HOST_PATTERN = new RegExp(`^(?:${HOST_LABEL}(?:\\.${HOST_LABEL})*|\\[[0-9a-fA-F:.]+\\])(?::[0-9]{1,5})?$`);
/** Docker's limit on `<registry>/<repository>`, which registries enforce too. */
const MAX_NAME_LENGTH = 255;
function isValidTag(tag) {
    return TAG_PATTERN.test(tag);
}
function isValidRepository(repository) {
    return REPOSITORY_PATTERN.test(repository);
}
function invalid(url, why) {
    return new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .UserError */ .yo(_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .ErrorCode */ .O4.REFERENCE_INVALID, `'${url}' is not a valid OCI reference: ${why}. ` +
        'Expected oci://<host>[:<port>]/<repository>[:<tag>], e.g. oci://ghcr.io/my-org/manifests.');
}
/** Whether the first path component names a registry, by Docker's rule (a dot, a port, localhost). */
function looksLikeHost(component) {
    return (component.includes('.') ||
        component.includes(':') ||
        component.startsWith('[') ||
        component === 'localhost');
}
/**
 * Parses `oci://host[:port]/repository[:tag][@sha256:…]` (the `oci://` prefix may be left out).
 * Without a host the reference is Docker Hub's, as for `docker pull`. An upper-case repository is
 * lower-cased and reported in `lowercasedFrom`.
 */
function parseReference(url) {
    const schemeMatch = /^([a-zA-Z][a-zA-Z0-9+.-]*):\/\//.exec(url);
    if (schemeMatch && schemeMatch[1].toLowerCase() !== 'oci') {
        throw invalid(url, `the scheme must be oci://, not ${schemeMatch[1]}://`);
    }
    let rest = schemeMatch ? url.slice(schemeMatch[0].length) : url;
    if (rest.trim() !== rest || rest === '')
        throw invalid(url, 'it is empty or has spaces');
    let digest;
    const at = rest.lastIndexOf('@');
    if (at !== -1) {
        digest = rest.slice(at + 1);
        rest = rest.slice(0, at);
        if (!(0,_digest_js__WEBPACK_IMPORTED_MODULE_1__/* .isDigest */ .Bc)(digest)) {
            throw invalid(url, `'${digest}' is not a digest (sha256:<64 hex digits>)`);
        }
    }
    let tag;
    const lastColon = rest.lastIndexOf(':');
    if (lastColon > rest.lastIndexOf('/') && !rest.slice(lastColon).includes(']')) {
        tag = rest.slice(lastColon + 1);
        rest = rest.slice(0, lastColon);
        if (!isValidTag(tag)) {
            throw invalid(url, `the tag '${tag}' must match [a-zA-Z0-9_][a-zA-Z0-9._-]{0,127} (at most 128 characters)`);
        }
    }
    const slash = rest.indexOf('/');
    let registry;
    let written;
    if (slash !== -1 && looksLikeHost(rest.slice(0, slash))) {
        registry = rest.slice(0, slash).toLowerCase();
        written = rest.slice(slash + 1);
    }
    else if (slash === -1 && looksLikeHost(rest)) {
        throw invalid(url, 'the repository is missing after the registry host');
    }
    else {
        registry = DOCKER_HUB;
        written = rest;
    }
    if (!HOST_PATTERN.test(registry)) {
        throw invalid(url, `'${registry}' is not a registry host name`);
    }
    if (DOCKER_HUB_ALIASES.has(registry)) {
        registry = DOCKER_HUB;
        if (!written.includes('/'))
            written = `library/${written}`;
    }
    const repository = written.toLowerCase();
    if (!isValidRepository(repository)) {
        throw invalid(url, `the repository '${written}' must be lower-case letters, digits and separators ` +
            "('.', '_', '__', '-') in '/'-separated components");
    }
    if (registry.length + 1 + repository.length > MAX_NAME_LENGTH) {
        throw invalid(url, `'${registry}/${repository}' is longer than ${MAX_NAME_LENGTH} characters`);
    }
    return {
        registry,
        repository,
        ...(tag === undefined ? {} : { tag }),
        ...(digest === undefined ? {} : { digest }),
        ...(repository === written ? {} : { lowercasedFrom: written }),
    };
}
/** The host that answers the registry API for a registry name. */
function apiHost(registry) {
    return registry === DOCKER_HUB ? DOCKER_HUB_API : registry;
}
function isDockerHub(registry) {
    return DOCKER_HUB_ALIASES.has(registry);
}
/** The host name without port or IPv6 brackets, lower-case. */
function hostName(host) {
    const bracketed = /^\[([^\]]+)\](?::\d+)?$/.exec(host);
    if (bracketed)
        return bracketed[1].toLowerCase();
    return host.replace(/:\d+$/, '').toLowerCase();
}
/** `localhost`, `127.0.0.0/8` or `::1`: traffic that never leaves the machine. */
function isLoopbackHost(host) {
    const name = hostName(host);
    return (name === 'localhost' ||
        name.endsWith('.localhost') ||
        /^127(?:\.\d{1,3}){3}$/.test(name) ||
        name === '::1');
}


/***/ }),

/***/ 7620:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Jb: () => (/* binding */ retryPolicy),
/* harmony export */   PS: () => (/* binding */ isRetryableStatus),
/* harmony export */   R$: () => (/* binding */ retrying),
/* harmony export */   Vs: () => (/* binding */ retryAfterMs),
/* harmony export */   jo: () => (/* binding */ backoffMs),
/* harmony export */   l: () => (/* binding */ isTransientNetworkError)
/* harmony export */ });
function retryPolicy(options = {}) {
    return {
        // Eight: a publish makes about 30 requests, and at a 20% failure rate five attempts lost one
        // request in 3,000 (two of four 50-publish fault runs had a failure); eight lose one in 400,000.
        attempts: Math.max(1, options.attempts ?? 8),
        maxElapsedMs: options.maxElapsedMs ?? 120_000,
        baseDelayMs: options.baseDelayMs ?? 500,
        maxDelayMs: options.maxDelayMs ?? 30_000,
        timeoutMs: options.timeoutMs ?? 60_000,
    };
}
/** 408, 429 and server errors, except those that say the request itself can never work. */
function isRetryableStatus(status) {
    return status === 408 || status === 429 || (status >= 500 && status !== 501 && status !== 505);
}
const TRANSIENT_CODES = new Set([
    'ECONNRESET',
    'ECONNREFUSED',
    'ECONNABORTED',
    'EPIPE',
    'ETIMEDOUT',
    'EAI_AGAIN',
    'ENETRESET',
    // undici's: the registry client speaks node:http, but signing reaches Sigstore through fetch.
    'UND_ERR_SOCKET',
    'UND_ERR_CLOSED',
    'UND_ERR_CONNECT_TIMEOUT',
    'UND_ERR_HEADERS_TIMEOUT',
    'UND_ERR_BODY_TIMEOUT',
]);
/** A connection reset, refused or timed out, anywhere in the error's cause chain. */
function isTransientNetworkError(error) {
    for (let e = error, depth = 0; e && typeof e === 'object' && depth < 5; depth++) {
        const { code, name, message } = e;
        if (typeof code === 'string' && TRANSIENT_CODES.has(code))
            return true;
        if (name === 'TimeoutError')
            return true;
        // undici reports a connection closed while a body streams as `TypeError: terminated`.
        if (name === 'TypeError' && message === 'terminated')
            return true;
        e = e.cause;
    }
    return false;
}
/** `Retry-After` in milliseconds, from seconds or an HTTP date; undefined when absent or invalid. */
function retryAfterMs(header, now = Date.now()) {
    if (!header)
        return undefined;
    const value = header.trim();
    if (/^\d+$/.test(value))
        return Number(value) * 1000;
    const date = Date.parse(value);
    return Number.isNaN(date) ? undefined : Math.max(0, date - now);
}
/** Equal jitter: between half and all of base·2ⁿ (capped), so clients that failed together spread out. */
function backoffMs(policy, retry) {
    const ceiling = Math.min(policy.maxDelayMs, policy.baseDelayMs * 2 ** retry);
    return Math.round(ceiling / 2 + (Math.random() * ceiling) / 2);
}
const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));
/**
 * Runs `attempt` until `decide` finds nothing to retry, attempts run out, or the next wait would
 * pass the time budget; then returns (or throws) the last outcome as it is, so the caller can turn
 * a final error response into a precise error.
 */
async function retrying(policy, what, log, attempt, decide) {
    const started = Date.now();
    for (let n = 1;; n++) {
        let outcome;
        try {
            outcome = { value: await attempt(n) };
        }
        catch (error) {
            outcome = { error };
        }
        const decision = decide(outcome);
        if (decision) {
            const wait = Math.max(decision.afterMs ?? 0, backoffMs(policy, n - 1));
            const elapsed = Date.now() - started;
            // A server asking for a longer pause than we would ever wait gets no early retry.
            if (n < Math.min(policy.attempts, decision.maxAttempts ?? policy.attempts) &&
                wait <= policy.maxDelayMs &&
                elapsed + wait <= policy.maxElapsedMs) {
                log.info(`${what}: ${decision.reason}; retrying in ${(wait / 1000).toFixed(1)} s ` +
                    `(attempt ${n + 1} of ${Math.min(policy.attempts, decision.maxAttempts ?? policy.attempts)}).`);
                await decision.discard?.();
                await sleep(wait);
                continue;
            }
            log.debug(`${what}: ${decision.reason}; giving up after ${n} attempt(s).`);
        }
        if ('error' in outcome)
            throw outcome.error;
        return outcome.value;
    }
}


/***/ }),

/***/ 46501:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Ey: () => (/* binding */ networkOverrides),
/* harmony export */   ms: () => (/* binding */ CREDENTIAL_INPUTS),
/* harmony export */   qI: () => (/* binding */ openRepositoryAt)
/* harmony export */ });
/* harmony import */ var _oci_credentials_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(33573);
/* harmony import */ var _oci_open_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(92750);


/** How messages name given credentials; the CLI prints them as its flags (errors.ts). */
const CREDENTIAL_INPUTS = "'username' and 'password'";
/**
 * Test-only knobs, documented in docs/development.md: short retry waits and stall detection, so that the
 * fault-injection suites spend seconds, not minutes, waiting. Unset, the defaults apply.
 */
function networkOverrides(env) {
    const milliseconds = (name) => {
        const value = Number(env[name]);
        return Number.isInteger(value) && value > 0 ? value : undefined;
    };
    return {
        baseDelayMs: milliseconds('PUBLISH_OCI_RETRY_BASE_MS'),
        timeoutMs: milliseconds('PUBLISH_OCI_TIMEOUT_MS'),
    };
}
/** The repository at `location` (the `url` input's, or a chart's under it), as this run reaches it. */
function openRepositoryAt(run, location) {
    const { inputs, runtime, log } = run;
    return (0,_oci_open_js__WEBPACK_IMPORTED_MODULE_1__/* .openRepository */ .h)(location, {
        credentials: (0,_oci_credentials_js__WEBPACK_IMPORTED_MODULE_0__/* .credentialChain */ .VU)({
            username: inputs.username,
            password: inputs.password,
            source: CREDENTIAL_INPUTS,
            fallback: runtime.fallbackCredentials,
            log,
        }),
        insecure: inputs.insecureRegistry,
        log,
        userAgent: runtime.userAgent,
        workspace: runtime.workspace,
        retry: networkOverrides(runtime.env),
    });
}


/***/ })

};
