export const id = 946;
export const ids = [946];
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

/***/ 97946:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  run: () => (/* binding */ run)
});

// EXTERNAL MODULE: ./build/artifact/index.js
var artifact = __webpack_require__(3287);
// EXTERNAL MODULE: ./build/errors.js
var errors = __webpack_require__(19473);
// EXTERNAL MODULE: ./build/artifact/change-detection.js + 1 modules
var change_detection = __webpack_require__(51738);
// EXTERNAL MODULE: ./node_modules/diff/libesm/patch/create.js + 2 modules
var create = __webpack_require__(37291);
// EXTERNAL MODULE: ./build/log.js
var log = __webpack_require__(36650);
;// CONCATENATED MODULE: ./build/review/unified-diff.js
// A change as a unified diff, as `git diff` prints one (`diff --git`, mode lines, `---`/`+++`,
// hunks with three lines of context), for text files; binary files and files whose diff is over
// the cap are shown by size only. The hunks come from jsdiff (the `diff` package): Myers' diff
// with a limit on the edit length, so one huge rewrite costs a bounded time.


/** Small enough for a job summary (GitHub keeps 1 MiB of one step's), large enough to review. */
const DEFAULT_DIFF_LIMITS = { perFile: 20_000, total: 200_000 };
/** Edits beyond this many make jsdiff give up: such a diff would be over the cap anyway. */
const MAX_EDIT_LENGTH = 5_000;
const TEXT = new TextDecoder('utf-8', { fatal: true });
/** The entry's data as text, or undefined for a binary (a NUL, or not UTF-8) or unread one. */
function textOf(entry) {
    if (!entry)
        return '';
    if (entry.type !== 'file')
        return '';
    if (!entry.data || entry.data.includes(0))
        return undefined;
    try {
        return TEXT.decode(entry.data);
    }
    catch {
        return undefined;
    }
}
/** Git's mode: 100644 for a file, 120000 for a symlink, 040000 for a directory. */
function gitMode(entry) {
    if (entry.type === 'symlink')
        return '120000';
    if (entry.type === 'directory')
        return '040000';
    return `100${(entry.mode & 0o777).toString(8).padStart(3, '0')}`;
}
/** `diff --git` and the mode lines git writes before the hunks. */
function gitHeader({ status, path, before, after }) {
    const lines = [`diff --git a/${path} b/${path}`];
    if (status === 'A')
        lines.push(`new file mode ${gitMode(after)}`);
    else if (status === 'D')
        lines.push(`deleted file mode ${gitMode(before)}`);
    else if (gitMode(before) !== gitMode(after)) {
        lines.push(`old mode ${gitMode(before)}`, `new mode ${gitMode(after)}`);
    }
    return lines;
}
function sizes({ before, after }) {
    if (!before)
        return (0,log/* formatBytes */.z3)(after.size);
    if (!after)
        return `${(0,log/* formatBytes */.z3)(before.size)}, deleted`;
    return `${(0,log/* formatBytes */.z3)(before.size)} → ${(0,log/* formatBytes */.z3)(after.size)}`;
}
/** One change as `git diff` would show it, or by size when it is binary or over `perFile`. */
function renderChange(change, perFile) {
    const header = gitHeader(change);
    // Permission bits only: git writes the mode lines and no hunk (the bytes were not kept).
    if (change.before && change.after && change.before.sha256 === change.after.sha256) {
        return { kind: 'diff', text: header.join('\n') };
    }
    const oldText = textOf(change.before);
    const newText = textOf(change.after);
    if (oldText === undefined || newText === undefined) {
        const unread = [change.before, change.after].some((e) => e && e.data === undefined);
        return {
            kind: unread ? 'over-cap' : 'binary',
            text: `${change.path}: ${unread ? 'too large to diff' : 'binary'} (${sizes(change)})`,
        };
    }
    // An empty file added or removed, a change of kind: git writes no `---`/`+++` without a hunk.
    if (oldText === newText)
        return { kind: 'diff', text: header.join('\n') };
    const hunks = (0,create/* createTwoFilesPatch */.ss)(change.before ? `a/${change.path}` : '/dev/null', change.after ? `b/${change.path}` : '/dev/null', oldText, newText, undefined, undefined, { context: 3, maxEditLength: MAX_EDIT_LENGTH, headerOptions: FILE_HEADERS });
    if (hunks === undefined || header.join('\n').length + hunks.length > perFile) {
        return { kind: 'over-cap', text: `${change.path}: diff over the cap (${sizes(change)})` };
    }
    return { kind: 'diff', text: [...header, hunks].join('\n').trimEnd() };
}
/** jsdiff's `---`/`+++` lines without its `Index:` and `===` lines (git writes neither). */
const FILE_HEADERS = { includeIndex: false, includeUnderline: false, includeFileHeaders: true };
/**
 * Every change rendered, in order, within `limits`: once the shown diffs reach `limits.total`, the
 * rest are shown by size only and counted.
 */
function renderChanges(changes, limits = DEFAULT_DIFF_LIMITS) {
    let used = 0;
    let overTotal = 0;
    const rendered = changes.map((change) => {
        const one = renderChange(change, limits.perFile);
        if (one.kind !== 'diff')
            return { change, rendered: one };
        if (used + one.text.length > limits.total) {
            overTotal++;
            const text = `${change.path}: diff over the total cap (${sizes(change)})`;
            return { change, rendered: { kind: 'over-cap', text } };
        }
        used += one.text.length;
        return { change, rendered: one };
    });
    return { changes: rendered, overTotal };
}

// EXTERNAL MODULE: ./build/oci/image-manifest.js
var image_manifest = __webpack_require__(39409);
// EXTERNAL MODULE: ./build/cli/command.js + 1 modules
var command = __webpack_require__(89835);
// EXTERNAL MODULE: ./build/cli/artifact.js
var cli_artifact = __webpack_require__(58431);
// EXTERNAL MODULE: ./build/cli/repository.js
var repository = __webpack_require__(94709);
// EXTERNAL MODULE: ./build/cli/build-source.js
var build_source = __webpack_require__(38831);
// EXTERNAL MODULE: ./build/cli/exit-codes.js
var exit_codes = __webpack_require__(65158);
;// CONCATENATED MODULE: ./build/cli/diff.js
// `diff <url> --path <dir>`: does the published artifact hold what --path would package? Compared
// on the uncompressed content (names, kinds, permission bits, bytes: src/artifact/tar-contents.ts),
// so another gzip or tar writer is no difference. Lists files added, removed and changed, and with
// --unified prints the unified diff a pull request's review shows (src/review/unified-diff.ts).
// Exit 0 equal, 1 different, 2 error: a missing tag is an error, not a difference (Flux's diff
// answers 1 for both).










const SPEC = {
    name: 'diff',
    usage: 'diff <oci://host/repo[:tag|@digest] | oci-layout:dir[:tag]> --path <dir> [flags]',
    description: [
        'Compares the artifact with what publish would package from --path, on the uncompressed',
        'content, and lists the files added (+), removed (-) and changed (~) locally; with',
        '--unified, prints the changes as a unified diff instead (git apply -p1 takes it in the',
        'directory the artifact was pulled to).',
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
        build_source/* IGNORE_PATHS_FLAG */.ll,
        build_source/* RESOLVE_SYMLINKS_FLAG */.dL,
        {
            name: 'unified',
            short: 'u',
            type: 'boolean',
            description: 'Print the unified diff of text files (as a pull request review shows it); binary and ' +
                'very large files are named on stderr with their sizes.',
        },
        command/* OUTPUT_FORMAT_FLAG */.Hb,
        ...repository/* REGISTRY_FLAGS */.sY,
    ],
    negative: 'different',
};
/** The listing's groups, as the text output and the JSON's first fields give them. */
function grouped(changes) {
    const paths = (...statuses) => changes.filter((c) => statuses.includes(c.status)).map((c) => c.path);
    return { added: paths('A'), removed: paths('D'), changed: paths('M', 'T') };
}
function run(argv) {
    return (0,command/* runCommand */.d1)(SPEC, argv, async ({ args, values, log }) => {
        const format = (0,command/* outputFormat */.B$)(values);
        const source = await (0,build_source/* buildSource */.uD)(values);
        const { repository, manifest, name } = await (0,cli_artifact/* resolveArtifact */.B)(args[0], {
            values,
            log,
        });
        const [layer] = (0,image_manifest/* requireImageManifest */.m)(manifest, name).layers;
        if (!layer)
            throw new errors/* UserError */.yo(errors/* ErrorCode */.O4.ARTIFACT_LAYER_MISSING, `${name} has no layers.`);
        const built = await (0,artifact/* buildArtifact */.LR)({ ...source, onWarning: (m) => log.warning(m) });
        const unified = values.unified === true && format === 'text';
        let changes;
        try {
            changes = await (0,change_detection/* changedFiles */.Y_)(repository, layer.digest, built, name, unified);
        }
        finally {
            await built.dispose();
        }
        const equal = changes.length === 0;
        const diff = grouped(changes);
        if (format === 'json') {
            const files = changes.map(({ status, path }) => ({ status, path }));
            process.stdout.write(`${JSON.stringify({ artifact: name, digest: manifest.digest, equal, ...diff, files })}\n`);
        }
        else if (unified) {
            const rendered = renderChanges(changes);
            const patches = rendered.changes.filter((c) => c.rendered.kind === 'diff');
            if (patches.length) {
                process.stdout.write(`${patches.map((c) => c.rendered.text).join('\n')}\n`);
            }
            for (const { rendered: one } of rendered.changes) {
                if (one.kind !== 'diff')
                    log.info(`not shown: ${one.text}`);
            }
        }
        else {
            const lines = [
                ...diff.added.map((f) => `+ ${f}`),
                ...diff.removed.map((f) => `- ${f}`),
                ...diff.changed.map((f) => `~ ${f}`),
            ];
            if (lines.length)
                process.stdout.write(`${lines.join('\n')}\n`);
        }
        if (format === 'text') {
            log.info(equal
                ? `No changes: ${source.path} holds what ${name} holds.`
                : `${source.path} differs from ${name}: ${diff.added.length} added, ${diff.removed.length} removed, ${diff.changed.length} changed.`);
        }
        return equal ? exit_codes/* EXIT */.d.ok : exit_codes/* EXIT */.d.negative;
    });
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


/***/ })

};
