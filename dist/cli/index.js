#!/usr/bin/env node
import { createRequire as __WEBPACK_EXTERNAL_createRequire } from "module";
/******/ var __webpack_modules__ = ({

/***/ 42613:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("assert");

/***/ }),

/***/ 20181:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("buffer");

/***/ }),

/***/ 35317:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("child_process");

/***/ }),

/***/ 76982:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("crypto");

/***/ }),

/***/ 72250:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("dns");

/***/ }),

/***/ 24434:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("events");

/***/ }),

/***/ 79896:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("fs");

/***/ }),

/***/ 91943:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("fs/promises");

/***/ }),

/***/ 58611:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("http");

/***/ }),

/***/ 85675:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("http2");

/***/ }),

/***/ 65692:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("https");

/***/ }),

/***/ 69278:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("net");

/***/ }),

/***/ 4573:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:buffer");

/***/ }),

/***/ 31421:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:child_process");

/***/ }),

/***/ 77598:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:crypto");

/***/ }),

/***/ 53053:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:diagnostics_channel");

/***/ }),

/***/ 78474:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:events");

/***/ }),

/***/ 73024:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:fs");

/***/ }),

/***/ 51455:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:fs/promises");

/***/ }),

/***/ 37067:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:http");

/***/ }),

/***/ 44708:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:https");

/***/ }),

/***/ 48161:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:os");

/***/ }),

/***/ 76760:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:path");

/***/ }),

/***/ 57075:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:stream");

/***/ }),

/***/ 46466:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:stream/promises");

/***/ }),

/***/ 46193:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:string_decoder");

/***/ }),

/***/ 73136:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:url");

/***/ }),

/***/ 57975:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:util");

/***/ }),

/***/ 38522:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:zlib");

/***/ }),

/***/ 70857:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("os");

/***/ }),

/***/ 16928:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("path");

/***/ }),

/***/ 932:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("process");

/***/ }),

/***/ 2203:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("stream");

/***/ }),

/***/ 13193:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("string_decoder");

/***/ }),

/***/ 53557:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("timers");

/***/ }),

/***/ 16460:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("timers/promises");

/***/ }),

/***/ 64756:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("tls");

/***/ }),

/***/ 52018:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("tty");

/***/ }),

/***/ 87016:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("url");

/***/ }),

/***/ 39023:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("util");

/***/ }),

/***/ 43106:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("zlib");

/***/ }),

/***/ 42529:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   Ao: () => (/* binding */ onCancel),
/* harmony export */   KW: () => (/* binding */ cancelled),
/* harmony export */   qS: () => (/* binding */ exitWhenCancelled)
/* harmony export */ });
/* unused harmony exports CancelledError, cancel */
/* harmony import */ var node_events__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(78474);
/* harmony import */ var node_os__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(48161);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_2__ = __nccwpck_require__(19473);
// A cancelled run: the Actions runner sends SIGINT, then SIGTERM 7.5 s later, then SIGKILL. On the
// first signal the run stops sending requests (those in flight are abandoned), gives back what it
// holds open in the registry (upload sessions, which would otherwise keep their partial data until
// the registry purges them), and exits, all well inside that grace period. Nothing else needs
// undoing: tags move last, once everything they point at is stored.



const cleanups = new Set();
const controller = new AbortController();
// Every request in flight listens (and stops listening once done): no leak to warn about.
(0,node_events__WEBPACK_IMPORTED_MODULE_0__.setMaxListeners)(0, controller.signal);
/** Aborted once the run is cancelled: no request starts after it, in-flight ones are dropped. */
const cancelled = controller.signal;
/** The error every request of a cancelled run fails with. */
class CancelledError extends _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .UserError */ .yo {
    constructor(reason) {
        super(_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .ErrorCode */ .O4.CANCELLED, `The run was cancelled (${reason}).`);
    }
}
/** Registers `cleanup` to run if the run is cancelled; call the returned function once it is not needed. */
function onCancel(cleanup) {
    cleanups.add(cleanup);
    return () => void cleanups.delete(cleanup);
}
/** Cancels the run: aborts `cancelled`, then runs every cleanup, for at most `timeoutMs`. */
async function cancel(reason, timeoutMs) {
    controller.abort(new CancelledError(reason));
    const pending = [...cleanups].map((cleanup) => cleanup());
    cleanups.clear();
    let timer;
    await Promise.race([
        Promise.allSettled(pending),
        new Promise((resolve) => (timer = setTimeout(resolve, timeoutMs))),
    ]);
    clearTimeout(timer);
}
/** How long the cleanups may take: well inside the 7.5 s before the runner's next signal. */
const CLEANUP_MS = 3_000;
/**
 * On SIGINT or SIGTERM: cancel, then `report` the signal and exit with 128 + its number. A second
 * signal while cleaning up exits at once.
 */
function exitWhenCancelled(report) {
    let cancelling = false;
    for (const signal of ['SIGINT', 'SIGTERM']) {
        process.on(signal, () => {
            const code = 128 + node_os__WEBPACK_IMPORTED_MODULE_1__.constants.signals[signal];
            if (cancelling)
                process.exit(code);
            cancelling = true;
            void cancel(signal, CLEANUP_MS).finally(() => {
                report(signal);
                process.exit(code);
            });
        });
    }
}


/***/ }),

/***/ 86067:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   J: () => (/* binding */ dispatch),
/* harmony export */   n: () => (/* binding */ COMMAND_NAMES)
/* harmony export */ });
const COMMANDS = {
    publish: () => Promise.all(/* import() */[__nccwpck_require__.e(118), __nccwpck_require__.e(298), __nccwpck_require__.e(88), __nccwpck_require__.e(6), __nccwpck_require__.e(27), __nccwpck_require__.e(652), __nccwpck_require__.e(182)]).then(__nccwpck_require__.bind(__nccwpck_require__, 68182)),
    pull: () => Promise.all(/* import() */[__nccwpck_require__.e(118), __nccwpck_require__.e(128), __nccwpck_require__.e(187), __nccwpck_require__.e(27), __nccwpck_require__.e(642), __nccwpck_require__.e(918)]).then(__nccwpck_require__.bind(__nccwpck_require__, 9918)),
    list: () => Promise.all(/* import() */[__nccwpck_require__.e(88), __nccwpck_require__.e(27), __nccwpck_require__.e(593)]).then(__nccwpck_require__.bind(__nccwpck_require__, 11593)),
    tag: () => Promise.all(/* import() */[__nccwpck_require__.e(27), __nccwpck_require__.e(685)]).then(__nccwpck_require__.bind(__nccwpck_require__, 71685)),
    diff: () => Promise.all(/* import() */[__nccwpck_require__.e(118), __nccwpck_require__.e(298), __nccwpck_require__.e(291), __nccwpck_require__.e(27), __nccwpck_require__.e(652), __nccwpck_require__.e(946)]).then(__nccwpck_require__.bind(__nccwpck_require__, 97946)),
    build: () => Promise.all(/* import() */[__nccwpck_require__.e(118), __nccwpck_require__.e(298), __nccwpck_require__.e(652), __nccwpck_require__.e(321)]).then(__nccwpck_require__.bind(__nccwpck_require__, 67482)),
    verify: () => Promise.all(/* import() */[__nccwpck_require__.e(128), __nccwpck_require__.e(187), __nccwpck_require__.e(27), __nccwpck_require__.e(642), __nccwpck_require__.e(712)]).then(__nccwpck_require__.bind(__nccwpck_require__, 58712)),
};
const COMMAND_NAMES = Object.keys(COMMANDS);
/** Runs the command `argv` names first, else publish with all of `argv`. */
async function dispatch(argv) {
    const [first, ...rest] = argv;
    const named = first !== undefined && Object.hasOwn(COMMANDS, first);
    const { run } = await COMMANDS[named ? first : 'publish']();
    return run(named ? rest : argv);
}


/***/ }),

/***/ 59713:
/***/ ((__webpack_module__, __unused_webpack___webpack_exports__, __nccwpck_require__) => {

__nccwpck_require__.a(__webpack_module__, async (__webpack_handle_async_dependencies__, __webpack_async_result__) => { try {
/* harmony import */ var _cancellation_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(42529);
/* harmony import */ var _dispatch_js__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(86067);
// The CLI's entry: `publish-oci-artifact [<command>] [flags]` (dispatch.ts), logs on stderr, what
// scripts read on stdout, the exit status of exit-codes.ts.


// Ctrl-C or a CI system's cancel: give back open upload sessions (cancellation.ts), then exit.
(0,_cancellation_js__WEBPACK_IMPORTED_MODULE_0__/* .exitWhenCancelled */ .qS)((signal) => process.stderr.write(`error: cancelled (${signal}) before the command finished: no tag points at a partial artifact.\n`));
process.exitCode = await (0,_dispatch_js__WEBPACK_IMPORTED_MODULE_1__/* .dispatch */ .J)(process.argv.slice(2));

__webpack_async_result__();
} catch(e) { __webpack_async_result__(e); } }, 1);

/***/ }),

/***/ 19473:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   Ic: () => (/* binding */ describeFailure),
/* harmony export */   O4: () => (/* binding */ ErrorCode),
/* harmony export */   Xu: () => (/* binding */ inputError),
/* harmony export */   yo: () => (/* binding */ UserError)
/* harmony export */ });
/* unused harmony export ERROR_CATALOGUE */
// Errors written for the person running the action or the CLI: what went wrong, which input (or
// flag, or file) or registry answer caused it, and what to do. Each has a code from the catalogue
// below; only the entry points (index.ts, cli/) decide how to print them, in the words of their
// surface: an input in the action, a flag or a file in the CLI.
/**
 * Every code a UserError carries, by area. A code not listed here does not compile
 * (`UserError.code` is an ErrorCode); __tests__/docs.test.ts checks that docs/errors.md lists each.
 */
const ERROR_CATALOGUE = {
    // Inputs, flags and the run's environment.
    INPUT_INVALID: {
        meaning: 'An input (a flag in the CLI) has a value that cannot be used.',
        fix: 'Correct the input the message names; its documentation lists the accepted values.',
        common: true,
    },
    USAGE_INVALID: {
        meaning: 'A CLI command was called with a flag or argument it does not take.',
        fix: 'Run the command with --help for its flags and arguments.',
    },
    ENV_INVALID: {
        meaning: 'An environment variable the run reads (SOURCE_DATE_EPOCH) has a value that is not usable.',
        fix: 'Set it as the message says, or unset it.',
    },
    NOT_IN_ACTIONS: {
        meaning: "The action's entry ran without the GitHub Actions environment (GITHUB_EVENT_NAME, GITHUB_SHA).",
        fix: 'Run the action in a workflow; outside Actions use the CLI, which reads the context from git.',
    },
    EVENT_UNSUPPORTED: {
        meaning: 'The triggering event has nothing to publish (for example a push that deleted a branch).',
        fix: 'Skip the step for that event (e.g. `if: github.event.deleted != true`).',
    },
    GIT_UNAVAILABLE: {
        meaning: 'The CLI could not read the checked-out commit, or its time, from git.',
        fix: 'Run the CLI inside a Git clone with at least one commit, with git on PATH.',
    },
    CANCELLED: {
        meaning: 'The run was cancelled (SIGINT or SIGTERM) before it finished; no tag points at a partial artifact.',
        fix: 'Run again to publish.',
    },
    // The directory to package (Flux artifacts).
    ARTIFACT_PATH_NOT_FOUND: {
        meaning: 'The path to package does not exist in the workspace.',
        fix: 'Check the path, and that the repository is checked out before the step.',
    },
    ARTIFACT_PATH_OUTSIDE_WORKSPACE: {
        meaning: 'The path to package resolves to a place outside the workspace.',
        fix: 'Package a directory of the repository.',
    },
    ARTIFACT_PATH_IS_SYMLINK: {
        meaning: 'The path to package is a symbolic link.',
        fix: 'Give the directory it points to.',
    },
    ARTIFACT_WORKSPACE_NOT_FOUND: {
        meaning: 'The workspace directory cannot be read.',
        fix: 'Check that the job checked the repository out, and the working directory.',
    },
    ARTIFACT_UNREADABLE: {
        meaning: 'A file under the path cannot be read.',
        fix: "Make it readable by the job's user, or leave it out ('ignore-paths', or .helmignore for a chart).",
    },
    ARTIFACT_FILE_CHANGED: {
        meaning: 'A file changed while it was being packaged.',
        fix: 'Make sure no other step writes to the path while this one runs.',
    },
    ARTIFACT_UNSUPPORTED_FILE: {
        meaning: 'The path holds something that is neither a regular file nor a directory (a pipe, a socket, a device).',
        fix: "Remove it, or leave it out with 'ignore-paths'.",
    },
    ARTIFACT_INVALID_NAME: {
        meaning: "An entry's name contains '\\' or '../', which Flux refuses in an artifact.",
        fix: "Rename it, or leave it out with 'ignore-paths'.",
    },
    ARTIFACT_SYMLINK_DANGLING: {
        meaning: 'A symbolic link under the path points to nothing.',
        fix: "Fix or remove the link, or leave it out with 'ignore-paths'.",
    },
    ARTIFACT_SYMLINK_CYCLE: {
        meaning: 'A symbolic link under the path points to one of its own parent directories.',
        fix: "Remove the link, or leave it out with 'ignore-paths'.",
    },
    ARTIFACT_SYMLINK_OUTSIDE_WORKSPACE: {
        meaning: 'A symbolic link under the path resolves outside the workspace.',
        fix: "Point it inside the workspace, or leave it out with 'ignore-paths'.",
    },
    ARTIFACT_WRITE_FAILED: {
        meaning: 'The compressed layer could not be written to the temporary directory.',
        fix: 'Check the free space and permissions of RUNNER_TEMP (the system temporary directory in the CLI).',
    },
    // Artifacts read back (pull, diff, verify, list).
    ARTIFACT_NOT_FOUND: {
        meaning: 'No artifact is at the reference given.',
        fix: 'Check the tag or digest; the list command shows the tags of the repository.',
    },
    ARTIFACT_INVALID: {
        meaning: 'The manifest at the reference is not an image manifest with layers: not a Flux artifact.',
        fix: 'Give the reference of a Flux artifact (or a Helm chart).',
    },
    ARTIFACT_LAYER_MISSING: {
        meaning: 'The artifact has no layer to read.',
        fix: 'Give the reference of a Flux artifact; republish it if it was written by another tool.',
    },
    ARTIFACT_LAYER_INVALID: {
        meaning: "The artifact's layer is not a gzip tar Flux can extract.",
        fix: 'Republish the artifact; check the tool that wrote it.',
    },
    ARTIFACT_TOO_LARGE: {
        meaning: 'The extracted artifact holds more than the size limit.',
        fix: 'Raise --max-size (0 for no limit) if that size is expected.',
    },
    // Helm charts.
    CHART_NOT_FOUND: {
        meaning: 'The chart directory, or its Chart.yaml, does not exist.',
        fix: "Point 'path' at the directory that holds Chart.yaml.",
    },
    CHART_NOT_A_DIRECTORY: {
        meaning: 'The chart path is not a directory.',
        fix: "Point 'path' at the chart's directory, not an archive or a file.",
    },
    CHART_OUTSIDE_WORKSPACE: {
        meaning: 'The chart directory resolves outside the workspace.',
        fix: 'Package a chart of the repository.',
    },
    CHART_YAML_INVALID: {
        meaning: 'Chart.yaml is not YAML Helm reads.',
        fix: 'Fix the YAML at the place the message gives (helm lint shows the same).',
    },
    CHART_METADATA_INVALID: {
        meaning: 'Chart.yaml lacks a field Helm requires, or has one of the wrong type.',
        fix: 'Fix the field the message names (helm lint shows the same).',
    },
    CHART_VERSION_INVALID: {
        meaning: 'The chart version is not a semantic version.',
        fix: "Fix 'version' in Chart.yaml, or the 'chart-version' input.",
    },
    CHART_VERSION_NOT_A_TAG: {
        meaning: 'The chart version cannot be written as an OCI tag.',
        fix: 'Use a version of at most 128 characters of letters, digits, dots, dashes and plus signs.',
    },
    CHART_VERSION_EXISTS: {
        meaning: 'The chart version is already published with other content; chart versions are immutable.',
        fix: 'Bump the version (in Chart.yaml, or the version input the message names).',
        common: true,
    },
    CHART_INVALID_NAME: {
        meaning: "A chart file's name holds '\\', which Helm reads as a directory separator.",
        fix: 'Rename it, or leave it out with .helmignore.',
    },
    CHART_NAME_NOT_A_REPOSITORY: {
        meaning: "The chart's name cannot be part of an OCI repository name.",
        fix: 'Rename the chart in its Chart.yaml (lower-case letters and digits, joined by ., _ or -).',
    },
    CHART_VALUES_INVALID: {
        meaning: 'values.yaml is not a YAML mapping Helm reads.',
        fix: 'Fix values.yaml at the place the message gives.',
    },
    CHART_SCHEMA_INVALID: {
        meaning: 'values.schema.json is not valid JSON.',
        fix: 'Fix the JSON of values.schema.json.',
    },
    CHART_LOCK_INVALID: {
        meaning: 'Chart.lock (or requirements.lock) cannot be read.',
        fix: "Regenerate it with 'helm dependency update'.",
    },
    CHART_DEPENDENCY_MISSING: {
        meaning: 'Chart.yaml lists dependencies that charts/ does not hold.',
        fix: "Run 'helm dependency build' before the step (and do not .helmignore charts/).",
    },
    CHART_REQUIREMENTS_UNSUPPORTED: {
        meaning: 'The chart lists dependencies in requirements.yaml, which apiVersion v2 charts do not read.',
        fix: "Move them to Chart.yaml's dependencies (and run 'helm dependency update').",
    },
    CHART_SUBCHART_INVALID: {
        meaning: 'A subchart under charts/ cannot be read as Helm would load it.',
        fix: "Rebuild charts/ with 'helm dependency build'.",
    },
    CHART_HELMIGNORE_INVALID: {
        meaning: '.helmignore has a pattern Helm refuses.',
        fix: 'Fix the pattern the message names.',
    },
    CHART_FILE_TOO_LARGE: {
        meaning: 'A chart file is larger than Helm loads.',
        fix: 'Leave it out with .helmignore, or make it smaller.',
    },
    CHART_TOO_LARGE: {
        meaning: 'The chart holds more bytes than Helm loads.',
        fix: 'Leave large files out with .helmignore.',
    },
    CHART_UNSUPPORTED_FILE: {
        meaning: 'The chart holds something that is neither a regular file nor a directory.',
        fix: 'Remove it, or leave it out with .helmignore.',
    },
    CHART_SYMLINK_DANGLING: {
        meaning: 'A symbolic link in the chart points to nothing.',
        fix: 'Fix or remove the link, or leave it out with .helmignore.',
    },
    CHART_SYMLINK_CYCLE: {
        meaning: 'A symbolic link in the chart points to one of its own parent directories.',
        fix: 'Remove the link, or leave it out with .helmignore.',
    },
    CHART_SYMLINK_OUTSIDE_WORKSPACE: {
        meaning: 'A symbolic link in the chart resolves outside the workspace.',
        fix: 'Point it inside the workspace, or leave it out with .helmignore.',
    },
    CHART_PROVENANCE_UNREADABLE: {
        meaning: "The chart's provenance file cannot be read.",
        fix: "Make it readable, or drop 'chart-provenance'.",
    },
    CHART_PROVENANCE_INVALID: {
        meaning: 'The provenance file is not a signed Helm provenance file.',
        fix: "Regenerate it with 'helm package --sign'.",
    },
    CHART_PROVENANCE_MISMATCH: {
        meaning: 'The provenance file signs another chart archive than the one built.',
        fix: "Regenerate it from the same chart with 'helm package --sign', or drop it.",
    },
    // References, registries and OCI layouts.
    REFERENCE_INVALID: {
        meaning: 'The repository or artifact reference is not one this tool reads.',
        fix: 'Write it as oci://<host>[:<port>]/<repository>[:<tag>|@<digest>], or oci-layout:<dir>[:<tag>].',
    },
    REGISTRY_UNREACHABLE: {
        meaning: 'No connection could be made to the registry (refused, unknown host, TLS or network failure).',
        fix: 'Check the address, that the registry runs, and for a remote registry serving plain HTTP the insecure-registry option.',
        common: true,
    },
    REGISTRY_UNAUTHORIZED: {
        meaning: 'The registry asked for credentials, or refused those given (401).',
        fix: 'Log in (docker login, docker/login-action) or give a username and password; check they have not expired.',
        common: true,
    },
    REGISTRY_DENIED: {
        meaning: 'The credentials were accepted but may not do this (403).',
        fix: 'Grant them access to the repository (on ghcr.io: `permissions: packages: write`, and the package’s Actions access).',
        common: true,
    },
    REGISTRY_RATE_LIMITED: {
        meaning: 'The registry is rate-limiting the requests (429) and kept doing so through the retries.',
        fix: 'Run again later, or authenticate for a higher limit.',
    },
    REGISTRY_NOT_FOUND: {
        meaning: 'The registry answered 404 where the repository or content should be.',
        fix: 'Check the repository name; some registries (Amazon ECR) need the repository created first.',
        common: true,
    },
    REGISTRY_UNAVAILABLE: {
        meaning: 'The registry kept answering with a server error (5xx or 408) through the retries.',
        fix: "Run again later; check the registry's status.",
    },
    REGISTRY_REJECTED: {
        meaning: 'The registry refused a request with another client error.',
        fix: "Read the registry's answer in the message; some registries accept only listed media types.",
    },
    REGISTRY_PROTOCOL: {
        meaning: 'The registry answered something the OCI distribution protocol does not allow.',
        fix: 'Check that the address is an OCI registry (not a web page or proxy); report it if it is one.',
    },
    REGISTRY_REALM_REFUSED: {
        meaning: "The registry's token service (its realm) is at an address this tool does not send credentials to.",
        fix: 'Check the registry address; the message says why the realm was refused.',
    },
    REGISTRY_REDIRECT_REFUSED: {
        meaning: 'The registry redirected a streamed upload, which cannot be replayed.',
        fix: 'Use the address the registry redirects to.',
    },
    UPLOAD_FAILED: {
        meaning: 'A blob upload failed after its retries.',
        fix: 'Run again; the message gives the registry’s last answer.',
    },
    UPLOAD_SOURCE_FAILED: {
        meaning: 'The content being uploaded could not be read.',
        fix: 'Check the temporary directory; run again.',
    },
    DIGEST_MISMATCH: {
        meaning: 'Content read from the registry or layout does not match its digest.',
        fix: 'Run again; if it persists, the registry or a proxy alters content.',
    },
    BLOB_UNKNOWN: {
        meaning: 'A blob the manifest refers to is not in the OCI layout.',
        fix: 'Republish to the layout; check that nothing removed blobs from it.',
    },
    LAYOUT_INVALID: {
        meaning: 'The directory is not an OCI image layout (or its index.json is broken).',
        fix: 'Choose an empty or new directory for oci-layout:, or repair index.json.',
    },
    LAYOUT_LOCKED: {
        meaning: "The OCI layout's lock file has been held too long.",
        fix: 'If no other process writes the layout, delete the lock file the message names.',
    },
    REFERRERS_INDEX_INVALID: {
        meaning: 'The referrers tag (sha256-<hex>) holds something other than an OCI image index.',
        fix: 'Delete that tag, or publish to another repository.',
    },
    SHARED_TAG_CONFLICT: {
        meaning: 'Other writers kept replacing a shared tag (signatures, referrers) this run adds to.',
        fix: 'Run again once the other publishes of this digest are done.',
    },
    // Registry credentials.
    DOCKER_CONFIG_INVALID: {
        meaning: 'The Docker config (config.json) cannot be read as JSON.',
        fix: 'Fix or remove it (DOCKER_CONFIG says where it is).',
    },
    CREDENTIAL_HELPER_INVALID: {
        meaning: 'The Docker config names a credential helper whose name is not a plain name.',
        fix: 'Fix credsStore or credHelpers in the Docker config.',
    },
    CREDENTIAL_HELPER_FAILED: {
        meaning: 'A docker-credential helper failed or timed out.',
        fix: 'Run the helper by hand to see why; or give credentials another way.',
    },
    // Signing and verifying.
    SIGN_NO_ID_TOKEN: {
        meaning: 'Keyless signing has no OIDC identity token.',
        fix: 'In the action, give the job `permissions: id-token: write`; in the CLI set SIGSTORE_ID_TOKEN; or sign with a cosign key.',
        common: true,
    },
    SIGN_ID_TOKEN_FAILED: {
        meaning: 'The OIDC identity token could not be fetched or read.',
        fix: 'Give a token issued for the sigstore audience; re-run if the token service failed.',
    },
    SIGN_FULCIO_FAILED: {
        meaning: 'Fulcio did not issue a signing certificate.',
        fix: "Check 'fulcio-url', and that the token's issuer is one this Fulcio trusts.",
    },
    SIGN_REKOR_FAILED: {
        meaning: 'Rekor did not record the signature.',
        fix: "Check 'rekor-url'; re-run if Rekor had an outage.",
    },
    SIGN_TSA_FAILED: {
        meaning: 'The timestamp authority did not timestamp the signature.',
        fix: "Check 'tsa-url' (its full endpoint).",
    },
    SIGN_DIGEST_UNSUPPORTED: {
        meaning: 'The manifest digest is not sha256, which cosign names signatures after.',
        fix: 'Publish with sha256 digests (the default).',
    },
    SIGNATURE_MANIFEST_INVALID: {
        meaning: 'The existing signature tag (sha256-<hex>.sig) holds something other than an image manifest with layers.',
        fix: 'Delete that tag so the signature can be written again.',
    },
    SIGNATURE_MANIFEST_FULL: {
        meaning: 'The signature tag already holds as many signatures as it may.',
        fix: 'Delete old signatures from that tag.',
    },
    TRUSTED_ROOT_INVALID: {
        meaning: 'The trusted root file is not a Sigstore trusted_root.json.',
        fix: 'Give one written by `cosign trusted-root create`, or the public-good one.',
    },
    TUF_ROOT_INVALID: {
        meaning: 'The --tuf-root file cannot be read, or is not TUF root metadata.',
        fix: "Give the TUF repository's root.json (its first, 1.root.json, or a later one).",
    },
    TUF_ROOT_MISSING: {
        meaning: 'The root of the TUF repository given with --tuf-mirror is not known here.',
        fix: "Give the repository's initial root.json with --tuf-root, or a trusted root with --trusted-root.",
    },
    TUF_TARGET_MISSING: {
        meaning: 'The TUF repository publishes no trusted_root.json target.',
        fix: 'Check --tuf-mirror, or give a trusted root with --trusted-root.',
    },
    TUF_CACHE_UNWRITABLE: {
        meaning: 'The cache of TUF metadata cannot be written.',
        fix: 'Set XDG_CACHE_HOME to a writable directory, or give --trusted-root.',
    },
    TUF_METADATA_INVALID: {
        meaning: 'The TUF repository sent metadata that does not verify against the root known here.',
        fix: 'If the repository was rebuilt with new keys, delete the cache the message names; else report it.',
    },
    TUF_UNREACHABLE: {
        meaning: 'The TUF repository cannot be reached and no unexpired copy of its metadata is cached.',
        fix: 'Retry when online, or give a trusted root with --trusted-root.',
    },
};
/** The codes as constants, to raise and match them by: `ErrorCode.INPUT_INVALID`. */
const ErrorCode = Object.fromEntries(Object.keys(ERROR_CATALOGUE).map((code) => [code, code]));
function bySurface(message) {
    return typeof message === 'string' ? { action: message, cli: message } : message;
}
class UserError extends Error {
    /** A stable, machine-readable code from the catalogue, e.g. `INPUT_INVALID`. */
    code;
    /** The action input (or, by the same name, CLI flag) the error is about, when there is one. */
    input;
    /** The message in the CLI's words (`message` is the action's). */
    cliMessage;
    constructor(code, message, options = {}) {
        const { action, cli } = bySurface(message);
        super(action, options.cause === undefined ? undefined : { cause: options.cause });
        this.name = 'UserError';
        this.code = code;
        this.input = options.input;
        this.cliMessage = cli;
    }
}
/** An error about one input: the message names it and says what to do. */
function inputError(input, message, cause) {
    const { action, cli } = bySurface(message);
    return new UserError(ErrorCode.INPUT_INVALID, { action: `Input '${input}': ${action}`, cli }, {
        input,
        cause,
    });
}
/**
 * Failures of the layers that know no input names (the registry client), by code: the input they
 * are about, so that the message and the annotation name it as for every other bad input.
 */
const INPUT_OF_CODE = {
    REFERENCE_INVALID: 'url',
    REGISTRY_UNREACHABLE: 'url',
};
const ACTION_SURFACE = { kind: 'action' };
/** How an entry point reports a failure: one message, and the input at fault when there is one. */
function describeFailure(error, surface = ACTION_SURFACE) {
    if (!(error instanceof UserError)) {
        const message = error instanceof Error ? error.message : String(error);
        return { message: error instanceof Error ? `Unexpected error: ${message}` : message };
    }
    const input = error.input ?? INPUT_OF_CODE[error.code];
    const found = { code: error.code, ...(input === undefined ? {} : { input }) };
    if (surface.kind === 'cli') {
        // Inputs the message names in quotes ('ignore-paths') are the command's flags of that name.
        const text = error.cliMessage.replace(/'([a-z][a-z0-9-]*)'/g, (quoted, name) => surface.flag(name) ?? quoted);
        const flag = input === undefined ? undefined : surface.flag(input);
        const named = flag === undefined || text.startsWith(flag);
        return { message: named ? text : `${flag}: ${text}`, ...found };
    }
    const named = input === undefined || error.message.startsWith(`Input '${input}'`);
    return { message: named ? error.message : `Input '${input}': ${error.message}`, ...found };
}


/***/ })

/******/ });
/************************************************************************/
/******/ // The module cache
/******/ var __webpack_module_cache__ = {};
/******/ 
/******/ // The require function
/******/ function __nccwpck_require__(moduleId) {
/******/ 	// Check if module is in cache
/******/ 	var cachedModule = __webpack_module_cache__[moduleId];
/******/ 	if (cachedModule !== undefined) {
/******/ 		return cachedModule.exports;
/******/ 	}
/******/ 	// Create a new module (and put it into the cache)
/******/ 	var module = __webpack_module_cache__[moduleId] = {
/******/ 		// no module.id needed
/******/ 		// no module.loaded needed
/******/ 		exports: {}
/******/ 	};
/******/ 
/******/ 	// Execute the module function
/******/ 	var threw = true;
/******/ 	try {
/******/ 		__webpack_modules__[moduleId].call(module.exports, module, module.exports, __nccwpck_require__);
/******/ 		threw = false;
/******/ 	} finally {
/******/ 		if(threw) delete __webpack_module_cache__[moduleId];
/******/ 	}
/******/ 
/******/ 	// Return the exports of the module
/******/ 	return module.exports;
/******/ }
/******/ 
/******/ // expose the modules object (__webpack_modules__)
/******/ __nccwpck_require__.m = __webpack_modules__;
/******/ 
/************************************************************************/
/******/ /* webpack/runtime/asset-relocator-loader */
/******/ if (typeof __nccwpck_require__ !== 'undefined') __nccwpck_require__.ab = decodeURIComponent(new URL('.', import.meta.url).pathname).slice(import.meta.url.match(/^file:\/\/\/\w:/) ? 1 : 0, -1) + "/";
/******/ 
/******/ /* webpack/runtime/async module */
/******/ (() => {
/******/ 	var webpackQueues = typeof Symbol === "function" ? Symbol("webpack queues") : "__webpack_queues__";
/******/ 	var webpackExports = typeof Symbol === "function" ? Symbol("webpack exports") : "__webpack_exports__";
/******/ 	var webpackError = typeof Symbol === "function" ? Symbol("webpack error") : "__webpack_error__";
/******/ 	var resolveQueue = (queue) => {
/******/ 		if(queue && queue.d < 1) {
/******/ 			queue.d = 1;
/******/ 			queue.forEach((fn) => (fn.r--));
/******/ 			queue.forEach((fn) => (fn.r-- ? fn.r++ : fn()));
/******/ 		}
/******/ 	}
/******/ 	var wrapDeps = (deps) => (deps.map((dep) => {
/******/ 		if(dep !== null && typeof dep === "object") {
/******/ 			if(dep[webpackQueues]) return dep;
/******/ 			if(dep.then) {
/******/ 				var queue = [];
/******/ 				queue.d = 0;
/******/ 				dep.then((r) => {
/******/ 					obj[webpackExports] = r;
/******/ 					resolveQueue(queue);
/******/ 				}, (e) => {
/******/ 					obj[webpackError] = e;
/******/ 					resolveQueue(queue);
/******/ 				});
/******/ 				var obj = {};
/******/ 				obj[webpackQueues] = (fn) => (fn(queue));
/******/ 				return obj;
/******/ 			}
/******/ 		}
/******/ 		var ret = {};
/******/ 		ret[webpackQueues] = x => {};
/******/ 		ret[webpackExports] = dep;
/******/ 		return ret;
/******/ 	}));
/******/ 	__nccwpck_require__.a = (module, body, hasAwait) => {
/******/ 		var queue;
/******/ 		hasAwait && ((queue = []).d = -1);
/******/ 		var depQueues = new Set();
/******/ 		var exports = module.exports;
/******/ 		var currentDeps;
/******/ 		var outerResolve;
/******/ 		var reject;
/******/ 		var promise = new Promise((resolve, rej) => {
/******/ 			reject = rej;
/******/ 			outerResolve = resolve;
/******/ 		});
/******/ 		promise[webpackExports] = exports;
/******/ 		promise[webpackQueues] = (fn) => (queue && fn(queue), depQueues.forEach(fn), promise["catch"](x => {}));
/******/ 		module.exports = promise;
/******/ 		body((deps) => {
/******/ 			currentDeps = wrapDeps(deps);
/******/ 			var fn;
/******/ 			var getResult = () => (currentDeps.map((d) => {
/******/ 				if(d[webpackError]) throw d[webpackError];
/******/ 				return d[webpackExports];
/******/ 			}))
/******/ 			var promise = new Promise((resolve) => {
/******/ 				fn = () => (resolve(getResult));
/******/ 				fn.r = 0;
/******/ 				var fnQueue = (q) => (q !== queue && !depQueues.has(q) && (depQueues.add(q), q && !q.d && (fn.r++, q.push(fn))));
/******/ 				currentDeps.map((dep) => (dep[webpackQueues](fnQueue)));
/******/ 			});
/******/ 			return fn.r ? promise : getResult();
/******/ 		}, (err) => ((err ? reject(promise[webpackError] = err) : outerResolve(exports)), resolveQueue(queue)));
/******/ 		queue && queue.d < 0 && (queue.d = 0);
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/create fake namespace object */
/******/ (() => {
/******/ 	var getProto = Object.getPrototypeOf ? (obj) => (Object.getPrototypeOf(obj)) : (obj) => (obj.__proto__);
/******/ 	var leafPrototypes;
/******/ 	// create a fake namespace object
/******/ 	// mode & 1: value is a module id, require it
/******/ 	// mode & 2: merge all properties of value into the ns
/******/ 	// mode & 4: return value when already ns object
/******/ 	// mode & 16: return value when it's Promise-like
/******/ 	// mode & 8|1: behave like require
/******/ 	__nccwpck_require__.t = function(value, mode) {
/******/ 		if(mode & 1) value = this(value);
/******/ 		if(mode & 8) return value;
/******/ 		if(typeof value === 'object' && value) {
/******/ 			if((mode & 4) && value.__esModule) return value;
/******/ 			if((mode & 16) && typeof value.then === 'function') return value;
/******/ 		}
/******/ 		var ns = Object.create(null);
/******/ 		__nccwpck_require__.r(ns);
/******/ 		var def = {};
/******/ 		leafPrototypes = leafPrototypes || [null, getProto({}), getProto([]), getProto(getProto)];
/******/ 		for(var current = mode & 2 && value; typeof current == 'object' && !~leafPrototypes.indexOf(current); current = getProto(current)) {
/******/ 			Object.getOwnPropertyNames(current).forEach((key) => (def[key] = () => (value[key])));
/******/ 		}
/******/ 		def['default'] = () => (value);
/******/ 		__nccwpck_require__.d(ns, def);
/******/ 		return ns;
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/define property getters */
/******/ (() => {
/******/ 	// define getter functions for harmony exports
/******/ 	__nccwpck_require__.d = (exports, definition) => {
/******/ 		for(var key in definition) {
/******/ 			if(__nccwpck_require__.o(definition, key) && !__nccwpck_require__.o(exports, key)) {
/******/ 				Object.defineProperty(exports, key, { enumerable: true, get: definition[key] });
/******/ 			}
/******/ 		}
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/ensure chunk */
/******/ (() => {
/******/ 	__nccwpck_require__.f = {};
/******/ 	// This file contains only the entry chunk.
/******/ 	// The chunk loading function for additional chunks
/******/ 	__nccwpck_require__.e = (chunkId) => {
/******/ 		return Promise.all(Object.keys(__nccwpck_require__.f).reduce((promises, key) => {
/******/ 			__nccwpck_require__.f[key](chunkId, promises);
/******/ 			return promises;
/******/ 		}, []));
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/get javascript chunk filename */
/******/ (() => {
/******/ 	// This function allow to reference async chunks
/******/ 	__nccwpck_require__.u = (chunkId) => {
/******/ 		// return url for filenames based on template
/******/ 		return "" + chunkId + ".index.js";
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/hasOwnProperty shorthand */
/******/ (() => {
/******/ 	__nccwpck_require__.o = (obj, prop) => (Object.prototype.hasOwnProperty.call(obj, prop))
/******/ })();
/******/ 
/******/ /* webpack/runtime/make namespace object */
/******/ (() => {
/******/ 	// define __esModule on exports
/******/ 	__nccwpck_require__.r = (exports) => {
/******/ 		if(typeof Symbol !== 'undefined' && Symbol.toStringTag) {
/******/ 			Object.defineProperty(exports, Symbol.toStringTag, { value: 'Module' });
/******/ 		}
/******/ 		Object.defineProperty(exports, '__esModule', { value: true });
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/import chunk loading */
/******/ (() => {
/******/ 	// no baseURI
/******/ 	
/******/ 	// object to store loaded and loading chunks
/******/ 	// undefined = chunk not loaded, null = chunk preloaded/prefetched
/******/ 	// [resolve, Promise] = chunk loading, 0 = chunk loaded
/******/ 	var installedChunks = {
/******/ 		792: 0
/******/ 	};
/******/ 	
/******/ 	var installChunk = (data) => {
/******/ 		var {ids, modules, runtime} = data;
/******/ 		// add "modules" to the modules object,
/******/ 		// then flag all "ids" as loaded and fire callback
/******/ 		var moduleId, chunkId, i = 0;
/******/ 		for(moduleId in modules) {
/******/ 			if(__nccwpck_require__.o(modules, moduleId)) {
/******/ 				__nccwpck_require__.m[moduleId] = modules[moduleId];
/******/ 			}
/******/ 		}
/******/ 		if(runtime) runtime(__nccwpck_require__);
/******/ 		for(;i < ids.length; i++) {
/******/ 			chunkId = ids[i];
/******/ 			if(__nccwpck_require__.o(installedChunks, chunkId) && installedChunks[chunkId]) {
/******/ 				installedChunks[chunkId][0]();
/******/ 			}
/******/ 			installedChunks[ids[i]] = 0;
/******/ 		}
/******/ 	
/******/ 	}
/******/ 	
/******/ 	__nccwpck_require__.f.j = (chunkId, promises) => {
/******/ 			// import() chunk loading for javascript
/******/ 			var installedChunkData = __nccwpck_require__.o(installedChunks, chunkId) ? installedChunks[chunkId] : undefined;
/******/ 			if(installedChunkData !== 0) { // 0 means "already installed".
/******/ 	
/******/ 				// a Promise means "currently loading".
/******/ 				if(installedChunkData) {
/******/ 					promises.push(installedChunkData[1]);
/******/ 				} else {
/******/ 					if(true) { // all chunks have JS
/******/ 						// setup Promise in chunk cache
/******/ 						var promise = import("./" + __nccwpck_require__.u(chunkId)).then(installChunk, (e) => {
/******/ 							if(installedChunks[chunkId] !== 0) installedChunks[chunkId] = undefined;
/******/ 							throw e;
/******/ 						});
/******/ 						var promise = Promise.race([promise, new Promise((resolve) => (installedChunkData = installedChunks[chunkId] = [resolve]))])
/******/ 						promises.push(installedChunkData[1] = promise);
/******/ 					}
/******/ 				}
/******/ 			}
/******/ 	};
/******/ 	
/******/ 	// no prefetching
/******/ 	
/******/ 	// no preloaded
/******/ 	
/******/ 	// no external install chunk
/******/ 	
/******/ 	// no on chunks loaded
/******/ })();
/******/ 
/************************************************************************/
/******/ 
/******/ // startup
/******/ // Load entry module and return exports
/******/ // This entry module used 'module' so it can't be inlined
/******/ var __webpack_exports__ = __nccwpck_require__(59713);
/******/ __webpack_exports__ = await __webpack_exports__;
/******/ 
