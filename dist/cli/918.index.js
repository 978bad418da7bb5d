export const id = 918;
export const ids = [918];
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

/***/ 9918:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  run: () => (/* binding */ run)
});

// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(51455);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(76760);
// EXTERNAL MODULE: ./build/errors.js
var errors = __webpack_require__(19473);
// EXTERNAL MODULE: ./build/log.js
var build_log = __webpack_require__(36650);
// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(73024);
// EXTERNAL MODULE: external "node:stream/promises"
var external_node_stream_promises_ = __webpack_require__(46466);
// EXTERNAL MODULE: external "node:zlib"
var external_node_zlib_ = __webpack_require__(38522);
// EXTERNAL MODULE: ./node_modules/tar-stream/index.js
var tar_stream = __webpack_require__(56118);
;// CONCATENATED MODULE: ./build/artifact/extract.js
// Extracting a Flux artifact's layer the way Flux does (fluxcd/pkg `tar/untar.go`, which
// source-controller and `flux pull artifact` run), streamed: gunzip → tar → files, one entry at a
// time. The same rules, so that the tree is the one Flux would apply:
// - names that are empty, contain `\`, start with `/` or have a `..` component are refused (Flux
//   refuses `../` anywhere; a bare `..` component is refused here too, before it could fail later);
// - symbolic links are skipped (WithSkipSymlinks); devices, FIFOs and the like are refused;
// - regular files get their header's permission bits and modification time (never later than the
//   start of the extraction); hard links become empty files, as Go's reader reports them regular;
// - directories are made traversable and writable by their owner (mode | 0700), parents of files
//   that come before their directory entry are made with 0750;
// - the sizes of all entries are added up and compared with a maximum as they come.








/**
 * fluxcd/pkg/tar's DefaultMaxUntarSize: 100 MiB of entry content. Flux's own pullers (the CLI,
 * source-controller's OCI client) pass no limit; a user running `pull` gets the library's guard.
 */
const DEFAULT_MAX_EXTRACT_BYTES = 100 * 1024 * 1024;
/** Flux's check (`validRelPath`), and a `..` component, which could only point out of the tree. */
function validName(name) {
    if (name === '' || name.includes('\\') || name.startsWith('/'))
        return false;
    return !name.split('/').includes('..');
}
/** How Go's `archive/tar` reports each type: only these three are extracted or skipped. */
function kindOf(type) {
    switch (type) {
        case 'file':
        case 'contiguous-file':
        case 'link':
            return 'file';
        case 'directory':
            return 'directory';
        case 'symlink':
            return 'symlink';
        default:
            return 'unsupported';
    }
}
function invalid(what, message, cause) {
    return new errors/* UserError */.yo(errors/* ErrorCode */.O4.ARTIFACT_LAYER_INVALID, `Cannot extract ${what}: ${message}.`, {
        cause,
    });
}
/**
 * Extracts the gzipped tar `source` into `directory` (which exists). Rejects on the first entry
 * Flux would refuse; what was extracted up to then stays, for the caller to remove.
 */
async function extractTarGzip(source, directory, options) {
    const started = new Date();
    const extract = (0,tar_stream.extract)();
    const result = { files: 0, directories: 0, skippedSymlinks: [], bytes: 0 };
    const madeDirectories = new Set();
    const consume = async () => {
        for await (const entry of extract) {
            const { header } = entry;
            result.bytes += header.size ?? 0;
            if (options.maxBytes > 0 && result.bytes > options.maxBytes) {
                throw new errors/* UserError */.yo(errors/* ErrorCode */.O4.ARTIFACT_TOO_LARGE, `${options.what} holds more than ${(0,build_log/* formatBytes */.z3)(options.maxBytes)} (at '${header.name}'), ` +
                    'the limit. Raise --max-size (0 for no limit, as Flux’s own pull) if that is expected.');
            }
            if (!validName(header.name)) {
                throw invalid(options.what, `it holds the entry '${header.name}', whose name Flux refuses`);
            }
            const path = (0,external_node_path_.join)(directory, header.name);
            const kind = kindOf(header.type);
            if (kind === 'file') {
                const parent = (0,external_node_path_.dirname)(path);
                if (!madeDirectories.has(parent)) {
                    await (0,promises_.mkdir)(parent, { recursive: true, mode: 0o750 });
                    madeDirectories.add(parent);
                }
                const file = (0,external_node_fs_.createWriteStream)(path, { flags: 'w', mode: (header.mode ?? 0o644) & 0o777 });
                await (0,external_node_stream_promises_.pipeline)(entry, file);
                if (file.bytesWritten !== (header.size ?? 0)) {
                    throw invalid(options.what, `'${header.name}' ended after ${file.bytesWritten} bytes`);
                }
                const modified = header.mtime && header.mtime < started ? header.mtime : started;
                await (0,promises_.utimes)(path, modified, modified);
                result.files++;
                continue;
            }
            entry.resume();
            if (kind === 'directory') {
                await (0,promises_.mkdir)(path, { recursive: true, mode: ((header.mode ?? 0o755) & 0o777) | 0o700 });
                madeDirectories.add(path);
                result.directories++;
            }
            else if (kind === 'symlink') {
                result.skippedSymlinks.push(header.name);
            }
            else {
                throw invalid(options.what, `the entry '${header.name}' is a ${header.type}, which Flux does not extract`);
            }
        }
    };
    try {
        await Promise.all([consume(), (0,external_node_stream_promises_.pipeline)(source, (0,external_node_zlib_.createGunzip)(), extract)]);
    }
    catch (error) {
        source.destroy();
        if (error instanceof errors/* UserError */.yo)
            throw error;
        const code = error.code;
        if (code?.startsWith('Z_') || /tar|header|end of data/i.test(String(error))) {
            throw invalid(options.what, `it is not a valid gzip-compressed tar (${String(error)})`, error);
        }
        throw error;
    }
    return result;
}

// EXTERNAL MODULE: ./build/artifact/flux-format.js
var flux_format = __webpack_require__(90106);
// EXTERNAL MODULE: ./build/oci/image-manifest.js
var image_manifest = __webpack_require__(39409);
// EXTERNAL MODULE: ./build/verify/index.js + 7 modules
var verify = __webpack_require__(28009);
// EXTERNAL MODULE: ./build/verify/report.js
var verify_report = __webpack_require__(19820);
// EXTERNAL MODULE: ./build/cli/command.js + 1 modules
var command = __webpack_require__(89835);
// EXTERNAL MODULE: ./build/cli/artifact.js
var artifact = __webpack_require__(58431);
// EXTERNAL MODULE: ./build/cli/repository.js
var repository = __webpack_require__(94709);
// EXTERNAL MODULE: ./build/cli/exit-codes.js
var exit_codes = __webpack_require__(65158);
// EXTERNAL MODULE: ./build/cli/verification-flags.js + 2 modules
var verification_flags = __webpack_require__(70529);
;// CONCATENATED MODULE: ./build/cli/pull.js
// `pull <url> --output <dir>`: extracts the artifact exactly as Flux does (src/artifact/extract.ts),
// after verifying it when verification flags are given, as an OCIRepository with `verify` does:
// nothing is extracted from an artifact that does not verify. The tree is extracted next to
// --output and moved into place whole, so a failure leaves no partial directory.














const SPEC = {
    name: 'pull',
    usage: 'pull <oci://host/repo[:tag|@digest] | oci-layout:dir[:tag]> --output <dir> [flags]',
    description: [
        'Extracts the artifact into a new (or empty) directory as Flux does (fluxcd/pkg/tar): symbolic',
        "links skipped, names with '..', '\\' or a leading '/' refused, directories made traversable,",
        'at most --max-size of content. With the verification flags of `verify`, the artifact is',
        'verified first (as Flux ≥ 2.8) and nothing is extracted unless it verifies.',
        'Prints the digest, source, revision and created annotations as name=value lines on stdout.',
    ].join('\n'),
    positionals: ['<url>'],
    flags: [
        {
            name: 'output',
            short: 'o',
            type: 'string',
            value: '<dir>',
            description: 'The directory to extract into: new, or empty. Required.',
        },
        {
            name: 'layer-media-type',
            type: 'string',
            value: '<media type>',
            description: "Extract the first layer of this media type (as OCIRepository's layerSelector.mediaType); " +
                'default: the first layer.',
        },
        {
            name: 'max-size',
            type: 'string',
            value: '<size>',
            description: 'The most content to extract, e.g. 2GiB; default 100MiB (fluxcd/pkg/tar’s default; Flux’s ' +
                'own pull sets none); 0 for no limit.',
        },
        ...verification_flags/* VERIFICATION_FLAGS */.AE,
        ...repository/* REGISTRY_FLAGS */.sY,
    ],
    negative: 'not verified (nothing extracted)',
};
const UNITS = {
    '': 1,
    B: 1,
    kB: 1000,
    KiB: 1024,
    MB: 1000 ** 2,
    MiB: 1024 ** 2,
    GB: 1000 ** 3,
    GiB: 1024 ** 3,
};
function parseSize(text) {
    const match = /^(\d+)\s*([A-Za-z]*)$/.exec(text.trim());
    const unit = match ? UNITS[match[2]] : undefined;
    if (!match || unit === undefined) {
        throw (0,command/* usageError */.Wp)(`--max-size '${text}' is not a size: write e.g. 100MiB, 2GiB, 500MB or 0`);
    }
    return Number(match[1]) * unit;
}
/** The output directory: new or empty, in a parent that exists. */
async function checkOutput(output) {
    const found = await (0,promises_.stat)(output).catch(() => undefined);
    if (found) {
        if (!found.isDirectory() || (await (0,promises_.readdir)(output)).length > 0) {
            throw (0,command/* usageError */.Wp)(`--output ${output} exists and is not an empty directory: choose a new one`);
        }
        return { exists: true };
    }
    const parent = await (0,promises_.stat)((0,external_node_path_.dirname)(output)).catch(() => undefined);
    if (!parent?.isDirectory()) {
        throw (0,command/* usageError */.Wp)(`--output ${output}: its parent directory ${(0,external_node_path_.dirname)(output)} does not exist`);
    }
    return { exists: false };
}
function run(argv) {
    return (0,command/* runCommand */.d1)(SPEC, argv, async ({ args, values, log }) => {
        const outputFlag = (0,command/* stringFlag */.AM)(values, 'output');
        if (!outputFlag)
            throw (0,command/* usageError */.Wp)('pull needs --output <dir>, the directory to extract into');
        const output = (0,external_node_path_.resolve)(outputFlag);
        const maxSizeFlag = (0,command/* stringFlag */.AM)(values, 'max-size');
        const maxBytes = maxSizeFlag === undefined ? DEFAULT_MAX_EXTRACT_BYTES : parseSize(maxSizeFlag);
        const policy = (0,verification_flags/* wantsVerification */.ni)(values) ? await (0,verification_flags/* verificationPolicy */.WG)(values, log) : undefined;
        const { exists } = await checkOutput(output);
        const { repository, manifest, name } = await (0,artifact/* resolveArtifact */.B)(args[0], {
            values,
            log,
        });
        const image = (0,image_manifest/* requireImageManifest */.m)(manifest, name);
        if (policy) {
            const report = await (0,verify/* verifyArtifact */.oc)(repository, manifest.digest, policy);
            if (!report.verdicts.flux.verified) {
                process.stderr.write(`${(0,verify_report/* reportText */.U)(report, name, 'flux')}\n`);
                log.info(`error: ${name} is not verified: nothing was extracted.`);
                return exit_codes/* EXIT */.d.negative;
            }
            log.info(`Verified ${name}@${manifest.digest} (${report.verdicts.flux.summary}).`);
        }
        const mediaType = (0,command/* stringFlag */.AM)(values, 'layer-media-type');
        const layer = mediaType ? image.layers.find((l) => l.mediaType === mediaType) : image.layers[0];
        if (!layer) {
            throw new errors/* UserError */.yo(errors/* ErrorCode */.O4.ARTIFACT_LAYER_MISSING, mediaType
                ? `${name} has no layer of media type ${mediaType} (it has: ${image.layers.map((l) => l.mediaType).join(', ') || 'none'}).`
                : `${name} has no layers.`);
        }
        const staging = await (0,promises_.mkdtemp)((0,external_node_path_.join)((0,external_node_path_.dirname)(output), `.${(0,external_node_path_.basename)(output)}.pull-`));
        try {
            await (0,promises_.chmod)(staging, 0o755);
            const result = await extractTarGzip(await repository.getBlob(layer.digest), staging, {
                maxBytes,
                what: `layer ${layer.digest} of ${name}`,
            });
            if (exists)
                await (0,promises_.rmdir)(output);
            await (0,promises_.rename)(staging, output);
            log.info(`Extracted ${result.files} files (${(0,build_log/* formatBytes */.z3)(result.bytes)}) of ${name}@${manifest.digest} into ${output}` +
                (result.skippedSymlinks.length
                    ? `; skipped ${result.skippedSymlinks.length} symbolic links`
                    : '') +
                '.');
        }
        catch (error) {
            await (0,promises_.rm)(staging, { recursive: true, force: true });
            throw error;
        }
        const lines = {
            digest: manifest.digest,
            url: name,
            source: image.annotations[flux_format/* SOURCE_ANNOTATION */.eM] ?? '',
            revision: image.annotations[flux_format/* REVISION_ANNOTATION */.wB] ?? '',
            created: image.annotations[flux_format/* CREATED_ANNOTATION */.h_] ?? '',
            output,
        };
        for (const [key, value] of Object.entries(lines))
            process.stdout.write(`${key}=${value}\n`);
        return exit_codes/* EXIT */.d.ok;
    });
}


/***/ })

};
