export const id = 652;
export const ids = [652];
export const modules = {

/***/ 76061:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   An: () => (/* binding */ irregularKind),
/* harmony export */   CA: () => (/* binding */ errorCode),
/* harmony export */   Gt: () => (/* binding */ displayPath),
/* harmony export */   Sw: () => (/* binding */ unreadableError),
/* harmony export */   gN: () => (/* binding */ unsupportedFileError),
/* harmony export */   pz: () => (/* binding */ changedWhilePackagingError)
/* harmony export */ });
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(76760);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(19473);


/** A path relative to the workspace when it lies inside, else absolute. */
function displayPath(path, workspace) {
    const inside = (0,node_path__WEBPACK_IMPORTED_MODULE_0__.relative)(workspace, path);
    if (inside === '')
        return '.';
    return inside.startsWith('..') || (0,node_path__WEBPACK_IMPORTED_MODULE_0__.isAbsolute)(inside) ? path : inside;
}
function errorCode(error) {
    return error?.code;
}
/** How a user leaves a file out of a Flux artifact; a Helm chart's errors say `.helmignore`. */
const LEAVE_OUT_OF_FLUX_ARTIFACT = "add it to 'ignore-paths'";
function unreadableError(shownPath, cause, leaveOut = LEAVE_OUT_OF_FLUX_ARTIFACT) {
    return new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .UserError */ .yo(_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .ErrorCode */ .O4.ARTIFACT_UNREADABLE, `${shownPath} cannot be read (${errorCode(cause) ?? String(cause)}). Make it readable by ` +
        `the job's user, or ${leaveOut}.`, { input: 'path', cause });
}
/** A file whose size changed between the walk and the read would make a tar that lies. */
function changedWhilePackagingError(shownPath) {
    return new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .UserError */ .yo(_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .ErrorCode */ .O4.ARTIFACT_FILE_CHANGED, `${shownPath} changed while it was being packaged. Make sure no other step writes to the ` +
        `path while this one runs.`, { input: 'path' });
}
/** What a file that is neither regular nor a directory is, for a message. */
function irregularKind(stats) {
    return stats.isFIFO()
        ? 'a named pipe (FIFO)'
        : stats.isSocket()
            ? 'a socket'
            : stats.isCharacterDevice() || stats.isBlockDevice()
                ? 'a device'
                : 'neither a regular file nor a directory';
}
/** Flux refuses a whole artifact holding anything but regular files and directories. */
function unsupportedFileError(shownPath, stats, leaveOut = LEAVE_OUT_OF_FLUX_ARTIFACT) {
    return new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .UserError */ .yo(_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .ErrorCode */ .O4.ARTIFACT_UNSUPPORTED_FILE, `${shownPath} is ${irregularKind(stats)}; an artifact holds only regular files and ` +
        `directories (Flux refuses the whole artifact otherwise, Helm refuses to load it). Remove ` +
        `it or ${leaveOut}.`, { input: 'path' });
}


/***/ }),

/***/ 73747:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   L: () => (/* binding */ buildArtifact)
/* harmony export */ });
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(51455);
/* harmony import */ var node_os__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(48161);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(76760);
/* harmony import */ var node_stream__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(57075);
/* harmony import */ var _oci_digest_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(1564);
/* harmony import */ var _oci_media_types_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(54566);
/* harmony import */ var _flux_format_js__WEBPACK_IMPORTED_MODULE_9__ = __webpack_require__(90106);
/* harmony import */ var _layer_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(92695);
/* harmony import */ var _manifest_js__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(2186);
/* harmony import */ var _walk_js__WEBPACK_IMPORTED_MODULE_8__ = __webpack_require__(14412);
// buildArtifact: a path in the workspace becomes the three pieces a Flux artifact is made of (one
// gzipped tar layer in a temp file, a config, a manifest), ready to push through a Repository.










/** How many skipped links the warning names before it only counts the rest. */
const LISTED_SYMLINKS = 20;
function skippedSymlinksWarning(names) {
    const listed = names.slice(0, LISTED_SYMLINKS).join(', ');
    const more = names.length > LISTED_SYMLINKS ? ` and ${names.length - LISTED_SYMLINKS} more` : '';
    return (`Left out ${names.length} symbolic link${names.length === 1 ? '' : 's'} (Flux never packages ` +
        `links): ${listed}${more}. Set 'resolve-symlinks: true' to package the files they point to ` +
        `inside the workspace.`);
}
async function buildArtifact(options) {
    (0,_manifest_js__WEBPACK_IMPORTED_MODULE_7__/* .assertCreated */ .bX)(options.created);
    const directory = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.mkdtemp)((0,node_path__WEBPACK_IMPORTED_MODULE_2__.join)(options.tmpDir ?? (0,node_os__WEBPACK_IMPORTED_MODULE_1__.tmpdir)(), 'flux-artifact-'));
    const dispose = () => (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.rm)(directory, { recursive: true, force: true });
    const file = (0,node_path__WEBPACK_IMPORTED_MODULE_2__.join)(directory, 'layer.tar.gz');
    const skippedSymlinks = [];
    let layer;
    try {
        const entries = (0,_walk_js__WEBPACK_IMPORTED_MODULE_8__/* .walkTree */ .I)({
            path: options.path,
            workspace: options.workspace,
            ignorePaths: options.ignorePaths,
            resolveSymlinks: options.resolveSymlinks,
            onSkippedSymlink: (name) => skippedSymlinks.push(name),
        });
        layer = await (0,_layer_js__WEBPACK_IMPORTED_MODULE_6__/* .writeLayer */ .B)(entries, file, options.workspace);
        // Inside the try: a failing warning callback must not leave the layer file behind.
        if (skippedSymlinks.length > 0)
            options.onWarning?.(skippedSymlinksWarning(skippedSymlinks));
    }
    catch (error) {
        await dispose();
        throw error;
    }
    const config = (0,_manifest_js__WEBPACK_IMPORTED_MODULE_7__/* .configBytes */ .u7)(options.created, layer.diffId);
    const configDescriptor = {
        mediaType: _flux_format_js__WEBPACK_IMPORTED_MODULE_9__/* .FLUX_CONFIG_MEDIA_TYPE */ .D_,
        digest: (0,_oci_digest_js__WEBPACK_IMPORTED_MODULE_4__/* .digestOf */ .ol)(config),
        size: config.length,
    };
    const layerDescriptor = {
        mediaType: _flux_format_js__WEBPACK_IMPORTED_MODULE_9__/* .FLUX_CONTENT_MEDIA_TYPE */ .em,
        digest: layer.digest,
        size: layer.size,
    };
    const manifest = (0,_manifest_js__WEBPACK_IMPORTED_MODULE_7__/* .manifestBytes */ .T8)(configDescriptor, layerDescriptor, (0,_manifest_js__WEBPACK_IMPORTED_MODULE_7__/* .manifestAnnotations */ .gc)(options));
    return {
        layer: {
            ...layerDescriptor,
            open: () => (0,_layer_js__WEBPACK_IMPORTED_MODULE_6__/* .readLayerFile */ .Y)(file),
        },
        config: { ...configDescriptor, bytes: config, open: () => node_stream__WEBPACK_IMPORTED_MODULE_3__.Readable.from([config]) },
        manifest: {
            mediaType: _oci_media_types_js__WEBPACK_IMPORTED_MODULE_5__/* .OCI_MANIFEST */ .EG,
            bytes: manifest,
            digest: (0,_oci_digest_js__WEBPACK_IMPORTED_MODULE_4__/* .digestOf */ .ol)(manifest),
        },
        diffId: layer.diffId,
        fileCount: layer.fileCount,
        skippedSymlinks,
        dispose,
    };
}


/***/ }),

/***/ 51738:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  Bv: () => (/* binding */ allFilesNew),
  Y_: () => (/* binding */ changedFiles),
  aN: () => (/* binding */ compareWithPublished)
});

// EXTERNAL MODULE: external "node:stream"
var external_node_stream_ = __webpack_require__(57075);
// EXTERNAL MODULE: external "node:stream/promises"
var promises_ = __webpack_require__(46466);
// EXTERNAL MODULE: external "node:zlib"
var external_node_zlib_ = __webpack_require__(38522);
// EXTERNAL MODULE: ./build/errors.js
var errors = __webpack_require__(19473);
// EXTERNAL MODULE: ./build/artifact/content-diff.js
var content_diff = __webpack_require__(66256);
// EXTERNAL MODULE: ./build/artifact/flux-format.js
var flux_format = __webpack_require__(90106);
// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(77598);
// EXTERNAL MODULE: ./node_modules/tar-stream/index.js
var tar_stream = __webpack_require__(56118);
;// CONCATENATED MODULE: ./build/artifact/tar-contents.js
// What a tar holds as Flux extracts it (names, kinds, permission bits, bytes), entry by entry. Two
// tars written by different tools (Go's archive/tar for `flux push artifact`, ours, GNU tar) differ
// in header bytes, timestamps, owners and order, yet hold the same content.



/** `./a/b/` and `a/b` are the same entry; the root itself carries nothing Flux keeps. */
function canonicalName(name) {
    let canonical = name;
    while (canonical.startsWith('./'))
        canonical = canonical.slice(2);
    while (canonical.endsWith('/'))
        canonical = canonical.slice(0, -1);
    return canonical === '.' ? '' : canonical;
}
/** Reads the whole (uncompressed) tar stream; resolves with its entries by canonical name. */
async function tarEntries(tar, options = {}) {
    const extract = (0,tar_stream.extract)();
    const [entries] = await Promise.all([readEntries(extract, options), (0,promises_.pipeline)(tar, extract)]);
    return new Map(entries.map((entry) => [entry.name, entry]));
}
/** Every entry but the root; a name given twice keeps its last entry, as extraction would. */
async function readEntries(extract, options) {
    const entries = [];
    for await (const entry of extract) {
        const hash = (0,external_node_crypto_.createHash)('sha256');
        const keep = (entry.header.size ?? 0) <= (options.keepDataUpTo ?? -1);
        const chunks = [];
        let size = 0;
        for await (const chunk of entry) {
            hash.update(chunk);
            size += chunk.length;
            if (keep)
                chunks.push(chunk);
        }
        const name = canonicalName(entry.header.name);
        if (name === '')
            continue;
        const read = {
            name,
            type: entry.header.type ?? 'file',
            mode: (entry.header.mode ?? 0) & 0o777,
            sha256: hash.digest('hex'),
            size,
        };
        const kept = keep && (options.keep?.(read) ?? true);
        entries.push(kept ? { ...read, data: Buffer.concat(chunks) } : read);
    }
    return entries;
}

;// CONCATENATED MODULE: ./build/artifact/change-detection.js
// Did the content change since the artifact at some tag, and which files? Decided on the
// uncompressed content, file by file (src/artifact/tar-contents.ts), so that another gzip (a new
// Node, the Flux CLI), another tar writer or another `created` time is not a change. The same
// answer serves `diff-tag` (push or not), a chart's version check, a pull request's review
// (src/review/), which shows the changed files as diffs, and the CLI's `diff` (src/cli/diff.ts).







const FLUX_CONTENT = { mediaType: flux_format/* FLUX_CONTENT_MEDIA_TYPE */.em, kind: 'a Flux artifact' };
/** Files larger than this are not held in memory for a diff: a review shows them by size. */
const MAX_DIFFED_FILE_BYTES = 1024 * 1024;
/** What one side of a comparison holds in memory for diffs, at most; the rest shown by size. */
const MAX_KEPT_BYTES = 32 * 1024 * 1024;
function isDescriptor(value) {
    const d = value;
    return typeof d?.mediaType === 'string' && typeof d.digest === 'string';
}
/** The config and the content layer of a manifest, or `undefined`. */
function parseManifest(bytes, contentMediaType) {
    let manifest;
    try {
        manifest = JSON.parse(bytes.toString('utf8'));
    }
    catch {
        return undefined;
    }
    // A Helm chart may carry its provenance in a second layer, which `helm push` may put first.
    const layer = Array.isArray(manifest.layers)
        ? manifest.layers.find((item) => isDescriptor(item) && item.mediaType === contentMediaType)
        : undefined;
    if (!isDescriptor(manifest.config) || !isDescriptor(layer))
        return undefined;
    return { config: manifest.config, layer };
}
/**
 * The entries of a gzipped tar, keeping the bytes of the files `wanted` accepts (once read, their
 * digest known) within the memory budget.
 */
async function entriesOf(gzipped, wanted) {
    let budget = MAX_KEPT_BYTES;
    const keep = (entry) => {
        if (!wanted(entry) || entry.size > budget)
            return false;
        budget -= entry.size;
        return true;
    };
    const tar = new external_node_stream_.PassThrough();
    const [entries] = await Promise.all([
        tarEntries(tar, { keepDataUpTo: MAX_DIFFED_FILE_BYTES, keep }),
        (0,promises_.pipeline)(gzipped, (0,external_node_zlib_.createGunzip)(), tar),
    ]);
    return entries;
}
/** Our files with the bytes of those named (read again from the layer file, not the network). */
function ourEntries(built, names) {
    return entriesOf(built.layer.open(), (entry) => names?.has(entry.name) ?? true);
}
/** Every file of `built` as added, with its bytes: what a review shows when nothing is published. */
async function allFilesNew(built) {
    return (0,content_diff/* diffTrees */.j)(new Map(), await ourEntries(built));
}
/**
 * Compares `built` with what `repository` holds at `reference` (a tag or digest): one manifest
 * read and, unless the manifest or its layer is ours, one streamed read of the published layer,
 * gunzipped and read entry by entry (the bytes of the files that differ are kept for diffs).
 * Unchanged means the same files with the same kinds, permission bits and bytes, whichever tool
 * wrote the tar. Anything unreadable counts as changed: publishing again is the safe answer.
 * `content` names the kind of artifact by the media type of its content layer.
 */
async function compareWithPublished(repository, reference, built, content = FLUX_CONTENT) {
    const allNew = async (reason, manifest) => ({
        unchanged: false,
        ...(manifest && { manifest }),
        reason,
        comparable: false,
        changes: await allFilesNew(built),
    });
    const manifest = await repository.getManifest(reference);
    if (manifest === undefined)
        return allNew(`nothing is published at ${reference}`);
    if (manifest.digest === built.manifest.digest) {
        return {
            unchanged: true,
            manifest,
            reason: 'the same manifest',
            comparable: true,
            changes: [],
        };
    }
    const artifact = parseManifest(manifest.bytes, content.mediaType);
    if (artifact === undefined)
        return allNew(`${reference} is not ${content.kind}`, manifest);
    if (artifact.layer.digest === built.layer.digest) {
        return { unchanged: true, manifest, reason: 'the same layer', comparable: true, changes: [] };
    }
    let changes;
    try {
        changes = await changedFiles(repository, artifact.layer.digest, built, reference);
    }
    catch (error) {
        // Unreadable means it cannot be compared; the registry's own errors say more.
        if (!(error instanceof errors/* UserError */.yo && error.code === errors/* ErrorCode */.O4.ARTIFACT_LAYER_INVALID)) {
            throw error;
        }
        return allNew(`its layer is not a readable tar+gzip (${String(error.cause)})`, manifest);
    }
    if (changes.length === 0) {
        return { unchanged: true, manifest, reason: 'the same files', comparable: true, changes };
    }
    return {
        unchanged: false,
        manifest,
        reason: `${changes.length} files differ`,
        comparable: true,
        changes,
    };
}
/**
 * The files that differ between the layer `digest` in `repository` (named `what` in an error) and
 * `built`'s layer, sorted by path: one streamed read of the published layer, gunzipped and read
 * entry by entry. With `withData` (a review, `diff --unified`), text files small enough to diff
 * carry their bytes on both sides, within the memory budget; ours are read again from the layer
 * file, only for the files that differ. A published layer that is not a readable tar+gzip is an
 * ARTIFACT_LAYER_INVALID error.
 */
async function changedFiles(repository, digest, built, what, withData = true) {
    if (digest === built.layer.digest)
        return [];
    const ours = await ourEntries(built, new Set());
    const differs = (entry) => withData && ours.get(entry.name)?.sha256 !== entry.sha256;
    let published;
    try {
        published = await entriesOf(await repository.getBlob(digest), differs);
    }
    catch (error) {
        if (error instanceof errors/* UserError */.yo)
            throw error;
        throw new errors/* UserError */.yo(errors/* ErrorCode */.O4.ARTIFACT_LAYER_INVALID, `${what} is not a readable gzip-compressed tar (${String(error)}).`, { cause: error });
    }
    const changes = (0,content_diff/* diffTrees */.j)(published, ours);
    if (changes.length === 0 || !withData)
        return changes;
    return (0,content_diff/* diffTrees */.j)(published, await ourEntries(built, new Set(changes.map((c) => c.after?.name ?? ''))));
}


/***/ }),

/***/ 66256:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   j: () => (/* binding */ diffTrees),
/* harmony export */   s: () => (/* binding */ nameStatus)
/* harmony export */ });
const shown = (entry) => (entry.type === 'directory' ? `${entry.name}/` : entry.name);
function statusOf(before, after) {
    if (!before)
        return 'A';
    if (!after)
        return 'D';
    if (before.type !== after.type)
        return 'T';
    return before.mode !== after.mode || before.sha256 !== after.sha256 ? 'M' : null;
}
/**
 * The changes from `published` to `local`, sorted by path. Git does not track directories, so a
 * directory is listed only when nothing listed lies under it (an empty one added or removed, its
 * permission bits changed): the change would not show otherwise.
 */
function diffTrees(published, local) {
    const changes = [];
    for (const name of new Set([...published.keys(), ...local.keys()])) {
        const before = published.get(name);
        const after = local.get(name);
        const status = statusOf(before, after);
        if (status) {
            changes.push({
                status,
                path: shown((after ?? before)),
                ...(before && { before }),
                ...(after && { after }),
            });
        }
    }
    const files = changes.filter((c) => !c.path.endsWith('/'));
    const listed = changes.filter((c) => !c.path.endsWith('/') || !files.some((f) => f.path.startsWith(c.path)));
    return listed.sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
}
/** `M\tdeploy/app.yaml` lines, as `git diff --name-status` prints them. */
function nameStatus(changes) {
    return changes.map((c) => `${c.status}\t${c.path}`).join('\n');
}


/***/ }),

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

/***/ 92695:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  Y: () => (/* binding */ readLayerFile),
  B: () => (/* binding */ writeLayer)
});

// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(73024);
// EXTERNAL MODULE: external "node:stream/promises"
var promises_ = __webpack_require__(46466);
// EXTERNAL MODULE: ./node_modules/tar-stream/index.js
var tar_stream = __webpack_require__(56118);
// EXTERNAL MODULE: ./build/errors.js
var errors = __webpack_require__(19473);
;// CONCATENATED MODULE: ./build/artifact/buffer-pool.js
// Read buffers that come back once their bytes have been copied into a compression block. Without
// it, every byte of the tree becomes garbage on its way through, and how much of that the
// collector lets pile up before it runs depends on how loaded the machine is: measured, a
// 300 MiB build peaked anywhere from 95 to 131 MiB of RSS on the same tree.
class BufferPool {
    bufferBytes;
    free = [];
    /** Buffers handed out and not yet given back: only these can come back, and only once. */
    lent = new WeakSet();
    constructor(bufferBytes) {
        this.bufferBytes = bufferBytes;
    }
    /** A buffer of `bufferBytes`, with unspecified contents. */
    take() {
        const memory = this.free.pop() ?? new ArrayBuffer(this.bufferBytes);
        this.lent.add(memory);
        return Buffer.from(memory);
    }
    /** Returns the buffer `chunk` is a view of, if it came from this pool; ignores anything else. */
    giveBack(chunk) {
        if (!this.lent.delete(chunk.buffer))
            return;
        this.free.push(chunk.buffer);
    }
}

// EXTERNAL MODULE: ./build/oci/digest.js
var digest = __webpack_require__(1564);
// EXTERNAL MODULE: external "node:stream"
var external_node_stream_ = __webpack_require__(57075);
// EXTERNAL MODULE: external "node:zlib"
var external_node_zlib_ = __webpack_require__(38522);
;// CONCATENATED MODULE: ./build/artifact/parallel-gzip.js
// gzip, compressed on two threads the way pigz does it: the input is cut into fixed 1 MiB blocks,
// each deflated on libuv's thread pool on its own (as `pigz --independent` does) and ended by a
// sync flush, so the pieces join into one ordinary deflate stream inside one gzip member. A
// streamed zlib.createGzip() keeps at most one thread busy and waits on a thread-pool round trip
// for every 16 KiB it writes; blocks overlap each other and the tar work on the main thread.
// Measured on Node 24 (600 MiB tree, loaded 2-core machine): 19.5-20.6 s for the whole build with
// createGzip(), 12.5-18.5 s with blocks, 12.1-13.8 s for `tar | gzip -6`.
//
// Blocks once took the 32 KiB before them as a dictionary, which needs a new zlib stream per
// block: its state and output buffer, about 400 KiB per MiB of input, made the garbage that set
// the peak memory of a large build. Two streams now take turns, reset between blocks: on a 1 GiB
// publish the peak went from 146-152 MiB to 113-119 MiB, for a layer 0.3% larger (measured).
//
// The output depends only on the input, the block size and the zlib build. A stream carries its
// position in its output buffer from one block to the next, and zlib writes an extra empty flush
// marker when that buffer fills exactly at the end of a flush (zlib.h), so which stream compresses
// a block must never depend on timing or on the machine: block n goes to stream n mod 2, and two
// blocks are in flight whatever the number of cores. (Handing blocks to whichever stream was free
// gave a layer 5 bytes longer in one 1 GiB build of about fifteen; four streams used more memory.)


const BLOCK_BYTES = 1024 * 1024;
/** Output comes in pieces of up to this size, passed on as they are rather than joined. */
const OUTPUT_CHUNK_BYTES = 64 * 1024;
/** No modification time, no flags, no name; OS 255 ("unknown") so no platform shows through. */
const GZIP_HEADER = Buffer.from([0x1f, 0x8b, 0x08, 0x00, 0, 0, 0, 0, 0x00, 0xff]);
/** An empty final deflate block (fixed codes, end-of-block only): what ends the stream. */
const FINAL_EMPTY_BLOCK = Buffer.from([0x03, 0x00]);
/** Deflate streams taking turns, block n to stream n mod LANES; also the blocks in flight. */
const LANES = 2;
/** A raw deflate stream that compresses one block at a time, reset between blocks. */
class DeflateLane {
    stream;
    pieces = [];
    constructor(level) {
        this.stream = (0,external_node_zlib_.createDeflateRaw)({ level, chunkSize: OUTPUT_CHUNK_BYTES });
        this.stream.on('data', (piece) => this.pieces.push(piece));
    }
    /** The block as whole deflate blocks, ended by a sync flush on a byte boundary, not final. */
    deflate(input) {
        return new Promise((resolve, reject) => {
            const failed = (error) => reject(error);
            this.stream.once('error', failed);
            this.stream.write(input);
            // The flush's callback comes once everything it pushed has been handed to 'data'.
            this.stream.flush(external_node_zlib_.constants.Z_SYNC_FLUSH, () => {
                this.stream.off('error', failed);
                const pieces = this.pieces;
                this.pieces = [];
                // Closed meanwhile (the gzip stream was destroyed: a write downstream failed): nobody
                // wants this block, and resetting a closed zlib stream is an internal assertion, uncaught.
                if (this.stream.destroyed)
                    return resolve([]);
                this.stream.reset();
                resolve(pieces);
            });
        });
    }
    close() {
        this.stream.destroy();
    }
}
class ParallelGzip extends external_node_stream_.Transform {
    level;
    /** Blocks being compressed, oldest first; their output goes out in this order. */
    inFlight = [];
    lanes = [];
    /** Blocks started so far: the next one goes to lane `started % LANES`. */
    started = 0;
    /** Block buffers whose compression has finished, for reuse: memory stays at a few blocks. */
    spare = [];
    block = Buffer.allocUnsafe(BLOCK_BYTES);
    filled = 0;
    crc = 0;
    size = 0;
    afterCopy;
    /** `afterCopy` is handed each input chunk once its bytes are copied and it is free to reuse. */
    constructor(options) {
        super();
        this.level = options.level;
        this.afterCopy = options.afterCopy;
        this.push(GZIP_HEADER);
    }
    _transform(chunk, _encoding, callback) {
        this.crc = (0,external_node_zlib_.crc32)(chunk, this.crc);
        this.size += chunk.length;
        this.accept(chunk).then(() => callback(), callback);
    }
    _flush(callback) {
        this.finish().then(() => callback(), callback);
    }
    _destroy(error, callback) {
        for (const lane of this.lanes)
            lane.close();
        callback(error);
    }
    async accept(chunk) {
        for (let offset = 0; offset < chunk.length;) {
            if (this.filled === BLOCK_BYTES)
                await this.compress();
            const copied = chunk.copy(this.block, this.filled, offset);
            this.filled += copied;
            offset += copied;
        }
        this.afterCopy?.(chunk);
    }
    async finish() {
        if (this.filled > 0)
            await this.compress();
        for (const compressing of this.inFlight.splice(0))
            this.pushAll(await compressing);
        const trailer = Buffer.alloc(8);
        trailer.writeUInt32LE(this.crc >>> 0, 0);
        trailer.writeUInt32LE(this.size % 2 ** 32, 4);
        this.push(FINAL_EMPTY_BLOCK);
        this.push(trailer);
    }
    /** Starts compressing the current block; waits while too many are in flight. */
    async compress() {
        const block = this.block;
        const lane = (this.lanes[this.started++ % LANES] ??= new DeflateLane(this.level));
        const compressing = lane.deflate(block.subarray(0, this.filled)).finally(() => {
            this.spare.push(block);
        });
        // Its failure is raised when its turn comes, in order.
        compressing.catch(() => undefined);
        this.inFlight.push(compressing);
        this.block = this.spare.pop() ?? Buffer.allocUnsafe(BLOCK_BYTES);
        this.filled = 0;
        // Once this returns, fewer than LANES blocks are in flight: the lane the next block goes to
        // has finished its previous block, LANES blocks earlier.
        while (this.inFlight.length >= LANES)
            this.pushAll(await this.inFlight.shift());
    }
    pushAll(pieces) {
        for (const piece of pieces)
            this.push(piece);
    }
}

// EXTERNAL MODULE: external "node:events"
var external_node_events_ = __webpack_require__(78474);
// EXTERNAL MODULE: ./build/artifact/artifact-errors.js
var artifact_errors = __webpack_require__(76061);
;// CONCATENATED MODULE: ./build/artifact/tar.js
// Tree entries into a tar stream. tar-stream encodes the headers (USTAR, PAX only for a name that
// does not fit); what goes into them is ours: nothing about the machine or the moment of the build,
// so the same tree always gives the same bytes. The format says what differs between the kinds of
// artifact: a Flux artifact keeps each file's permission bits and the epoch as every time; a Helm
// chart is written as `helm package` writes it (mode 0644, a given time, no byte order mark).
//
// Files are read with synchronous calls, one bounded piece at a time. Measured on Node 24 over a
// 600 MiB tree of 22,679 page-cached files: opening, stat-ing, reading and closing them all took
// 2.8 s of CPU with the promise-based calls and 0.3 s with the synchronous ones, and the main
// thread's time is what the tar, the hashing and the compression wait on. Nothing else runs in
// the action meanwhile, and no call blocks for longer than one read of a pool buffer.



/** What `flux push artifact` writes (fluxcd/pkg `tar/tar.go`): the epoch, the file's own bits. */
const FLUX_TAR_FORMAT = {
    mtime: new Date(0),
    leaveOut: "add it to 'ignore-paths'",
};
/** Where the read past a file's end goes: it only ever shows whether there was more. */
const ONE_BYTE = Buffer.alloc(1);
/**
 * O_NONBLOCK: a file swapped for a FIFO since the walk must not hang the open; O_NOFOLLOW: nor be
 * swapped for a symlink that was never checked. Both are absent (0) on Windows.
 */
const OPEN_FLAGS = external_node_fs_.constants.O_RDONLY | (external_node_fs_.constants.O_NONBLOCK ?? 0) | (external_node_fs_.constants.O_NOFOLLOW ?? 0);
function header(entry, mode, size, format) {
    return {
        name: entry.name,
        type: entry.kind,
        mode,
        size,
        uid: 0,
        gid: 0,
        uname: '',
        gname: '',
        mtime: format.mtime,
    };
}
/** Resolves when tar-stream is done with the entry (or rejects with why it is not). */
function addEntry(pack, fields) {
    let settle;
    const done = new Promise((resolve, reject) => {
        settle = (error) => (error ? reject(error) : resolve());
    });
    return { sink: pack.entry(fields, (error) => settle(error)), done };
}
/**
 * Writes every entry into `pack`, then finalizes it. Resolves with the number of regular files.
 * `workspace` is only for naming paths in errors.
 */
async function writeTar(pack, entries, workspace, pool, format = FLUX_TAR_FORMAT) {
    let fileCount = 0;
    for await (const entry of entries) {
        if ('content' in entry) {
            const mode = format.fileMode ?? 0o644;
            const { sink, done } = addEntry(pack, header(entry, mode, entry.content.length, format));
            sink.end(entry.content);
            await done;
            fileCount++;
            continue;
        }
        // Worked out only for an error: path.relative for every file costs more than the tar header.
        const shown = () => (0,artifact_errors/* displayPath */.Gt)(entry.path ?? '.', workspace);
        if (entry.kind === 'directory')
            await writeDirectory(pack, entry, shown, format);
        else {
            await writeFile(pack, entry, shown, pool, format);
            fileCount++;
        }
    }
    pack.finalize();
    return fileCount;
}
async function writeDirectory(pack, entry, shown, format) {
    let mode = 0o755;
    if (entry.path !== undefined) {
        try {
            mode = (0,external_node_fs_.statSync)(entry.path).mode & 0o777;
        }
        catch (error) {
            throw (0,artifact_errors/* unreadableError */.Sw)(shown(), error, format.leaveOut);
        }
    }
    await addEntry(pack, header(entry, mode, 0, format)).done;
}
async function writeFile(pack, entry, shown, pool, format) {
    let fd;
    try {
        fd = (0,external_node_fs_.openSync)(entry.path, OPEN_FLAGS);
    }
    catch (error) {
        throw (0,artifact_errors/* unreadableError */.Sw)(shown(), error, format.leaveOut);
    }
    try {
        await writeOpenFile(pack, entry, fd, shown, pool, format);
    }
    finally {
        (0,external_node_fs_.closeSync)(fd);
    }
}
/** How many bytes at the start of the open file are left out: the format's prefix, when there. */
function droppedBytes(fd, size, format, shown) {
    const prefix = format.droppedPrefix;
    if (prefix === undefined || size < prefix.length)
        return 0;
    const start = readPiece(fd, Buffer.alloc(prefix.length), prefix.length, 0, shown, format);
    return start.equals(prefix) ? prefix.length : 0;
}
/** Reads up to `length` bytes at `position` into `buffer`; fewer only at the end of the file. */
function readPiece(fd, buffer, length, position, shown, format) {
    let filled = 0;
    try {
        while (filled < length) {
            const bytesRead = (0,external_node_fs_.readSync)(fd, buffer, filled, length - filled, position + filled);
            if (bytesRead === 0)
                break;
            filled += bytesRead;
        }
    }
    catch (error) {
        throw (0,artifact_errors/* unreadableError */.Sw)(shown(), error, format.leaveOut);
    }
    return buffer.subarray(0, filled);
}
async function writeOpenFile(pack, entry, fd, shown, pool, format) {
    let stats;
    try {
        stats = (0,external_node_fs_.fstatSync)(fd);
    }
    catch (error) {
        throw (0,artifact_errors/* unreadableError */.Sw)(shown(), error, format.leaveOut);
    }
    if (!stats.isFile())
        throw (0,artifact_errors/* unsupportedFileError */.gN)(shown(), stats, format.leaveOut);
    const { size } = stats;
    const start = droppedBytes(fd, size, format, shown);
    const mode = format.fileMode ?? stats.mode & 0o777;
    const { sink, done } = addEntry(pack, header(entry, mode, size - start, format));
    try {
        for (let position = start; position < size;) {
            const length = Math.min(pool.bufferBytes, size - position);
            const piece = readPiece(fd, pool.take(), length, position, shown, format);
            if (piece.length === 0)
                throw (0,artifact_errors/* changedWhilePackagingError */.pz)(shown());
            position += piece.length;
            if (!sink.write(piece))
                await (0,external_node_events_.once)(sink, 'drain');
        }
        // Reading stops at the size fstat gave; a file that grew since would be cut short silently.
        if (readPiece(fd, ONE_BYTE, 1, size, shown, format).length !== 0) {
            throw (0,artifact_errors/* changedWhilePackagingError */.pz)(shown());
        }
    }
    catch (error) {
        sink.destroy(error);
        await done.catch(() => undefined);
        throw error;
    }
    sink.end(null); // streamx's typings insist on an argument
    await done;
}

;// CONCATENATED MODULE: ./build/artifact/layer.js
// The one streaming pass: tar → sha256 of the tar → gzip → sha256 and size of the gzip → a temp
// file. Every stage holds a bounded amount, so memory stays flat however large the tree is.








/** What `flux push artifact` uses (Go's gzip.DefaultCompression), and `gzip -6`. */
const GZIP_LEVEL = 6;
/** Files are read in pieces this size: it bounds what one large file holds on its way. */
const READ_PIECE_BYTES = 64 * 1024;
/**
 * The layer is read back for its upload in pieces this size. Every piece is a new buffer, garbage
 * once sent; with 64 KiB pieces a 1 GiB publish peaked at 150-158 MiB in some runs (about one in
 * three) instead of 115-120 MiB, with 16 KiB in none of 12 (measured; 1 MiB was worse still).
 */
const UPLOAD_READ_BYTES = 16 * 1024;
/** The layer file `writeLayer` wrote, read for its upload. */
function readLayerFile(file) {
    return (0,external_node_fs_.createReadStream)(file, { highWaterMark: UPLOAD_READ_BYTES });
}
/** Packs `entries` into a gzipped tar at `file`. `workspace` is only for naming paths in errors. */
async function writeLayer(entries, file, workspace, format) {
    const pool = new BufferPool(READ_PIECE_BYTES);
    const pack = (0,tar_stream.pack)();
    const tar = new digest/* DigestStream */.vl();
    const gzip = new digest/* DigestStream */.vl();
    const writing = (0,promises_.pipeline)(pack, tar, new ParallelGzip({ level: GZIP_LEVEL, afterCopy: (chunk) => pool.giveBack(chunk) }), gzip, (0,external_node_fs_.createWriteStream)(file));
    const producing = writeTar(pack, entries, workspace, pool, format).catch((error) => {
        pack.destroy(error);
        throw error;
    });
    const [produced, written] = await Promise.allSettled([producing, writing]);
    // The tree's own errors (a FIFO, an escaping link) explain more than the stream they broke; a
    // failed write (a full disk) explains the errors it caused in the tar.
    const treeFailed = produced.status === 'rejected';
    if (treeFailed && produced.reason instanceof errors/* UserError */.yo)
        throw produced.reason;
    if (written.status === 'rejected' && !(treeFailed && written.reason === produced.reason)) {
        throw new errors/* UserError */.yo(errors/* ErrorCode */.O4.ARTIFACT_WRITE_FAILED, `Could not write the artifact's layer to ${file}: ${String(written.reason)}. Check the ` +
            `free space of the temporary directory.`, { cause: written.reason });
    }
    if (treeFailed)
        throw produced.reason;
    return { ...gzip.result(), diffId: tar.result().digest, fileCount: produced.value };
}


/***/ }),

/***/ 2186:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   T8: () => (/* binding */ manifestBytes),
/* harmony export */   bX: () => (/* binding */ assertCreated),
/* harmony export */   gc: () => (/* binding */ manifestAnnotations),
/* harmony export */   u7: () => (/* binding */ configBytes)
/* harmony export */ });
/* harmony import */ var _oci_media_types_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(54566);
/* harmony import */ var _flux_format_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(90106);
// The config blob and the manifest, serialised with a fixed key order so that the same content,
// commit and time always give the same manifest digest.


const RFC3339_UTC_SECONDS = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}Z$/;
function assertCreated(created) {
    if (!RFC3339_UTC_SECONDS.test(created) || Number.isNaN(Date.parse(created))) {
        throw new Error(`created must be RFC 3339 UTC with second precision, got '${created}'`);
    }
}
/**
 * The config Flux up to 2.8 wrote: `created`, and the sha256 of the uncompressed tar as
 * `rootfs.diff_ids[0]`, as an image config records its layers.
 */
function configBytes(created, diffId) {
    return Buffer.from(JSON.stringify({ created, rootfs: { type: 'layers', diff_ids: [diffId] } }), 'utf8');
}
/** The three annotations Flux records, then the user's; keys sorted, so input order is moot. */
function manifestAnnotations(fields) {
    const merged = {
        [_flux_format_js__WEBPACK_IMPORTED_MODULE_1__/* .CREATED_ANNOTATION */ .h_]: fields.created,
        [_flux_format_js__WEBPACK_IMPORTED_MODULE_1__/* .SOURCE_ANNOTATION */ .eM]: fields.source,
        [_flux_format_js__WEBPACK_IMPORTED_MODULE_1__/* .REVISION_ANNOTATION */ .wB]: fields.revision,
        ...fields.annotations,
    };
    const keys = Object.keys(merged).sort((a, b) => Buffer.compare(Buffer.from(a), Buffer.from(b)));
    return Object.fromEntries(keys.map((key) => [key, merged[key]]));
}
function descriptor({ mediaType, digest, size }) {
    return { mediaType, digest, size };
}
/** `layers` in the order given: one for a Flux artifact; a Helm chart may add its provenance. */
function manifestBytes(config, layers, annotations) {
    return Buffer.from(JSON.stringify({
        schemaVersion: 2,
        mediaType: _oci_media_types_js__WEBPACK_IMPORTED_MODULE_0__/* .OCI_MANIFEST */ .EG,
        config: descriptor(config),
        layers: (Array.isArray(layers) ? layers : [layers]).map(descriptor),
        annotations,
    }), 'utf8');
}


/***/ }),

/***/ 14412:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  F: () => (/* binding */ forbiddenPlace),
  I: () => (/* binding */ walkTree)
});

// EXTERNAL MODULE: external "node:buffer"
var external_node_buffer_ = __webpack_require__(4573);
// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(51455);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(76760);
// EXTERNAL MODULE: ./build/errors.js
var errors = __webpack_require__(19473);
// EXTERNAL MODULE: ./build/artifact/artifact-errors.js
var artifact_errors = __webpack_require__(76061);
// EXTERNAL MODULE: ./node_modules/ignore/index.js
var ignore = __webpack_require__(70298);
;// CONCATENATED MODULE: ./build/artifact/ignore-rules.js
// Which paths stay out of the artifact: Flux's defaults, the user's patterns added to them, and the
// `.sourceignore` files found in the tree, all with gitignore semantics.

/** The patterns `flux push artifact` applies (fluxcd/pkg `sourceignore` ExcludeVCS + ExcludeExt). */
const FLUX_DEFAULT_IGNORE_PATTERNS = [
    '.git/',
    '.gitignore',
    '.gitmodules',
    '.gitattributes',
    '*.jpg',
    '*.jpeg',
    '*.gif',
    '*.png',
    '*.wmv',
    '*.flv',
    '*.tar.gz',
    '*.zip',
];
const SOURCE_IGNORE_FILE = '.sourceignore';
function parse(patterns) {
    // Flux matches with go-git's gitignore, which is case-sensitive like git on Linux.
    return ignore({ ignorecase: false }).add(patterns);
}
/**
 * Rules in effect inside one directory of the tree. A deeper `.sourceignore` adds a layer whose
 * patterns are relative to its directory and win over the layers above it, as in git (and in
 * go-git's matcher, where the last matching pattern decides).
 */
class IgnoreRules {
    layers;
    constructor(layers) {
        this.layers = layers;
    }
    /** Flux's defaults plus the user's patterns, both relative to the packaged path. */
    static forRoot(userPatterns) {
        return new IgnoreRules([
            { base: '.', patterns: parse([...FLUX_DEFAULT_IGNORE_PATTERNS, ...userPatterns]) },
        ]);
    }
    /** The rules for the contents of `directory` (a tree name), given its `.sourceignore` text. */
    withSourceIgnore(directory, content) {
        return new IgnoreRules([...this.layers, { base: directory, patterns: parse(content) }]);
    }
    /**
     * A matcher for the entries of one directory. The `ignore` library caches every path it tests,
     * for as long as the matcher lives; one matcher per directory (sharing the parsed patterns)
     * keeps that cache from growing with the whole tree.
     */
    forDirectory() {
        const matchers = this.layers.map(({ base, patterns }) => ({
            base,
            matcher: ignore({ ignorecase: false }).add(patterns),
        }));
        return {
            /** Whether the entry `name` (a tree name below every layer's base) stays out. */
            ignores(name, isDirectory) {
                let ignored = false;
                for (const { base, matcher } of matchers) {
                    const relative = base === '.' ? name : name.slice(base.length + 1);
                    const result = matcher.test(isDirectory ? `${relative}/` : relative);
                    if (result.ignored)
                        ignored = true;
                    else if (result.unignored)
                        ignored = false;
                }
                return ignored;
            },
        };
    }
}

;// CONCATENATED MODULE: ./build/artifact/walk.js
// The tree as Flux packs it: a pre-order walk with the entries of each directory sorted by the bytes
// of their names (Go's `filepath.WalkDir` order), the root as `.`, names relative and `/`-separated.
// This is also where the safety rules live: symlinks are never followed unless asked to, and then
// never out of the workspace; only regular files and directories are packaged.






/**
 * Where a real path must not be packaged from, or undefined when it may: following a link out of
 * the checkout, or into its `.git` (where actions/checkout keeps the job's token), could publish
 * the runner's secrets. `workspace` is only for the message.
 */
function forbiddenPlace(realPath, realWorkspace, workspace) {
    const inside = (0,external_node_path_.relative)(realWorkspace, realPath);
    if (inside === '..' || inside.startsWith(`..${external_node_path_.sep}`))
        return `outside the workspace ${workspace}`;
    return inside.split(external_node_path_.sep).includes('.git') ? "in git's files" : undefined;
}
/** Walks `options.path`, yielding the entries to package in the order they go into the tar. */
async function* walkTree(options) {
    let realWorkspace;
    try {
        realWorkspace = await (0,promises_.realpath)(options.workspace);
    }
    catch (error) {
        throw new errors/* UserError */.yo(errors/* ErrorCode */.O4.ARTIFACT_WORKSPACE_NOT_FOUND, `The workspace ${options.workspace} cannot be read (${(0,artifact_errors/* errorCode */.CA)(error) ?? String(error)}).`, { cause: error });
    }
    yield* new TreeWalker(options, realWorkspace).walk();
}
function childName(parent, name) {
    return parent === '.' ? name : `${parent}/${name}`;
}
function kindOf(entry) {
    if (entry.isFile())
        return 'file';
    if (entry.isDirectory())
        return 'directory';
    if (entry.isSymbolicLink())
        return 'symlink';
    if (entry.isFIFO() || entry.isSocket() || entry.isBlockDevice() || entry.isCharacterDevice()) {
        return 'other';
    }
    // A file system that does not report types in its directory listings.
    return undefined;
}
class TreeWalker {
    options;
    realWorkspace;
    constructor(options, realWorkspace) {
        this.options = options;
        this.realWorkspace = realWorkspace;
    }
    display(path) {
        return (0,artifact_errors/* displayPath */.Gt)(path, this.options.workspace);
    }
    async *walk() {
        const { path } = this.options;
        let stats = await this.lstatPath(path);
        let realPath;
        if (stats.isSymbolicLink()) {
            const target = await this.follow(path);
            if (target === undefined) {
                throw new errors/* UserError */.yo(errors/* ErrorCode */.O4.ARTIFACT_PATH_IS_SYMLINK, `The path to package, ${this.display(path)}, is a symbolic link. Give the directory it ` +
                    `points to, or set 'resolve-symlinks: true' to follow links inside the workspace.`, { input: 'path' });
            }
            ({ stats, realPath } = target);
        }
        else {
            realPath = await (0,promises_.realpath)(path).catch((error) => {
                throw this.missingOrUnreadable(path, error);
            });
            // The path may name a directory through a link higher up (deploy -> /elsewhere).
            const where = this.forbiddenPlace(realPath);
            if (where) {
                throw new errors/* UserError */.yo(errors/* ErrorCode */.O4.ARTIFACT_PATH_OUTSIDE_WORKSPACE, `The path to package, ${this.display(path)}, resolves to ${realPath}, ${where}: ` +
                    'package a directory of the repository itself.', { input: 'path' });
            }
        }
        if (stats.isFile()) {
            // A single file named as the path is packaged whatever the ignore rules say: the user asked
            // for exactly that file. The root directory it sits in is not packaged, so `.` is made up.
            yield { name: '.', kind: 'directory' };
            yield { name: (0,external_node_path_.basename)(path), kind: 'file', path: realPath };
            return;
        }
        if (!stats.isDirectory())
            throw (0,artifact_errors/* unsupportedFileError */.gN)(this.display(path), stats);
        yield { name: '.', kind: 'directory', path: realPath };
        yield* this.walkDirectory({
            name: '.',
            realPath,
            ancestors: new Set([realPath]),
            rules: IgnoreRules.forRoot(this.options.ignorePaths),
        });
    }
    async *walkDirectory(directory) {
        const entries = await this.readEntries(directory.realPath);
        const sourceIgnore = entries.find(({ name, kind }) => name === SOURCE_IGNORE_FILE && kind === 'file');
        const rules = sourceIgnore ? await this.withSourceIgnore(directory) : directory.rules;
        const matcher = rules.forDirectory();
        for (const { name, kind: listedKind } of entries) {
            const path = (0,external_node_path_.join)(directory.realPath, name);
            const tarName = childName(directory.name, name);
            const kind = listedKind ?? kindOf(await this.lstatPath(path)) ?? 'other';
            let target;
            if (kind === 'symlink') {
                const pointsToDirectory = (await (0,promises_.stat)(path).catch(() => undefined))?.isDirectory();
                if (matcher.ignores(tarName, pointsToDirectory ?? false))
                    continue;
                target = await this.follow(path);
                if (target === undefined) {
                    this.options.onSkippedSymlink(tarName);
                    continue;
                }
            }
            else if (matcher.ignores(tarName, kind === 'directory'))
                continue;
            this.assertFluxName(tarName, path);
            const stats = target?.stats;
            if (kind === 'file' || stats?.isFile()) {
                yield { name: tarName, kind: 'file', path: target?.realPath ?? path };
            }
            else if (kind === 'directory' || stats?.isDirectory()) {
                const realPath = target?.realPath ?? (0,external_node_path_.join)(directory.realPath, name);
                if (directory.ancestors.has(realPath)) {
                    throw new errors/* UserError */.yo(errors/* ErrorCode */.O4.ARTIFACT_SYMLINK_CYCLE, `The symbolic link ${this.display(path)} points to ${this.display(realPath)}, a ` +
                        `directory that contains it: following it would never end. Remove the link or ` +
                        `add it to 'ignore-paths'.`, { input: 'resolve-symlinks' });
                }
                yield { name: tarName, kind: 'directory', path: realPath };
                yield* this.walkDirectory({
                    name: tarName,
                    realPath,
                    ancestors: new Set([...directory.ancestors, realPath]),
                    rules,
                });
            }
            else {
                const shown = this.display(target?.realPath ?? path);
                throw (0,artifact_errors/* unsupportedFileError */.gN)(shown, stats ?? (await this.lstatPath(path)));
            }
        }
    }
    /** The target of a symlink, when links are followed and this one may be; else `undefined`. */
    async follow(link) {
        if (!this.options.resolveSymlinks)
            return undefined;
        let realPath;
        try {
            realPath = await (0,promises_.realpath)(link);
        }
        catch (error) {
            const loop = (0,artifact_errors/* errorCode */.CA)(error) === 'ELOOP';
            throw new errors/* UserError */.yo(loop ? errors/* ErrorCode */.O4.ARTIFACT_SYMLINK_CYCLE : errors/* ErrorCode */.O4.ARTIFACT_SYMLINK_DANGLING, `The symbolic link ${this.display(link)} -> ${await (0,promises_.readlink)(link)} cannot be followed: ` +
                `${loop ? 'it leads back to itself through other links' : 'its target does not exist'}. ` +
                `Fix or remove the link, or add it to 'ignore-paths'.`, { input: 'resolve-symlinks', cause: error });
        }
        const where = this.forbiddenPlace(realPath);
        if (where) {
            throw new errors/* UserError */.yo(errors/* ErrorCode */.O4.ARTIFACT_SYMLINK_OUTSIDE_WORKSPACE, `The symbolic link ${this.display(link)} -> ${await (0,promises_.readlink)(link)} resolves to ` +
                `${realPath}, ${where}; following it could publish secrets from the runner. Remove ` +
                `the link, add it to 'ignore-paths', or set 'resolve-symlinks: false' to leave every ` +
                `link out.`, { input: 'resolve-symlinks' });
        }
        return { realPath, stats: await this.statPath(realPath) };
    }
    forbiddenPlace(realPath) {
        return forbiddenPlace(realPath, this.realWorkspace, this.options.workspace);
    }
    /** Flux's untar refuses the whole artifact for a name with `\` or `../` in it. */
    assertFluxName(name, path) {
        if (!name.includes('\\') && !name.includes('../'))
            return;
        throw new errors/* UserError */.yo(errors/* ErrorCode */.O4.ARTIFACT_INVALID_NAME, `${this.display(path)} cannot be packaged: Flux refuses an artifact with an entry name ` +
            `containing '\\' or '../' (here '${name}'). Rename it or add it to 'ignore-paths'.`, { input: 'path' });
    }
    /** The directory's entries in byte order of their names, with the type the listing gives. */
    async readEntries(path) {
        let listing;
        try {
            listing = await (0,promises_.readdir)(path, { encoding: 'buffer', withFileTypes: true });
        }
        catch (error) {
            throw (0,artifact_errors/* unreadableError */.Sw)(this.display(path), error);
        }
        // Go compares strings as UTF-8 bytes; JavaScript's default sort compares UTF-16 code units.
        listing.sort((a, b) => Buffer.compare(a.name, b.name));
        return listing.map((entry) => {
            const name = entry.name.toString('utf8');
            if (!(0,external_node_buffer_.isUtf8)(entry.name)) {
                throw new errors/* UserError */.yo(errors/* ErrorCode */.O4.ARTIFACT_INVALID_NAME, `${this.display((0,external_node_path_.join)(path, name))} has a name that is not valid UTF-8, which an OCI ` +
                    `artifact cannot carry faithfully. Rename it or add it to 'ignore-paths'.`, { input: 'path' });
            }
            return { name, kind: kindOf(entry) };
        });
    }
    async withSourceIgnore(directory) {
        const path = (0,external_node_path_.join)(directory.realPath, SOURCE_IGNORE_FILE);
        let content;
        try {
            content = await (0,promises_.readFile)(path, 'utf8');
        }
        catch (error) {
            throw (0,artifact_errors/* unreadableError */.Sw)(this.display(path), error);
        }
        return directory.rules.withSourceIgnore(directory.name, content);
    }
    async lstatPath(path) {
        try {
            return await (0,promises_.lstat)(path);
        }
        catch (error) {
            throw this.missingOrUnreadable(path, error);
        }
    }
    async statPath(path) {
        try {
            return await (0,promises_.stat)(path);
        }
        catch (error) {
            throw this.missingOrUnreadable(path, error);
        }
    }
    missingOrUnreadable(path, error) {
        if ((0,artifact_errors/* errorCode */.CA)(error) !== 'ENOENT')
            return (0,artifact_errors/* unreadableError */.Sw)(this.display(path), error);
        return new errors/* UserError */.yo(errors/* ErrorCode */.O4.ARTIFACT_PATH_NOT_FOUND, `${this.display(path)} does not exist. Check the 'path' input (relative to the workspace, ` +
            `${this.options.workspace}).`, { input: 'path', cause: error });
    }
}


/***/ })

};
