export const id = 744;
export const ids = [744];
export const modules = {

/***/ 8744:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  buildChart: () => (/* binding */ buildChart)
});

// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(51455);
// EXTERNAL MODULE: external "node:os"
var external_node_os_ = __webpack_require__(48161);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(76760);
// EXTERNAL MODULE: external "node:stream"
var external_node_stream_ = __webpack_require__(57075);
// EXTERNAL MODULE: ./build/errors.js
var errors = __webpack_require__(19473);
// EXTERNAL MODULE: ./build/oci/digest.js
var digest = __webpack_require__(1564);
// EXTERNAL MODULE: ./build/oci/media-types.js
var media_types = __webpack_require__(54566);
// EXTERNAL MODULE: ./build/artifact/artifact-errors.js
var artifact_errors = __webpack_require__(76061);
// EXTERNAL MODULE: ./build/artifact/flux-format.js
var flux_format = __webpack_require__(90106);
// EXTERNAL MODULE: ./build/artifact/layer.js + 3 modules
var artifact_layer = __webpack_require__(92695);
// EXTERNAL MODULE: ./build/artifact/manifest.js
var artifact_manifest = __webpack_require__(2186);
;// CONCATENATED MODULE: ./build/artifact/helm/chart-version.js
// Which chart versions Helm accepts: Masterminds semver v3 `NewVersion` as Helm 4 calls it (its
// default `CoerceNewVersion`), looser than semver 2.0: a leading `v`, a missing minor or patch
// (`1`, `v1.2`) and leading zeros in the numbers (`01.2.3`) are accepted; a numeric pre-release
// part with a leading zero (`1.0.0-01`) is not; at most 256 characters; each number fits 64 bits.
// The `semver` package is stricter (no `v`, no `1.2`), so it cannot answer for Helm.
const MAX_VERSION_LENGTH = 256;
const LOOSE_VERSION = /^v?([0-9]+)(\.[0-9]+)?(\.[0-9]+)?(?:-([0-9A-Za-z-]+(?:\.[0-9A-Za-z-]+)*))?(?:\+([0-9A-Za-z-]+(?:\.[0-9A-Za-z-]+)*))?$/;
const MAX_UINT64 = 2n ** 64n - 1n;
/** Whether Helm takes `version` as a chart version (helm/helm `pkg/chart/v2/metadata.go`). */
function isHelmChartVersion(version) {
    if (version.length > MAX_VERSION_LENGTH)
        return false;
    const match = LOOSE_VERSION.exec(version);
    if (!match)
        return false;
    const [, major, minor, patch, prerelease] = match;
    for (const number of [major, minor?.slice(1), patch?.slice(1)]) {
        if (number !== undefined && BigInt(number) > MAX_UINT64)
            return false;
    }
    // A numeric pre-release part may not start with 0 (`1.0.0-01`); `0` alone is fine.
    return prerelease === undefined || prerelease.split('.').every((part) => !/^0[0-9]+$/.test(part));
}

// EXTERNAL MODULE: ./node_modules/yaml/dist/index.js
var dist = __webpack_require__(38815);
;// CONCATENATED MODULE: ./build/artifact/helm/go-yaml.js
// Reading YAML into a typed shape as Helm does for Chart.yaml and Chart.lock: sigs.k8s.io/yaml turns
// the YAML 1.1 document (go-yaml v2) into JSON, then Go's encoding/json fills the struct. What that
// means, beyond plain YAML:
// - `yes`/`no`/`on`/`off` are booleans; timestamps and `1:20` stay strings;
// - a number or a boolean where the struct has a string becomes that string: an integer in
//   decimal, a float as Go formats a float32 (`1.10` becomes `1.1`, `1.0` becomes `1`);
// - field names match exactly, else case-insensitively; unknown fields are dropped; a key given
//   twice keeps its last value; null leaves a field empty;
// - any other mismatch (a list where a string goes) is an error.

/** Where a document does not fit its shape: `at` is the field's path, e.g. `maintainers[0].name`. */
class ShapeError extends Error {
    at;
    expected;
    got;
    constructor(at, expected, got) {
        super(`${at} must be ${expected}, not ${got}`);
        this.at = at;
        this.expected = expected;
        this.got = got;
        this.name = 'ShapeError';
    }
}
/** YAML that cannot be parsed at all; the message has the line and column. */
class YamlSyntaxError extends Error {
    constructor(message) {
        super(message);
        this.name = 'YamlSyntaxError';
    }
}
/** go-yaml v2 resolves neither timestamps nor base-60 numbers when the target is untyped. */
function goYamlTags(tags) {
    return tags.filter((tag) => {
        if (typeof tag === 'string')
            return tag !== 'timestamp' && !tag.endsWith('Time');
        return tag.tag !== 'tag:yaml.org,2002:timestamp' && tag.format !== 'TIME';
    });
}
/** A parse error of `text` in one line, with the line it was found on. */
function describeYamlError(error, text) {
    const line = text.slice(0, error.pos[0]).split('\n').length;
    return `${error.message.replace(/\s+/g, ' ').trim()} (line ${line})`;
}
/** The first document of `text` as plain values: integers as bigint, floats as number. */
function parseYaml(text) {
    const document = (0,dist/* parseDocument */.Tp)(text, {
        version: '1.1',
        intAsBigInt: true,
        uniqueKeys: false,
        customTags: goYamlTags,
        prettyErrors: false,
    });
    const [error] = document.errors;
    if (error)
        throw new YamlSyntaxError(describeYamlError(error, text));
    return document.toJS({ maxAliasCount: 1000 });
}
/**
 * Go's `strconv.FormatFloat(value, 'g', -1, bits)`: the shortest digits that read back as the same
 * float32 (or float64), in `%e` form below 1e-4 or from 1e6, else `%f`. This is how
 * sigs.k8s.io/yaml turns a float into a string (32 bits) and how go-yaml writes one (64).
 */
function formatGoFloat(value, bits) {
    const round = bits === 32 ? Math.fround : (x) => x;
    const single = round(value);
    if (Number.isNaN(single))
        return 'NaN';
    if (!Number.isFinite(single))
        return single > 0 ? '+Inf' : '-Inf';
    if (single === 0)
        return Object.is(single, -0) ? '-0' : '0';
    const sign = single < 0 ? '-' : '';
    const magnitude = Math.abs(single);
    let digits = '';
    let exponent = 0;
    for (let precision = 1; precision <= 17; precision++) {
        const written = magnitude.toExponential(precision - 1);
        if (round(Number(written)) !== magnitude)
            continue;
        const [mantissa, power] = written.split('e');
        digits = mantissa.replace('.', '').replace(/0+$/, '') || '0';
        exponent = Number(power);
        break;
    }
    if (exponent < -4 || exponent >= 6) {
        const mantissa = digits.length > 1 ? `${digits[0]}.${digits.slice(1)}` : digits;
        const power = String(Math.abs(exponent)).padStart(2, '0');
        return `${sign}${mantissa}e${exponent < 0 ? '-' : '+'}${power}`;
    }
    const point = exponent + 1;
    if (point <= 0)
        return `${sign}0.${'0'.repeat(-point)}${digits}`;
    if (point >= digits.length)
        return `${sign}${digits}${'0'.repeat(point - digits.length)}`;
    return `${sign}${digits.slice(0, point)}.${digits.slice(point)}`;
}
function describe(value) {
    if (Array.isArray(value))
        return 'a list';
    if (value !== null && typeof value === 'object')
        return 'a mapping';
    if (typeof value === 'bigint' || typeof value === 'number')
        return `the number ${value}`;
    return `the ${typeof value} ${JSON.stringify(value)}`;
}
function isMapping(value) {
    return value !== null && typeof value === 'object' && !Array.isArray(value);
}
function toJson(value) {
    if (typeof value === 'bigint')
        return Number(value);
    if (Array.isArray(value))
        return value.map(toJson);
    if (isMapping(value)) {
        return Object.fromEntries(Object.entries(value).map(([key, item]) => [key, toJson(item)]));
    }
    return value;
}
function byteOrder(a, b) {
    return Buffer.compare(Buffer.from(a), Buffer.from(b));
}
function decodeStruct(value, fields, at) {
    const names = Object.keys(fields);
    const decoded = {};
    // sigs.k8s.io/yaml hands encoding/json an object with sorted keys; a later key wins.
    for (const key of Object.keys(value).sort(byteOrder)) {
        const name = names.find((field) => field === key) ??
            names.find((field) => field.toLowerCase() === key.toLowerCase());
        if (name === undefined)
            continue;
        const field = decodeShape(value[key], fields[name], at === '' ? name : `${at}.${name}`);
        if (field === undefined)
            delete decoded[name];
        else
            decoded[name] = field;
    }
    return decoded;
}
/** What a null list item becomes in Go: a nil pointer for a struct, else the type's zero value. */
function zeroOf(shape) {
    if (shape === 'string')
        return '';
    if (shape === 'bool')
        return false;
    return null;
}
/** `value` (from `parseYaml`) in `shape`; `undefined` where Go leaves the zero value. */
function decodeShape(value, shape, at) {
    if (value === null || value === undefined)
        return undefined;
    if (shape === 'any')
        return toJson(value);
    if (shape === 'string') {
        if (typeof value === 'string')
            return value;
        if (typeof value === 'bigint')
            return value.toString();
        if (typeof value === 'number')
            return formatGoFloat(value, 32);
        if (typeof value === 'boolean')
            return String(value);
        throw new ShapeError(at, 'a string', describe(value));
    }
    if (shape === 'bool') {
        if (typeof value === 'boolean')
            return value;
        throw new ShapeError(at, 'true or false', describe(value));
    }
    if ('list' in shape) {
        if (!Array.isArray(value))
            throw new ShapeError(at, 'a list', describe(value));
        return value.map((item, index) => item === null ? zeroOf(shape.list) : decodeShape(item, shape.list, `${at}[${index}]`));
    }
    if (!isMapping(value))
        throw new ShapeError(at, 'a mapping', describe(value));
    if ('map' in shape) {
        return Object.fromEntries(Object.entries(value).map(([key, item]) => [
            key,
            decodeShape(item, shape.map, `${at}.${key}`) ?? '',
        ]));
    }
    return decodeStruct(value, shape.struct, at);
}

;// CONCATENATED MODULE: ./build/artifact/helm/chart-metadata.js
// Chart.yaml as Helm reads and checks it (helm/helm `pkg/chart/v2/metadata.go`, `dependency.go`,
// and `pkg/chart/loader/load.go` for the apiVersion): the fields Helm knows, read the way Helm
// reads YAML (go-yaml.ts), cleaned and checked as `Metadata.Validate` does. What is written back
// into the archive and into the OCI config is this metadata, not the original text (helm-yaml.ts).



const DEPENDENCY_SHAPE = {
    struct: {
        name: 'string',
        version: 'string',
        repository: 'string',
        condition: 'string',
        tags: { list: 'string' },
        enabled: 'bool',
        'import-values': { list: 'any' },
        alias: 'string',
    },
    always: ['name', 'repository'],
};
/** In the order of Helm's `Metadata` struct, which its JSON (the OCI config) follows. */
const METADATA_SHAPE = {
    struct: {
        name: 'string',
        home: 'string',
        sources: { list: 'string' },
        version: 'string',
        description: 'string',
        keywords: { list: 'string' },
        maintainers: { list: { struct: { name: 'string', email: 'string', url: 'string' } } },
        icon: 'string',
        apiVersion: 'string',
        condition: 'string',
        tags: 'string',
        appVersion: 'string',
        deprecated: 'bool',
        annotations: { map: 'string' },
        kubeVersion: 'string',
        dependencies: { list: DEPENDENCY_SHAPE },
        type: 'string',
    },
};
const CHART_FILE = 'Chart.yaml';
function chartYamlError(origin, problem) {
    return new errors/* UserError */.yo(errors/* ErrorCode */.O4.CHART_YAML_INVALID, `${origin.file} ${problem}. Fix it so that 'helm lint' accepts the chart.`, { input: origin.input });
}
function invalidMetadata(origin, problem) {
    return new errors/* UserError */.yo(errors/* ErrorCode */.O4.CHART_METADATA_INVALID, `${origin.file}: ${problem}.`, {
        input: origin.input,
    });
}
const WHITE_SPACE = /\p{White_Space}/gu;
const NOT_PRINTABLE = /[^\p{L}\p{M}\p{N}\p{P}\p{S} ]/gu;
/** Helm's `sanitizeString`: white space becomes a space, what does not print is removed. */
function sanitize(text) {
    return text.replace(WHITE_SPACE, ' ').replace(NOT_PRINTABLE, '');
}
function sanitizeFields(record, fields) {
    const clean = { ...record };
    for (const field of fields) {
        const value = clean[field];
        if (typeof value === 'string')
            clean[field] = sanitize(value);
        else if (Array.isArray(value)) {
            clean[field] = value.map((item) => typeof item === 'string' ? sanitize(item) : item);
        }
    }
    return clean;
}
const ALIAS = /^[a-zA-Z0-9_-]+$/;
function checkDependencies(dependencies, origin) {
    const seen = new Set();
    return dependencies.map((dependency, index) => {
        if (dependency === null) {
            throw invalidMetadata(origin, `dependencies[${index}] is empty; remove the empty entry`);
        }
        const clean = sanitizeFields(dependency, [
            'name',
            'version',
            'repository',
            'condition',
            'tags',
        ]);
        if (clean.alias !== undefined && !ALIAS.test(clean.alias)) {
            throw invalidMetadata(origin, `the alias '${clean.alias}' of dependency '${clean.name ?? ''}' may only hold letters, ` +
                `digits, '_' and '-'`);
        }
        const key = clean.alias ?? clean.name ?? '';
        if (seen.has(key)) {
            throw invalidMetadata(origin, `more than one dependency is named or aliased '${key}'`);
        }
        seen.add(key);
        return clean;
    });
}
/**
 * Helm's checks on a chart's metadata, and its clean-up of the text fields. `versionInput` is the
 * input to blame when the version came from it rather than from the file.
 */
function validateMetadata(metadata, origin, versionInput) {
    const clean = sanitizeFields(metadata, [
        'name',
        'description',
        'home',
        'icon',
        'condition',
        'tags',
        'appVersion',
        'kubeVersion',
        'sources',
        'keywords',
    ]);
    const { name, version, apiVersion } = clean;
    if (apiVersion !== 'v1' && apiVersion !== 'v2') {
        throw invalidMetadata(origin, `apiVersion '${apiVersion}' is not one this action packages: use v2 (Helm 3 and 4 ` +
            `charts) or v1 (Helm 2 charts)`);
    }
    if (!name)
        throw invalidMetadata(origin, "'name' is missing: give the chart a name");
    if (name === '.' || name === '..' || name.includes('/') || name.includes('\\')) {
        throw invalidMetadata(origin, `the name '${name}' cannot be a chart name (nor a directory)`);
    }
    if (!version)
        throw invalidMetadata(origin, "'version' is missing: give the chart a version");
    if (!isHelmChartVersion(version)) {
        const where = versionInput ? `the version given by '${versionInput}'` : "'version'";
        throw new errors/* UserError */.yo(errors/* ErrorCode */.O4.CHART_VERSION_INVALID, `${origin.file}: ${where}, '${version}', is not a semantic version as Helm reads them ` +
            `(e.g. 1.2.3, v1.2.3, 1.2.3-rc.1+build.5). Set a valid version.`, { input: versionInput ?? origin.input });
    }
    if (clean.type !== undefined && clean.type !== 'application' && clean.type !== 'library') {
        throw invalidMetadata(origin, `'type' is '${clean.type}': use 'application' or 'library'`);
    }
    const maintainers = clean.maintainers?.map((maintainer, index) => {
        if (maintainer === null) {
            throw invalidMetadata(origin, `maintainers[${index}] is empty; remove the empty entry`);
        }
        return sanitizeFields(maintainer, ['name', 'email', 'url']);
    });
    const dependencies = clean.dependencies && checkDependencies(clean.dependencies, origin);
    const checked = { ...clean };
    delete checked.maintainers;
    delete checked.dependencies;
    return {
        ...checked,
        name,
        version,
        apiVersion,
        ...(maintainers && { maintainers }),
        ...(dependencies && { dependencies }),
    };
}
/** Parses Chart.yaml's text as Helm does and checks it; every problem is a UserError. */
function readChartMetadata(text, origin) {
    let fields;
    try {
        const decoded = decodeShape(parseYaml(text), METADATA_SHAPE, '') ?? {};
        fields = decoded;
    }
    catch (error) {
        if (error instanceof YamlSyntaxError) {
            throw chartYamlError(origin, `is not valid YAML: ${error.message}`);
        }
        if (error instanceof ShapeError) {
            const field = error.at === '' ? 'the document' : `'${error.at}'`;
            throw chartYamlError(origin, `does not fit Helm's Chart.yaml: ${field} must be ` + `${error.expected}, not ${error.got}`);
        }
        throw error;
    }
    // Helm 2 charts had no apiVersion; Helm reads one without it as v1 (pkg/chart/v2/loader/load.go).
    if (fields.apiVersion === undefined || fields.apiVersion === '')
        fields.apiVersion = 'v1';
    return validateMetadata(fields, origin);
}
/** `metadata` with the overrides applied, then checked again as `helm package` does. */
function withVersions(metadata, overrides, origin) {
    const changed = { ...metadata };
    if (overrides.version?.value)
        changed.version = overrides.version.value;
    if (overrides.appVersion?.value)
        changed.appVersion = overrides.appVersion.value;
    return validateMetadata(changed, origin, overrides.version?.value && overrides.version.input);
}

// EXTERNAL MODULE: external "node:buffer"
var external_node_buffer_ = __webpack_require__(4573);
// EXTERNAL MODULE: ./build/artifact/walk.js + 1 modules
var walk = __webpack_require__(14412);
;// CONCATENATED MODULE: ./build/artifact/helm/chart-walk.js
// The files of a chart directory as `helm package` finds them (helm/helm `internal/sympath/walk.go`
// and `pkg/chart/v2/loader/directory.go`): names sorted in each directory, the chart's `.helmignore`
// applied to every path below it (subcharts' own `.helmignore` files are not read), symbolic links
// followed (a link is named by its own path, matched as what it points to), and every file that is
// not ignored checked: a regular file of at most Helm's 5 MiB. Nothing is read here but names and
// sizes. Unlike Helm, links are only followed inside the workspace, and a loop is an error.






/** Helm refuses to load a larger file (helm/helm `pkg/chart/loader/archive` MaxDecompressedFileSize). */
const MAX_CHART_FILE_BYTES = 5 * 1024 * 1024;
/** How a user leaves a file out of a chart. */
const LEAVE_OUT_OF_CHART = `add it to the chart's .helmignore`;
async function walkChart(options) {
    const walker = new ChartWalker(options, await (0,promises_.realpath)(options.workspace));
    let rootReal;
    try {
        rootReal = await (0,promises_.realpath)(options.root);
    }
    catch (error) {
        throw walker.missingOrUnreadable(options.root, error);
    }
    const where = (0,walk/* forbiddenPlace */.F)(rootReal, walker.realWorkspace, options.workspace);
    if (where) {
        throw new errors/* UserError */.yo(errors/* ErrorCode */.O4.CHART_OUTSIDE_WORKSPACE, `The chart directory ${walker.display(options.root)} resolves to ${rootReal}, ${where}: ` +
            `give a chart directory of the repository itself.`, { input: options.input });
    }
    if (!(await walker.stat(rootReal)).isDirectory()) {
        throw new errors/* UserError */.yo(errors/* ErrorCode */.O4.CHART_NOT_A_DIRECTORY, `${walker.display(options.root)} is not a directory: '${options.input}' names the chart ` +
            `directory (the one holding Chart.yaml).`, { input: options.input });
    }
    const files = [];
    await walker.walk(rootReal, '', new Set([rootReal]), files);
    return files;
}
class ChartWalker {
    options;
    realWorkspace;
    constructor(options, realWorkspace) {
        this.options = options;
        this.realWorkspace = realWorkspace;
    }
    display(path) {
        return (0,artifact_errors/* displayPath */.Gt)(path, this.options.workspace);
    }
    async walk(directory, name, ancestors, files) {
        for (const entry of await this.names(directory)) {
            const path = (0,external_node_path_.join)(directory, entry);
            const childName = name === '' ? entry : `${name}/${entry}`;
            const linkStats = await this.lstat(path);
            const realPath = linkStats.isSymbolicLink() ? await this.follow(path) : path;
            const stats = linkStats.isSymbolicLink() ? await this.stat(realPath) : linkStats;
            if (stats.isDirectory()) {
                if (this.options.rules.ignores(childName, true))
                    continue;
                if (ancestors.has(realPath))
                    throw this.cycle(path, realPath);
                await this.walk(realPath, childName, new Set([...ancestors, realPath]), files);
                continue;
            }
            if (this.options.rules.ignores(childName, false))
                continue;
            if (!stats.isFile())
                throw this.irregular(path, stats);
            if (stats.size > MAX_CHART_FILE_BYTES)
                throw this.tooLarge(path, stats.size);
            files.push({ name: childName, path: realPath, size: stats.size });
        }
    }
    /** The directory's entries in byte order of their names, as Go's `sort.Strings` leaves them. */
    async names(directory) {
        let names;
        try {
            names = await (0,promises_.readdir)(directory, { encoding: 'buffer' });
        }
        catch (error) {
            throw (0,artifact_errors/* unreadableError */.Sw)(this.display(directory), error, LEAVE_OUT_OF_CHART);
        }
        names.sort((a, b) => Buffer.compare(a, b));
        return names.map((name) => {
            const text = name.toString('utf8');
            if ((0,external_node_buffer_.isUtf8)(name) && !text.includes('\\'))
                return text;
            if ((0,external_node_buffer_.isUtf8)(name)) {
                throw new errors/* UserError */.yo(errors/* ErrorCode */.O4.CHART_INVALID_NAME, `${this.display((0,external_node_path_.join)(directory, text))} has a '\\' in its name, which Helm reads as a ` +
                    `directory separator when it loads a chart archive. Rename it or ${LEAVE_OUT_OF_CHART}.`, { input: this.options.input });
            }
            throw new errors/* UserError */.yo(errors/* ErrorCode */.O4.CHART_INVALID_NAME, `${this.display((0,external_node_path_.join)(directory, name.toString('utf8')))} has a name that is not valid ` +
                `UTF-8, which a chart archive cannot carry faithfully. Rename it or ` +
                `${LEAVE_OUT_OF_CHART}.`, { input: this.options.input });
        });
    }
    async follow(link) {
        let target;
        try {
            target = await (0,promises_.realpath)(link);
        }
        catch (error) {
            const loop = (0,artifact_errors/* errorCode */.CA)(error) === 'ELOOP';
            throw new errors/* UserError */.yo(loop ? errors/* ErrorCode */.O4.CHART_SYMLINK_CYCLE : errors/* ErrorCode */.O4.CHART_SYMLINK_DANGLING, `The symbolic link ${this.display(link)} -> ${await (0,promises_.readlink)(link)} cannot be followed: ` +
                `${loop ? 'it leads back to itself' : 'its target does not exist'}, and Helm follows ` +
                `every link in a chart. Fix or remove the link, or ${LEAVE_OUT_OF_CHART}.`, { input: this.options.input, cause: error });
        }
        const where = (0,walk/* forbiddenPlace */.F)(target, this.realWorkspace, this.options.workspace);
        if (where) {
            throw new errors/* UserError */.yo(errors/* ErrorCode */.O4.CHART_SYMLINK_OUTSIDE_WORKSPACE, `The symbolic link ${this.display(link)} -> ${await (0,promises_.readlink)(link)} resolves to ` +
                `${target}, ${where}; following it could publish secrets from the runner. Remove the ` +
                `link or ${LEAVE_OUT_OF_CHART}.`, { input: this.options.input });
        }
        return target;
    }
    cycle(link, target) {
        return new errors/* UserError */.yo(errors/* ErrorCode */.O4.CHART_SYMLINK_CYCLE, `The symbolic link ${this.display(link)} points to ${this.display(target)}, a directory ` +
            `that contains it: following it would never end. Remove the link or ` +
            `${LEAVE_OUT_OF_CHART}.`, { input: this.options.input });
    }
    irregular(path, stats) {
        return new errors/* UserError */.yo(errors/* ErrorCode */.O4.CHART_UNSUPPORTED_FILE, `${this.display(path)} is ${(0,artifact_errors/* irregularKind */.An)(stats)}; a chart holds only regular files and ` +
            `directories ('helm package' refuses it too). Remove it or ${LEAVE_OUT_OF_CHART}.`, { input: this.options.input });
    }
    tooLarge(path, size) {
        return new errors/* UserError */.yo(errors/* ErrorCode */.O4.CHART_FILE_TOO_LARGE, `${this.display(path)} is ${size} bytes, more than the ${MAX_CHART_FILE_BYTES} bytes ` +
            `(5 MiB) Helm loads from one chart file. Make it smaller or ${LEAVE_OUT_OF_CHART}.`, { input: this.options.input });
    }
    async lstat(path) {
        try {
            return await (0,promises_.lstat)(path);
        }
        catch (error) {
            throw this.missingOrUnreadable(path, error);
        }
    }
    async stat(path) {
        try {
            return await (0,promises_.stat)(path);
        }
        catch (error) {
            throw this.missingOrUnreadable(path, error);
        }
    }
    missingOrUnreadable(path, error) {
        if ((0,artifact_errors/* errorCode */.CA)(error) !== 'ENOENT') {
            return (0,artifact_errors/* unreadableError */.Sw)(this.display(path), error, LEAVE_OUT_OF_CHART);
        }
        return new errors/* UserError */.yo(errors/* ErrorCode */.O4.CHART_NOT_FOUND, `${this.display(path)} does not exist. Check '${this.options.input}' (the chart ` +
            `directory, relative to the workspace ${this.options.workspace}).`, { input: this.options.input, cause: error });
    }
}

;// CONCATENATED MODULE: ./build/artifact/helm/go-json.js
function go_json_byteOrder(a, b) {
    return Buffer.compare(Buffer.from(a), Buffer.from(b));
}
function isEmpty(value) {
    if (value === undefined || value === null || value === '' || value === false)
        return true;
    if (Array.isArray(value))
        return value.length === 0;
    return typeof value === 'object' && Object.keys(value).length === 0;
}
/** `value` in Go's JSON data model: structs keep their field order, maps sort their keys. */
function goJsonValue(value, shape) {
    if (value === undefined || value === null)
        return null;
    if (shape === 'string' || shape === 'bool')
        return value;
    if (shape === 'any')
        return sortedKeys(value);
    if ('list' in shape)
        return value.map((item) => goJsonValue(item, shape.list));
    if ('map' in shape) {
        const map = value;
        return Object.fromEntries(Object.keys(map)
            .sort(go_json_byteOrder)
            .map((key) => [key, goJsonValue(map[key], shape.map)]));
    }
    const record = value;
    const entries = [];
    for (const [name, fieldShape] of Object.entries(shape.struct)) {
        const field = record[name];
        if (isEmpty(field) && !shape.always?.includes(name))
            continue;
        entries.push([name, goJsonValue(field ?? (fieldShape === 'string' ? '' : null), fieldShape)]);
    }
    return Object.fromEntries(entries);
}
function sortedKeys(value) {
    if (Array.isArray(value))
        return value.map(sortedKeys);
    if (value === null || typeof value !== 'object')
        return value;
    const record = value;
    return Object.fromEntries(Object.keys(record)
        .sort(go_json_byteOrder)
        .map((key) => [key, sortedKeys(record[key])]));
}
const GO_ESCAPES = {
    '<': '\\u003c',
    '>': '\\u003e',
    '&': '\\u0026',
    '\u2028': '\\u2028',
    '\u2029': '\\u2029',
};
/** Go's `json.Marshal` of `value` as a struct of `shape`. */
function goJsonBytes(value, shape) {
    // These characters can only be inside strings, so replacing them everywhere is safe.
    const json = JSON.stringify(goJsonValue(value, shape)).replace(/[<>&\u2028\u2029]/g, (char) => GO_ESCAPES[char]);
    return Buffer.from(json, 'utf8');
}

;// CONCATENATED MODULE: ./build/artifact/helm/helm-yaml.js
// YAML as Helm writes Chart.yaml and Chart.lock into a chart archive (helm/helm
// `pkg/chart/v2/util/save.go`): sigs.k8s.io/yaml marshals the struct to JSON, reads that back
// untyped and lets go-yaml v2 write it. This writes the same bytes (go.yaml.in/yaml/v2
// `emitterc.go`, `encode.go`, `sorter.go`): keys in go-yaml's order (letters by code point, runs
// of digits by their value, other characters before letters); sequences not indented under their
// key; a text that would read back as something else (`"1"`, `"true"`, `""`, `"2024-01-01"`) or
// holds a character go-yaml escapes double-quoted; one that cannot be plain single-quoted; one
// with a line break a literal block; and a long line folded at the first single space past
// column 80 (not before it, as most YAML writers do).


const DIGIT = /\p{Nd}/u;
const LETTER = /\p{L}/u;
function digitValue(char) {
    return char.codePointAt(0) - 48;
}
/** go-yaml v2's key order for string keys (`keyList.Less`), as a comparator. */
function goYamlKeyOrder(a, b) {
    if (a === b)
        return 0;
    return goYamlKeyLess(a, b) ? -1 : 1;
}
function goYamlKeyLess(a, b) {
    const ar = [...a];
    const br = [...b];
    for (let i = 0; i < ar.length && i < br.length; i++) {
        if (ar[i] === br[i])
            continue;
        const aLetter = LETTER.test(ar[i]);
        const bLetter = LETTER.test(br[i]);
        if (aLetter && bLetter)
            return ar[i].codePointAt(0) < br[i].codePointAt(0);
        if (aLetter || bLetter)
            return bLetter;
        let an = 0;
        let bn = 0;
        if (ar[i] === '0' || br[i] === '0') {
            for (let j = i - 1; j >= 0 && DIGIT.test(ar[j]); j--) {
                if (ar[j] !== '0') {
                    an = 1;
                    bn = 1;
                    break;
                }
            }
        }
        let ai = i;
        for (; ai < ar.length && DIGIT.test(ar[ai]); ai++)
            an = an * 10 + digitValue(ar[ai]);
        let bi = i;
        for (; bi < br.length && DIGIT.test(br[bi]); bi++)
            bn = bn * 10 + digitValue(br[bi]);
        if (an !== bn)
            return an < bn;
        if (ai !== bi)
            return ai < bi;
        return ar[i].codePointAt(0) < br[i].codePointAt(0);
    }
    return ar.length < br.length;
}
/** The column go-yaml folds after (its default `best_width`, which Helm does not change). */
const BEST_WIDTH = 80;
function helm_yaml_isMapping(value) {
    return value !== null && typeof value === 'object' && !Array.isArray(value);
}
/** The YAML 1.1 scalar forms other than strings: null, booleans, numbers, timestamps. */
const OTHER_SCALARS = new dist/* Document */.yo(null, { version: '1.1' }).schema.tags.filter((tag) => tag.test !== undefined && tag.tag !== 'tag:yaml.org,2002:str');
/** go-yaml's `is_printable`: what it writes as is; anything else forces double quotes. */
function printable(char) {
    const code = char.codePointAt(0);
    return (code === 0x0a ||
        (code >= 0x20 && code <= 0x7e) ||
        (code >= 0xa0 && code <= 0xd7ff) ||
        (code >= 0xe000 && code <= 0xfffd && code !== 0xfeff));
}
const ESCAPES = {
    0x00: '0',
    0x07: 'a',
    0x08: 'b',
    0x09: 't',
    0x0a: 'n',
    0x0b: 'v',
    0x0c: 'f',
    0x0d: 'r',
    0x1b: 'e',
    0x22: '"',
    0x5c: '\\',
    0x85: 'N',
    0xa0: '_',
    0x2028: 'L',
    0x2029: 'P',
};
function escaped(char) {
    const code = char.codePointAt(0);
    const named = ESCAPES[code];
    if (named !== undefined)
        return `\\${named}`;
    const [letter, width] = code <= 0xff ? ['x', 2] : code <= 0xffff ? ['u', 4] : ['U', 8];
    return `\\${letter}${code.toString(16).toUpperCase().padStart(width, '0')}`;
}
/** go-yaml's double-quoted scalar at `column`: its escapes, and its folding at a space. */
function doubleQuoted(text, column, indent, breaks = true) {
    const chars = [...text];
    let out = '"';
    let at = column + 1;
    let spaces = false;
    chars.forEach((char, i) => {
        const escape = !printable(char) || '\n\r\u0085\u2028\u2029"\\'.includes(char) || chars[0] === '\ufeff';
        if (escape) {
            const written = escaped(char);
            out += written;
            at += written.length;
            spaces = false;
        }
        else if (char === ' ') {
            if (breaks && !spaces && at > BEST_WIDTH && i > 0 && i < chars.length - 1) {
                out += `\n${' '.repeat(indent)}${chars[i + 1] === ' ' ? '\\' : ''}`;
                at = indent + (chars[i + 1] === ' ' ? 1 : 0);
            }
            else {
                out += char;
                at++;
            }
            spaces = true;
        }
        else {
            out += char;
            at++;
            spaces = false;
        }
    });
    return `${out}"`;
}
/**
 * A one-line string that go-yaml's encoder leaves plain: plain when YAML allows it there, else
 * single-quoted (the `yaml` library's analysis of the text, which agrees with go-yaml's emitter).
 */
function plainOrSingleQuoted(text) {
    return new dist/* Document */.yo(text, { version: '1.1' })
        .toString({ lineWidth: 0, singleQuote: true })
        .replace(/\n$/, '');
}
/**
 * go-yaml's folding of a flow scalar (plain or single-quoted) that starts at `column`: at a
 * single space once the line is past column 80, the line breaks and goes on at `indent`. A
 * single-quoted scalar never breaks at its first or last character.
 */
function fold(written, column, indent) {
    const quote = written.startsWith("'");
    const chars = [...written];
    let out = '';
    let at = column;
    let spaces = false;
    for (let i = 0; i < chars.length; i++) {
        const char = chars[i];
        const inside = !quote || (i > 1 && i < chars.length - 2);
        if (char === ' ') {
            if (!spaces && at > BEST_WIDTH && inside && chars[i + 1] !== ' ') {
                out += `\n${' '.repeat(indent)}`;
                at = indent;
            }
            else {
                out += char;
                at++;
            }
            spaces = true;
        }
        else {
            out += char;
            at++;
            spaces = false;
        }
    }
    return out;
}
/** A text with line breaks as go-yaml writes it: a literal block, with its indentation and chomping hints. */
function literal(text, indent) {
    const indentHint = text.startsWith(' ') || text.startsWith('\n') ? '2' : '';
    const trailing = /\n*$/.exec(text)[0].length;
    const chomp = trailing === 0 ? '-' : trailing === 1 && text.length > 1 ? '' : '+';
    const lines = text.split('\n');
    if (trailing > 0)
        lines.pop();
    const body = lines.map((line) => (line === '' ? '\n' : `${' '.repeat(indent)}${line}\n`));
    return `|${indentHint}${chomp}\n${body.join('')}`;
}
/** A scalar at `column`, continuing at `indent`; ends without a line break unless a block. */
function scalar(value, column, indent) {
    if (value === null)
        return 'null';
    if (typeof value === 'boolean')
        return String(value);
    if (typeof value === 'number') {
        if (Number.isInteger(value))
            return String(value);
        const text = formatGoFloat(value, 64);
        return { '+Inf': '.inf', '-Inf': '-.inf', NaN: '.nan' }[text] ?? text;
    }
    const text = value;
    const special = [...text].some((char) => !printable(char));
    if (text.includes('\n')) {
        // go-yaml's encoder asks for a literal block; its emitter falls back to double quotes for
        // a space before a line break, a space at the end, or a character it must escape.
        if (special || /  *\n| $/.test(text) || /[\r\u0085\u2028\u2029]/.test(text)) {
            return doubleQuoted(text, column, indent);
        }
        return literal(text, indent);
    }
    const readsAsOther = text === '' || OTHER_SCALARS.some((tag) => tag.test.test(text));
    if (readsAsOther || special)
        return doubleQuoted(text, column, indent);
    return fold(plainOrSingleQuoted(text), column, indent);
}
/** A key: never folded (go-yaml writes keys as simple keys). */
function key(text) {
    const special = [...text].some((char) => !printable(char));
    const readsAsOther = text === '' || OTHER_SCALARS.some((tag) => tag.test.test(text));
    return readsAsOther || special ? doubleQuoted(text, 0, 0, false) : plainOrSingleQuoted(text);
}
function isEmptyCollection(value) {
    return typeof value === 'object' && value !== null && Object.keys(value).length === 0;
}
function emptyCollection(value) {
    return Array.isArray(value) ? '[]' : '{}';
}
/** The entries of a mapping at `indent`; `first` is what starts the first line (`- ` of an item). */
function mapping(map, indent, first = ' '.repeat(indent)) {
    let out = '';
    Object.keys(map)
        .sort(goYamlKeyOrder)
        .forEach((name, index) => {
        const value = map[name];
        const start = `${index === 0 ? first : ' '.repeat(indent)}${key(name)}:`;
        if (isEmptyCollection(value))
            out += `${start} ${emptyCollection(value)}\n`;
        else if (helm_yaml_isMapping(value))
            out += `${start}\n${mapping(value, indent + 2)}`;
        else if (Array.isArray(value))
            out += `${start}\n${sequence(value, indent)}`;
        else {
            const text = scalar(value, [...start].length + 1, indent + 2);
            out += `${start} ${text}${text.endsWith('\n') ? '' : '\n'}`;
        }
    });
    return out;
}
/** The items of a sequence, `- ` at `indent` (go-yaml does not indent them under their key). */
function sequence(items, indent, first = ' '.repeat(indent)) {
    let out = '';
    items.forEach((item, index) => {
        const start = `${index === 0 ? first : ' '.repeat(indent)}- `;
        if (isEmptyCollection(item))
            out += `${start}${emptyCollection(item)}\n`;
        else if (helm_yaml_isMapping(item))
            out += mapping(item, indent + 2, start);
        else if (Array.isArray(item))
            out += sequence(item, indent + 2, start);
        else {
            const text = scalar(item, [...start].length, indent + 2);
            out += `${start}${text}${text.endsWith('\n') ? '' : '\n'}`;
        }
    });
    return out;
}
/** `value` (Go's JSON data model, see go-json.ts) written as go-yaml v2 writes it. */
function helmYamlBytes(data) {
    const value = data;
    let text;
    if (isEmptyCollection(value))
        text = `${emptyCollection(value)}\n`;
    else if (helm_yaml_isMapping(value))
        text = mapping(value, 0);
    else if (Array.isArray(value))
        text = sequence(value, 0);
    else
        text = `${scalar(value, 0, 0)}\n`;
    return Buffer.from(text, 'utf8');
}

// EXTERNAL MODULE: external "node:stream/promises"
var external_node_stream_promises_ = __webpack_require__(46466);
// EXTERNAL MODULE: external "node:zlib"
var external_node_zlib_ = __webpack_require__(38522);
// EXTERNAL MODULE: ./node_modules/tar-stream/index.js
var tar_stream = __webpack_require__(56118);
;// CONCATENATED MODULE: ./build/artifact/helm/subchart-archive.js
// A packaged subchart (`charts/*.tgz`, as `helm dependency build` leaves them) read as Helm reads
// an archive (helm/helm `pkg/chart/loader/archive/archive.go` LoadArchiveFiles): directories and
// PAX headers skipped, the first path component dropped, paths that climb out or are absolute
// refused, at most 5 MiB a file and 100 MiB in all, a UTF-8 byte order mark removed. `helm package`
// writes such a subchart out expanded, as a directory under `charts/`, and so do we.






/** Helm refuses to load a chart larger than this once decompressed. */
const MAX_CHART_BYTES = 100 * 1024 * 1024;
const UTF8_BOM = Buffer.from([0xef, 0xbb, 0xbf]);
/** Helm drops a UTF-8 byte order mark from the start of every file it loads. */
function withoutBom(data) {
    return data.subarray(0, 3).equals(UTF8_BOM) ? data.subarray(3) : data;
}
/** The files of a chart archive, named from the chart root; `shown` names the archive in errors. */
async function readChartArchive(archive, shown, input) {
    const refuse = (problem, cause) => new errors/* UserError */.yo(errors/* ErrorCode */.O4.CHART_SUBCHART_INVALID, `${shown} is not a chart archive Helm can load: ${problem}. Rebuild it with ` +
        `'helm dependency build'.`, { input, cause });
    const files = [];
    let remaining = MAX_CHART_BYTES;
    const extract = (0,tar_stream.extract)();
    const reading = (async () => {
        for await (const entry of extract) {
            const { header } = entry;
            const chunks = [];
            let size = 0;
            for await (const chunk of entry) {
                size += chunk.length;
                if (size > MAX_CHART_FILE_BYTES)
                    throw refuse(`${header.name} is larger than 5 MiB`);
                chunks.push(chunk);
            }
            // tar-stream applies PAX headers itself; Helm reads any other entry (a link too) as a file.
            if (header.type === 'directory')
                continue;
            const delimiter = header.name.includes('\\') ? '\\' : '/';
            const name = header.name.split(delimiter).slice(1).join('/');
            const parts = name.split('/').filter((part) => part !== '' && part !== '.');
            if (name.startsWith('/'))
                throw refuse(`${header.name} is an absolute path`);
            if (parts.length === 0)
                throw refuse(`${header.name} is outside the chart's directory`);
            if (parts[0] === '..' || parts.includes('..')) {
                throw refuse(`${header.name} refers to a parent directory`);
            }
            remaining -= size;
            if (remaining <= 0)
                throw refuse('it is larger than 100 MiB decompressed');
            const content = withoutBom(Buffer.concat(chunks));
            files.push({ name: parts.join('/'), content, size: content.length });
        }
    })();
    try {
        await Promise.all([(0,external_node_stream_promises_.pipeline)(external_node_stream_.Readable.from([archive]), (0,external_node_zlib_.createGunzip)(), extract), reading]);
    }
    catch (error) {
        if (error instanceof errors/* UserError */.yo)
            throw error;
        throw refuse(String(error.message ?? error), error);
    }
    if (files.length === 0)
        throw refuse('it holds no files');
    return files;
}

;// CONCATENATED MODULE: ./build/artifact/helm/chart-archive.js
// The entries of a chart archive in the order `helm package` writes them (helm/helm
// `pkg/chart/v2/util/save.go` writeTarContents): under `<chart name>/`, Chart.yaml and Chart.lock
// as Helm rewrites them, values.yaml, values.schema.json, the templates, the other files, then each
// subchart the same way under `charts/<its name>/`. Only files, no directory entries, mode 0644,
// a UTF-8 byte order mark left out as Helm's loader drops it. Unlike `helm package`, every entry
// has the same given time (the commit's), so the same chart always gives the same bytes.






function chartTarFormat(created) {
    return {
        mtime: new Date(created),
        fileMode: 0o644,
        droppedPrefix: UTF8_BOM,
        leaveOut: LEAVE_OUT_OF_CHART,
    };
}
/** The metadata as Helm writes it: a v1 chart's dependencies are left out (save.go). */
function writtenMetadata(metadata) {
    if (metadata.apiVersion !== 'v1' || metadata.dependencies === undefined)
        return metadata;
    const written = { ...metadata };
    delete written.dependencies;
    return written;
}
/** Chart.yaml as `helm package` writes it. */
function chartYamlBytes(metadata) {
    return helmYamlBytes(goJsonValue(writtenMetadata(metadata), METADATA_SHAPE));
}
function fileEntry(base, file) {
    const name = `${base}/${file.name}`;
    if (file.content)
        return { name, kind: 'file', content: file.content, size: file.size };
    return { name, kind: 'file', path: file.path, size: file.size };
}
function contentEntry(name, content) {
    return { name, kind: 'file', content, size: content.length };
}
/** Every entry of `chart`'s archive, its root named `base` (the chart's name at the top). */
function* chartEntries(chart, base = chart.metadata.name) {
    yield contentEntry(`${base}/Chart.yaml`, chartYamlBytes(chart.metadata));
    if (chart.lock)
        yield contentEntry(`${base}/Chart.lock`, chart.lock);
    if (chart.values)
        yield contentEntry(`${base}/values.yaml`, chart.values);
    if (chart.schema)
        yield contentEntry(`${base}/values.schema.json`, chart.schema);
    for (const file of chart.templates)
        yield fileEntry(base, file);
    for (const file of chart.files)
        yield fileEntry(base, file);
    for (const dependency of chart.dependencies) {
        yield* chartEntries(dependency, `${base}/charts/${dependency.metadata.name}`);
    }
}
/**
 * Helm refuses to load a chart of 100 MiB or more once decompressed (archive.go); the sizes are
 * the files' before a byte order mark is dropped, so this errs by at most 3 bytes a file.
 */
function checkChartSize(chart, shown, input) {
    let total = 0;
    for (const entry of chartEntries(chart))
        total += entry.size;
    if (total < MAX_CHART_BYTES)
        return;
    throw new errors/* UserError */.yo(errors/* ErrorCode */.O4.CHART_TOO_LARGE, `The chart ${shown} holds ${total} bytes of files, and Helm refuses to load a chart of ` +
        `100 MiB (${MAX_CHART_BYTES} bytes) or more. Leave files out with .helmignore.`, { input });
}

;// CONCATENATED MODULE: ./build/artifact/helm/chart-lock.js
// Chart.lock as Helm reads and rewrites it (helm/helm `pkg/chart/v2/dependency.go` `Lock`): Helm
// keeps the parsed lock, not the file, and `helm package` writes it back marshalled (so comments
// and unknown fields go, and `generated` is rewritten as Go prints a time).





const LOCK_FILE = 'Chart.lock';
const LOCK_SHAPE = {
    struct: { generated: 'string', digest: 'string', dependencies: { list: DEPENDENCY_SHAPE } },
    always: ['generated', 'digest', 'dependencies'],
};
const RFC3339 = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2}):(\d{2})(?:\.(\d{1,9}))?(Z|[+-]\d{2}:\d{2})$/;
/** Go's zero time, which an absent `generated` marshals to. */
const ZERO_TIME = '0001-01-01T00:00:00Z';
function lockError(origin, problem) {
    return new errors/* UserError */.yo(errors/* ErrorCode */.O4.CHART_LOCK_INVALID, `${origin.file} ${problem}. Regenerate it with 'helm dependency update'.`, { input: origin.input });
}
/** A time as Go's `time.Time` JSON writes it back: no trailing zeros, `Z` for a zero offset. */
function goTime(text, origin) {
    const match = RFC3339.exec(text);
    if (!match)
        throw lockError(origin, `has 'generated: ${text}', which is not an RFC 3339 time`);
    const [, date1, date2, date3, hours, minutes, seconds, fraction, zone] = match;
    const digits = (fraction ?? '').replace(/0+$/, '');
    const offset = zone === '+00:00' || zone === '-00:00' ? 'Z' : zone;
    return `${date1}-${date2}-${date3}T${hours}:${minutes}:${seconds}${digits && `.${digits}`}${offset}`;
}
/** The lock as Helm would write it into the archive. */
function rewriteChartLock(text, origin) {
    let lock;
    try {
        lock = (decodeShape(parseYaml(text), LOCK_SHAPE, '') ?? {});
    }
    catch (error) {
        if (error instanceof YamlSyntaxError)
            throw lockError(origin, `is not valid YAML: ${error.message}`);
        if (error instanceof ShapeError)
            throw lockError(origin, `does not fit Helm's Chart.lock: ${error.message}`);
        throw error;
    }
    lock.generated = typeof lock.generated === 'string' ? goTime(lock.generated, origin) : ZERO_TIME;
    return helmYamlBytes(goJsonValue(lock, LOCK_SHAPE));
}

;// CONCATENATED MODULE: ./build/artifact/helm/chart-model.js
// A chart as Helm's loader sorts its files (helm/helm `pkg/chart/v2/loader/load.go` LoadFiles):
// Chart.yaml, Chart.lock, values.yaml, values.schema.json, templates/, the subcharts under charts/
// (directories and packaged `.tgz` alike), and every other file. The same checks as Helm's, so that
// a chart `helm package` refuses is refused here, before anything is written or pushed.









const VALUES_FILE = 'values.yaml';
const SCHEMA_FILE = 'values.schema.json';
async function contentOf(file, place) {
    if (file.content)
        return file.content;
    let data;
    try {
        data = await (0,promises_.readFile)(file.path);
    }
    catch (error) {
        throw (0,artifact_errors/* unreadableError */.Sw)(place.show(file.name), error, LEAVE_OUT_OF_CHART);
    }
    return withoutBom(data);
}
function origin(place, name) {
    return { file: place.show(name), input: place.input };
}
/** values.yaml: YAML documents that are each a mapping (helm/helm `loader.LoadValues`). */
function checkValues(data, place) {
    const problem = (detail) => new errors/* UserError */.yo(errors/* ErrorCode */.O4.CHART_VALUES_INVALID, `${place.show(VALUES_FILE)} ${detail}; Helm cannot load the chart. Fix the file.`, { input: place.input });
    const text = data.toString('utf8');
    const documents = (0,dist/* parseAllDocuments */.hR)(text, {
        version: '1.1',
        uniqueKeys: false,
        prettyErrors: false,
    });
    for (const document of Array.isArray(documents) ? documents : [documents]) {
        const [error] = document.errors;
        if (error)
            throw problem(`is not valid YAML: ${describeYamlError(error, text)}`);
        const value = document.toJS({ maxAliasCount: 1000 });
        if (value !== null && (typeof value !== 'object' || Array.isArray(value))) {
            throw problem('holds a document that is not a mapping of values');
        }
    }
}
function checkSchema(data, place) {
    try {
        JSON.parse(data.toString('utf8'));
    }
    catch (error) {
        throw new errors/* UserError */.yo(errors/* ErrorCode */.O4.CHART_SCHEMA_INVALID, `${place.show(SCHEMA_FILE)} is not valid JSON (${error.message}); ` +
            `'helm package' refuses it. Fix the file.`, { input: place.input });
    }
}
/** Sorts the files of one chart (names from its root) into a Chart, subcharts included. */
async function assembleChart(files, place) {
    const chartFile = files.find((file) => file.name === CHART_FILE);
    if (!chartFile) {
        throw new errors/* UserError */.yo(errors/* ErrorCode */.O4.CHART_NOT_FOUND, `${place.show(CHART_FILE)} does not exist (or .helmignore leaves it out): '${place.input}' ` +
            `must name a chart directory, the one holding Chart.yaml.`, { input: place.input });
    }
    const metadata = readChartMetadata((await contentOf(chartFile, place)).toString('utf8'), origin(place, CHART_FILE));
    const chart = { metadata, templates: [], files: [], dependencies: [] };
    const subcharts = new Map();
    for (const file of files) {
        const { name } = file;
        if (name === CHART_FILE)
            continue;
        if (name === LOCK_FILE) {
            const lock = rewriteChartLock((await contentOf(file, place)).toString('utf8'), origin(place, LOCK_FILE));
            if (metadata.apiVersion === 'v2')
                chart.lock = lock;
        }
        else if (name === VALUES_FILE) {
            chart.values = await contentOf(file, place);
            checkValues(chart.values, place);
        }
        else if (name === SCHEMA_FILE) {
            chart.schema = await contentOf(file, place);
            checkSchema(chart.schema, place);
        }
        else if (name === 'requirements.yaml' || name === 'requirements.lock') {
            if (metadata.apiVersion === 'v2') {
                throw new errors/* UserError */.yo(errors/* ErrorCode */.O4.CHART_REQUIREMENTS_UNSUPPORTED, `${place.show(name)} is a Helm 2 file in an apiVersion v2 chart, which Helm merges ` +
                    `into Chart.yaml or Chart.lock while packaging. Move its dependencies into ` +
                    `Chart.yaml (and run 'helm dependency update'), then remove it.`, { input: place.input });
            }
            chart.files.push(file);
        }
        else if (name.startsWith('templates/'))
            chart.templates.push(file);
        else if (name.startsWith('charts/') && !name.endsWith('.prov')) {
            const [subchart] = name.slice('charts/'.length).split('/', 1);
            const group = subcharts.get(subchart) ?? [];
            group.push(file);
            subcharts.set(subchart, group);
        }
        else
            chart.files.push(file);
    }
    const names = [...subcharts.keys()].sort((a, b) => Buffer.compare(Buffer.from(a), Buffer.from(b)));
    for (const name of names) {
        // Helm leaves out entries of charts/ whose names start with `_` or `.`.
        if (name.startsWith('_') || name.startsWith('.'))
            continue;
        chart.dependencies.push(await subchart(name, subcharts.get(name), place));
    }
    return chart;
}
async function subchart(name, files, parent) {
    const base = `charts/${name}`;
    const place = { show: (file) => parent.show(`${base}/${file}`), input: parent.input };
    if (name.endsWith('.tgz') && files.length === 1 && files[0].name === base) {
        const archive = await contentOf(files[0], parent);
        const inside = await readChartArchive(archive, parent.show(base), parent.input);
        return assembleChart(inside, {
            show: (file) => `${parent.show(base)}:${file}`,
            input: parent.input,
        });
    }
    const inside = files
        .filter((file) => file.name.startsWith(`${base}/`))
        .map((file) => ({ ...file, name: file.name.slice(base.length + 1) }));
    if (inside.length === 0 || !inside.some((file) => file.name === CHART_FILE)) {
        throw new errors/* UserError */.yo(errors/* ErrorCode */.O4.CHART_SUBCHART_INVALID, `${parent.show(base)} is not a chart: Helm loads every entry of charts/ as a subchart ` +
            `(a directory with a Chart.yaml, or a .tgz archive). Remove it, rename it to start with ` +
            `'_', or ${LEAVE_OUT_OF_CHART}.`, { input: parent.input });
    }
    return assembleChart(inside, place);
}
/** `helm package` refuses a chart whose Chart.yaml lists a dependency that charts/ lacks. */
function checkDependenciesPresent(chart, place) {
    const present = new Set(chart.dependencies.map((dependency) => dependency.metadata.name));
    const missing = (chart.metadata.dependencies ?? [])
        .map((dependency) => dependency.name ?? '')
        .filter((name) => !present.has(name));
    if (missing.length === 0)
        return;
    throw new errors/* UserError */.yo(errors/* ErrorCode */.O4.CHART_DEPENDENCY_MISSING, `${place.show(CHART_FILE)} lists ${missing.map((name) => `'${name}'`).join(', ')} as ` +
        `dependencies, but charts/ does not hold ${missing.length === 1 ? 'it' : 'them'}. Run ` +
        `'helm dependency build' before this step (and do not .helmignore charts/).`, { input: place.input });
}

// EXTERNAL MODULE: ./build/artifact/helm/helm-format.js
var helm_format = __webpack_require__(61068);
;// CONCATENATED MODULE: ./build/artifact/helm/go-glob.js
// Shell patterns with the semantics of Go's `path/filepath.Match`, which `.helmignore` uses (helm/helm
// `pkg/ignore/doc.go`): `*` is any run of characters but `/`, `?` one character but `/`, `[...]` a
// class (negated by a leading `^`, ranges `a-z`, `\` escaping inside) that may match `/` too, and
// `\x` the character x. Compiled once to a RegExp over whole names.
/** A pattern Go's `filepath.Match` reports as `ErrBadPattern`; `reason` says what is wrong. */
class GlobSyntaxError extends Error {
    reason;
    constructor(reason) {
        super(reason);
        this.reason = reason;
        this.name = 'GlobSyntaxError';
    }
}
/** A character written literally inside a RegExp character class (with the `u` flag). */
function classChar(char) {
    return `\\u{${char.codePointAt(0).toString(16)}}`;
}
/** A character written literally in a RegExp outside a class. */
function go_glob_literal(char) {
    return /[\\^$.*+?()[\]{}|/]/.test(char) ? `\\${char}` : char;
}
/**
 * One character of a class range at `chars[index]`, `\`-escapes resolved. Go refuses a range end
 * that is missing, `-` or `]`, and a class that ends right after it without its closing `]`.
 */
function rangeEnd(chars, index) {
    let at = index;
    if (at >= chars.length || chars[at] === '-' || chars[at] === ']') {
        throw new GlobSyntaxError('a character class has an empty or misplaced range');
    }
    if (chars[at] === '\\') {
        at++;
        if (at >= chars.length)
            throw new GlobSyntaxError('a character class ends in a lone \\');
    }
    if (at + 1 >= chars.length)
        throw new GlobSyntaxError('a character class is not closed by ]');
    return { char: chars[at], next: at + 1 };
}
/** The class starting after `[` at `chars[index]`: its RegExp and the index past its `]`. */
function characterClass(chars, index) {
    let at = index;
    const negated = chars[at] === '^';
    if (negated)
        at++;
    const ranges = [];
    while (!(chars[at] === ']' && ranges.length > 0)) {
        const low = rangeEnd(chars, at);
        let high = low;
        if (chars[low.next] === '-')
            high = rangeEnd(chars, low.next + 1);
        // Go accepts a reversed range (z-a) and matches nothing with it; a RegExp would refuse it.
        const reversed = low.char.codePointAt(0) > high.char.codePointAt(0);
        ranges.push(reversed ? '' : `${classChar(low.char)}-${classChar(high.char)}`);
        at = high.next;
    }
    const body = ranges.join('');
    if (negated)
        return { source: body === '' ? '[^]' : `[^${body}]`, next: at + 1 };
    return { source: body === '' ? '(?!)' : `[${body}]`, next: at + 1 };
}
/** Compiles `pattern`; throws GlobSyntaxError where Go's `filepath.Match` reports a bad pattern. */
function compileGoGlob(pattern) {
    const chars = [...pattern];
    let source = '';
    for (let index = 0; index < chars.length;) {
        const char = chars[index];
        if (char === '*') {
            source += '[^/]*';
            index++;
        }
        else if (char === '?') {
            source += '[^/]';
            index++;
        }
        else if (char === '[') {
            const parsed = characterClass(chars, index + 1);
            source += parsed.source;
            index = parsed.next;
        }
        else if (char === '\\') {
            if (index + 1 >= chars.length)
                throw new GlobSyntaxError('the pattern ends in a lone \\');
            source += go_glob_literal(chars[index + 1]);
            index += 2;
        }
        else {
            source += go_glob_literal(char);
            index++;
        }
    }
    return new RegExp(`^${source}$`, 'u');
}

;// CONCATENATED MODULE: ./build/artifact/helm/helmignore.js
// `.helmignore` with Helm's own rules (helm/helm `pkg/ignore/doc.go` and `rules.go`), which are not
// gitignore's:
// - one pattern a line, trimmed; blank lines and lines starting with `#` are skipped;
// - a pattern with `**` anywhere is an error;
// - `!` negates, a trailing `/` matches directories only, a leading `/` anchors at the chart root;
// - a pattern with no `/` (once those are removed) is matched against the base name only, any other
//   against the whole path from the chart root, with Go's `filepath.Match`;
// - the rules are tried in order and the first that decides wins. A plain pattern decides "ignore"
//   when it matches. A negated pattern is Helm's own: it decides "ignore" for every path it does NOT
//   match (and for every file, when it is directory-only), and lets a path it matches go on to the
//   next rules. So `!*.yaml` alone keeps only YAML files at the root and drops every directory.
// - after the file's rules comes Helm's default, `templates/.?*`: dotfiles directly in templates/.
// An ignored directory is left out with everything below it. The chart root is never ignored.

const HELM_IGNORE_FILE = '.helmignore';
/** Helm adds it after every `.helmignore` (pkg/ignore `AddDefaults`). */
const DEFAULT_PATTERN = 'templates/.?*';
const helmignore_UTF8_BOM = '\uFEFF';
/** A line of `.helmignore` that Helm refuses, and why. */
class HelmIgnoreSyntaxError extends Error {
    line;
    pattern;
    reason;
    constructor(line, pattern, reason) {
        super(`line ${line}, '${pattern}': ${reason}`);
        this.line = line;
        this.pattern = pattern;
        this.reason = reason;
        this.name = 'HelmIgnoreSyntaxError';
    }
}
/** Go's `strings.TrimSpace`: Unicode white space at both ends. */
function trimSpace(line) {
    return line.replace(/^[\s\u0085]+|[\s\u0085]+$/gu, '');
}
function parseRule(pattern) {
    if (pattern.includes('**')) {
        throw new GlobSyntaxError("'**' is not supported by Helm (unlike .gitignore)");
    }
    // Helm checks the whole line as a glob first, `!` and `/` included.
    compileGoGlob(pattern);
    let rest = pattern;
    const negated = rest.startsWith('!');
    if (negated)
        rest = rest.slice(1);
    const directoryOnly = rest.endsWith('/');
    if (directoryOnly)
        rest = rest.slice(0, -1);
    const anchored = rest.startsWith('/');
    if (anchored)
        rest = rest.slice(1);
    return {
        negated,
        directoryOnly,
        basenameOnly: !anchored && !rest.includes('/'),
        glob: compileGoGlob(rest),
    };
}
class HelmIgnore {
    rules;
    constructor(rules) {
        this.rules = rules;
    }
    /** The rules of a `.helmignore` text (or none), then Helm's default. */
    static parse(text = '') {
        const rules = [];
        // bufio.ScanLines: lines end at \n, a \r before it is dropped; a BOM only starts the file.
        const lines = (text.startsWith(helmignore_UTF8_BOM) ? text.slice(1) : text).split('\n');
        lines.forEach((raw, index) => {
            const pattern = trimSpace(raw);
            if (pattern === '' || pattern.startsWith('#'))
                return;
            try {
                rules.push(parseRule(pattern));
            }
            catch (error) {
                if (!(error instanceof GlobSyntaxError))
                    throw error;
                throw new HelmIgnoreSyntaxError(index + 1, pattern, error.reason);
            }
        });
        rules.push(parseRule(DEFAULT_PATTERN));
        return new HelmIgnore(rules);
    }
    /** Whether `path` (relative to the chart root, `/`-separated, no trailing `/`) stays out. */
    ignores(path, isDirectory) {
        if (path === '' || path === '.')
            return false;
        const basename = path.slice(path.lastIndexOf('/') + 1);
        for (const rule of this.rules) {
            const matches = () => rule.glob.test(rule.basenameOnly ? basename : path);
            if (rule.negated) {
                if (rule.directoryOnly && !isDirectory)
                    return true;
                if (!matches())
                    return true;
                continue;
            }
            if (rule.directoryOnly && !isDirectory)
                continue;
            if (matches())
                return true;
        }
        return false;
    }
}

;// CONCATENATED MODULE: ./build/artifact/helm/provenance.js
// A chart's provenance file (`.prov`, helm/helm `pkg/provenance/sign.go`): a PGP clear-signed
// message holding the chart's metadata and, under `files:`, the sha256 of the chart archive it was
// made for. `helm verify` and `helm pull --verify` check the archive against that digest, so a
// `.prov` made by `helm package --sign` (for Helm's own, non-reproducible archive) can never match
// the archive built here: it is refused rather than pushed broken.






const SIGNED_MESSAGE = '-----BEGIN PGP SIGNED MESSAGE-----';
/** Far above any real provenance (a few KiB): a larger file is not one. */
const MAX_PROVENANCE_BYTES = 1024 * 1024;
/** The provenance layer for the archive whose gzip digest is `archiveDigest`. */
async function provenanceLayer(path, shown, archiveDigest, input) {
    let bytes;
    try {
        bytes = await (0,promises_.readFile)(path);
    }
    catch (error) {
        throw new errors/* UserError */.yo(errors/* ErrorCode */.O4.CHART_PROVENANCE_UNREADABLE, `The provenance file ${shown} cannot be read (${(0,artifact_errors/* errorCode */.CA)(error) ?? String(error)}).`, { input, cause: error });
    }
    const text = bytes.subarray(0, MAX_PROVENANCE_BYTES).toString('utf8');
    if (bytes.length > MAX_PROVENANCE_BYTES || !text.trimStart().startsWith(SIGNED_MESSAGE)) {
        throw new errors/* UserError */.yo(errors/* ErrorCode */.O4.CHART_PROVENANCE_INVALID, `${shown} is not a Helm provenance file (a PGP clear-signed message, as 'helm package ` +
            `--sign' writes).`, { input });
    }
    if (!text.includes(archiveDigest)) {
        throw new errors/* UserError */.yo(errors/* ErrorCode */.O4.CHART_PROVENANCE_MISMATCH, `${shown} was not made for the chart archive built here (${archiveDigest}), so ` +
            `'helm verify' would reject the pushed chart. Sign the archive this action builds (the ` +
            `same commit always gives the same one) instead of the one 'helm package' wrote.`, { input });
    }
    return {
        mediaType: helm_format/* HELM_PROVENANCE_MEDIA_TYPE */.Rz,
        digest: (0,digest/* digestOf */.ol)(bytes),
        size: bytes.length,
        open: () => external_node_stream_.Readable.from([bytes]),
    };
}

;// CONCATENATED MODULE: ./build/artifact/helm/build-chart.js
// buildChart: a chart directory in the workspace becomes what `helm package` then `helm push` would
// put in a registry (a gzipped chart archive in a temp file, Helm's config, a manifest with Helm's
// annotations and our Git origin), ready for pushArtifact. The same commit gives the same digest.



















async function readHelmIgnore(root, place) {
    let text;
    try {
        text = await (0,promises_.readFile)((0,external_node_path_.join)(root, HELM_IGNORE_FILE), 'utf8');
    }
    catch (error) {
        // No .helmignore (or a chart directory that does not exist, which the walk reports).
        if ((0,artifact_errors/* errorCode */.CA)(error) !== 'ENOENT' && (0,artifact_errors/* errorCode */.CA)(error) !== 'ENOTDIR')
            throw error;
    }
    try {
        return HelmIgnore.parse(text);
    }
    catch (error) {
        if (!(error instanceof HelmIgnoreSyntaxError))
            throw error;
        throw new errors/* UserError */.yo(errors/* ErrorCode */.O4.CHART_HELMIGNORE_INVALID, `${place.show(HELM_IGNORE_FILE)} line ${error.line}, '${error.pattern}': ${error.reason}. ` +
            `Helm refuses the chart with it; fix the pattern (Helm's rules are not gitignore's: no ` +
            `'**', and a pattern without '/' matches base names).`, { input: place.input });
    }
}
/**
 * The manifest's annotations: Helm's (from Chart.yaml), then our Git origin and the commit time in
 * place of Helm's, then the user's; Helm's title and version stay whatever the rest says.
 */
function annotationsOf(metadata, options) {
    const fromHelm = (0,helm_format/* helmAnnotations */.nt)(metadata);
    const immutable = Object.fromEntries(helm_format/* IMMUTABLE_HELM_ANNOTATIONS */.Z_.flatMap((key) => (key in fromHelm ? [[key, fromHelm[key]]] : [])));
    for (const key of [flux_format/* CREATED_ANNOTATION */.h_, flux_format/* SOURCE_ANNOTATION */.eM, flux_format/* REVISION_ANNOTATION */.wB]) {
        delete fromHelm[key];
    }
    return (0,artifact_manifest/* manifestAnnotations */.gc)({
        created: options.created,
        source: options.source,
        revision: options.revision,
        annotations: { ...fromHelm, ...options.annotations, ...immutable },
    });
}
async function buildChart(options) {
    (0,artifact_manifest/* assertCreated */.bX)(options.created);
    const input = options.input ?? 'path';
    const shown = (0,artifact_errors/* displayPath */.Gt)(options.path, options.workspace);
    const place = { show: (name) => (shown === '.' ? name : `${shown}/${name}`), input };
    const rules = await readHelmIgnore(options.path, place);
    const files = await walkChart({ root: options.path, workspace: options.workspace, rules, input });
    const chart = await assembleChart(files, place);
    checkDependenciesPresent(chart, place);
    const origin = { file: place.show('Chart.yaml'), input };
    chart.metadata = withVersions(chart.metadata, options.versions ?? {}, origin);
    const metadata = writtenMetadata(chart.metadata);
    const tag = (0,helm_format/* chartTag */.bF)(metadata.version, options.versions?.version?.input ?? input);
    checkChartSize(chart, shown, input);
    const directory = await (0,promises_.mkdtemp)((0,external_node_path_.join)(options.tmpDir ?? (0,external_node_os_.tmpdir)(), 'helm-chart-'));
    const dispose = () => (0,promises_.rm)(directory, { recursive: true, force: true });
    const file = (0,external_node_path_.join)(directory, `${metadata.name}-${metadata.version}.tgz`);
    try {
        const layer = await (0,artifact_layer/* writeLayer */.B)(chartEntries(chart), file, options.workspace, chartTarFormat(options.created));
        const provenance = options.provenance &&
            (await provenanceLayer(options.provenance.path, (0,artifact_errors/* displayPath */.Gt)(options.provenance.path, options.workspace), layer.digest, options.provenance.input));
        const config = goJsonBytes(metadata, METADATA_SHAPE);
        const configDescriptor = {
            mediaType: helm_format/* HELM_CONFIG_MEDIA_TYPE */.A5,
            digest: (0,digest/* digestOf */.ol)(config),
            size: config.length,
        };
        const chartLayer = {
            mediaType: helm_format/* HELM_CHART_CONTENT_MEDIA_TYPE */.yK,
            digest: layer.digest,
            size: layer.size,
            open: () => (0,artifact_layer/* readLayerFile */.Y)(file),
        };
        // Helm sorts the layers by digest (client.go), so the provenance may come first.
        const layers = [chartLayer, ...(provenance ? [provenance] : [])].sort((a, b) => a.digest < b.digest ? -1 : 1);
        const manifest = (0,artifact_manifest/* manifestBytes */.T8)(configDescriptor, layers, annotationsOf(metadata, options));
        return {
            metadata,
            tag,
            diffId: layer.diffId,
            fileCount: layer.fileCount,
            layer: chartLayer,
            ...(provenance && { otherLayers: [provenance] }),
            config: { ...configDescriptor, bytes: config, open: () => external_node_stream_.Readable.from([config]) },
            manifest: { mediaType: media_types/* OCI_MANIFEST */.EG, bytes: manifest, digest: (0,digest/* digestOf */.ol)(manifest) },
            dispose,
        };
    }
    catch (error) {
        await dispose();
        throw error;
    }
}


/***/ })

};
