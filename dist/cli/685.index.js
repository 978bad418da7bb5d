export const id = 685;
export const ids = [685];
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

/***/ 71685:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   run: () => (/* binding */ run)
/* harmony export */ });
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(19473);
/* harmony import */ var _oci_artifact_reference_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(58546);
/* harmony import */ var _oci_reference_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(20907);
/* harmony import */ var _command_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(89835);
/* harmony import */ var _artifact_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(58431);
/* harmony import */ var _repository_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(94709);
/* harmony import */ var _exit_codes_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(65158);
// `tag <url> --tag <t>…`: points more tags at the manifest a tag or digest names, by pushing the
// same manifest bytes under each tag. No blob is read or uploaded, as `flux tag artifact`.







const SPEC = {
    name: 'tag',
    usage: 'tag <oci://host/repo:tag|@digest | oci-layout:dir:tag|@digest> --tag <tag> [--tag <tag>]…',
    description: 'Points each --tag at the manifest the URL names, in the same repository, without re-uploading.',
    positionals: ['<url>'],
    flags: [
        {
            name: 'tag',
            short: 't',
            type: 'string',
            multiple: true,
            value: '<tag>',
            description: 'A tag to add; repeat it, or separate tags with commas (as Flux). Required.',
        },
        _command_js__WEBPACK_IMPORTED_MODULE_3__/* .OUTPUT_FORMAT_FLAG */ .Hb,
        ..._repository_js__WEBPACK_IMPORTED_MODULE_5__/* .REGISTRY_FLAGS */ .sY,
    ],
};
function run(argv) {
    return (0,_command_js__WEBPACK_IMPORTED_MODULE_3__/* .runCommand */ .d1)(SPEC, argv, async ({ args, values, log }) => {
        const format = (0,_command_js__WEBPACK_IMPORTED_MODULE_3__/* .outputFormat */ .B$)(values);
        const tags = (0,_command_js__WEBPACK_IMPORTED_MODULE_3__/* .listFlag */ .v6)(values, 'tag', { commas: true });
        if (tags.length === 0)
            throw (0,_command_js__WEBPACK_IMPORTED_MODULE_3__/* .usageError */ .Wp)('tag needs at least one --tag <tag>');
        const invalid = tags.filter((t) => !(0,_oci_reference_js__WEBPACK_IMPORTED_MODULE_2__/* .isValidTag */ .r_)(t));
        if (invalid.length) {
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .UserError */ .yo(_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .ErrorCode */ .O4.USAGE_INVALID, `--tag '${invalid[0]}' is not a tag: [a-zA-Z0-9_][a-zA-Z0-9._-]{0,127}.`);
        }
        const { artifact, repository, manifest, name } = await (0,_artifact_js__WEBPACK_IMPORTED_MODULE_4__/* .resolveArtifact */ .B)(args[0], {
            values,
            log,
        });
        for (const tag of tags) {
            await repository.putManifest({ mediaType: manifest.mediaType, bytes: manifest.bytes }, tag);
            log.info(`Tagged ${(0,_oci_artifact_reference_js__WEBPACK_IMPORTED_MODULE_1__/* .artifactName */ .Cs)(artifact, tag)} → ${manifest.digest} (from ${name}).`);
        }
        process.stdout.write(format === 'json'
            ? `${JSON.stringify({ digest: manifest.digest, tags: tags.map((t) => (0,_oci_artifact_reference_js__WEBPACK_IMPORTED_MODULE_1__/* .artifactName */ .Cs)(artifact, t)) })}\n`
            : tags.map((t) => `${(0,_oci_artifact_reference_js__WEBPACK_IMPORTED_MODULE_1__/* .artifactName */ .Cs)(artifact, t)}@${manifest.digest}\n`).join(''));
        return _exit_codes_js__WEBPACK_IMPORTED_MODULE_6__/* .EXIT */ .d.ok;
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


/***/ })

};
