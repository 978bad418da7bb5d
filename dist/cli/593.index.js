export const id = 593;
export const ids = [593];
export const modules = {

/***/ 90106:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   D_: () => (/* binding */ FLUX_CONFIG_MEDIA_TYPE),
/* harmony export */   eM: () => (/* binding */ SOURCE_ANNOTATION),
/* harmony export */   em: () => (/* binding */ FLUX_CONTENT_MEDIA_TYPE),
/* harmony export */   h_: () => (/* binding */ CREATED_ANNOTATION),
/* harmony export */   wB: () => (/* binding */ REVISION_ANNOTATION)
/* harmony export */ });
// The names the Flux artifact format fixes: what `flux push artifact` writes and source-controller
// reads (fluxcd/pkg `oci/globals.go`). Everything that writes or inspects an artifact uses these.
const FLUX_CONFIG_MEDIA_TYPE = 'application/vnd.cncf.flux.config.v1+json';
/** source-controller extracts `layers[0]` only when it is a gzip of a tar. */
const FLUX_CONTENT_MEDIA_TYPE = 'application/vnd.cncf.flux.content.v1.tar+gzip';
const CREATED_ANNOTATION = 'org.opencontainers.image.created';
/** GHCR links a package to its repository through this value. */
const SOURCE_ANNOTATION = 'org.opencontainers.image.source';
/** `<ref name>@sha1:<commit>`, as Flux RFC-0005 records an origin. */
const REVISION_ANNOTATION = 'org.opencontainers.image.revision';


/***/ }),

/***/ 11593:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   run: () => (/* binding */ run)
/* harmony export */ });
/* harmony import */ var semver__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(62088);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(19473);
/* harmony import */ var _artifact_flux_format_js__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(90106);
/* harmony import */ var _oci_artifact_reference_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(58546);
/* harmony import */ var _oci_image_manifest_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(39409);
/* harmony import */ var _command_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(89835);
/* harmony import */ var _exit_codes_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(65158);
/* harmony import */ var _repository_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(94709);
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
        ..._repository_js__WEBPACK_IMPORTED_MODULE_6__/* .REGISTRY_FLAGS */ .sY,
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
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .UserError */ .yo(_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .ErrorCode */ .O4.USAGE_INVALID, `list takes a repository, not a tag or digest: drop ':${artifact.reference}'.`);
        }
        const repository = await (0,_repository_js__WEBPACK_IMPORTED_MODULE_6__/* .openTarget */ .Ap)(artifact.location, {
            values,
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
