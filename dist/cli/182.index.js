export const id = 182;
export const ids = [182];
export const modules = {

/***/ 61068:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   A5: () => (/* binding */ HELM_CONFIG_MEDIA_TYPE),
/* harmony export */   QV: () => (/* binding */ chartLocation),
/* harmony export */   Rz: () => (/* binding */ HELM_PROVENANCE_MEDIA_TYPE),
/* harmony export */   Z_: () => (/* binding */ IMMUTABLE_HELM_ANNOTATIONS),
/* harmony export */   bF: () => (/* binding */ chartTag),
/* harmony export */   nt: () => (/* binding */ helmAnnotations),
/* harmony export */   yK: () => (/* binding */ HELM_CHART_CONTENT_MEDIA_TYPE)
/* harmony export */ });
/* unused harmony export chartRepository */
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(19473);
/* harmony import */ var _oci_reference_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(20907);
// The OCI shape `helm push` gives a chart (helm/helm `pkg/registry/constants.go`, `client.go` Push,
// `chart.go` generateOCIAnnotations, `reference.go`): the media types, the annotations taken from
// Chart.yaml, and the reference `<repository>/<chart name>:<version with + as _>`.


const HELM_CONFIG_MEDIA_TYPE = 'application/vnd.cncf.helm.config.v1+json';
const HELM_CHART_CONTENT_MEDIA_TYPE = 'application/vnd.cncf.helm.chart.content.v1.tar+gzip';
const HELM_PROVENANCE_MEDIA_TYPE = 'application/vnd.cncf.helm.chart.provenance.v1.prov';
const TITLE = 'org.opencontainers.image.title';
const VERSION = 'org.opencontainers.image.version';
const DESCRIPTION = 'org.opencontainers.image.description';
const URL = 'org.opencontainers.image.url';
const SOURCE = 'org.opencontainers.image.source';
const AUTHORS = 'org.opencontainers.image.authors';
/** Helm keeps these from the chart and lets no Chart.yaml annotation replace them. */
const IMMUTABLE_HELM_ANNOTATIONS = [VERSION, TITLE];
/** Go's `strings.TrimSpace(value) != ""`: Helm only records values with something in them. */
function hasText(value) {
    return value !== undefined && value.replace(/^[\s\u0085]+|[\s\u0085]+$/gu, '') !== '';
}
/** `Name (email), Name (email)`, as Helm joins the maintainers. */
function authors(metadata) {
    const maintainers = metadata.maintainers ?? [];
    if (maintainers.length === 0)
        return undefined;
    return maintainers
        .map(({ name, email }) => `${name ?? ''}${email ? ` (${email})` : ''}`)
        .join(', ');
}
/**
 * The annotations `helm push` derives from the chart, then the chart's own annotations (which
 * may not replace the title or the version). `org.opencontainers.image.created` is not here:
 * Helm takes the archive file's time, we take the commit's (see the build).
 */
function helmAnnotations(metadata) {
    const annotations = {};
    const add = (key, value) => {
        if (hasText(value))
            annotations[key] = value;
    };
    add(DESCRIPTION, metadata.description);
    add(TITLE, metadata.name);
    add(VERSION, metadata.version);
    add(URL, metadata.home);
    add(SOURCE, metadata.sources?.[0]);
    add(AUTHORS, authors(metadata));
    for (const [key, value] of Object.entries(metadata.annotations ?? {})) {
        if (!IMMUTABLE_HELM_ANNOTATIONS.includes(key))
            annotations[key] = value;
    }
    return annotations;
}
/** OCI's tag grammar (distribution spec). */
const TAG = /^[A-Za-z0-9_][A-Za-z0-9._-]{0,127}$/;
/** The tag of a chart version: `+` is not allowed in a tag, so Helm writes `_` (reference.go). */
function chartTag(version, input) {
    const tag = version.replaceAll('+', '_');
    if (TAG.test(tag))
        return tag;
    throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .UserError */ .yo(_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .ErrorCode */ .O4.CHART_VERSION_NOT_A_TAG, `The chart version '${version}' cannot be an OCI tag (at most 128 characters of letters, ` +
        `digits, '_', '.' and '-' once '+' is written as '_'). Give the chart a shorter version.`, { input });
}
/** Where `helm push <chart> <url>` puts a chart: the chart's name appended to the URL's path. */
function chartRepository(url, chartName) {
    return `${url.replace(/\/+$/, '')}/${chartName}`;
}
/**
 * `chartRepository` for a parsed location. An OCI layout holds one repository, so a chart goes
 * into the layout itself. A chart name that cannot be part of a repository (upper case, say) is
 * refused: `helm push` cannot push it either, and lower-casing it would publish the chart where
 * `helm pull` with its name does not look.
 */
function chartLocation(parent, chartName, input) {
    if (parent.kind === 'layout')
        return parent;
    const repository = chartRepository(parent.repository, chartName);
    if (!(0,_oci_reference_js__WEBPACK_IMPORTED_MODULE_1__/* .isValidRepository */ .d)(repository)) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .UserError */ .yo(_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .ErrorCode */ .O4.CHART_NAME_NOT_A_REPOSITORY, `The chart name '${chartName}' cannot be part of an OCI repository name (lower-case ` +
            `letters and digits, joined by '.', '_' or '-'), so the chart cannot be pushed to ` +
            `${parent.registry}/${repository}: rename the chart in its Chart.yaml.`, { input });
    }
    if (parent.registry.length + 1 + repository.length > _oci_reference_js__WEBPACK_IMPORTED_MODULE_1__/* .MAX_NAME_LENGTH */ .EM) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .UserError */ .yo(_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .ErrorCode */ .O4.CHART_NAME_NOT_A_REPOSITORY, `${parent.registry}/${repository} is longer than the ${_oci_reference_js__WEBPACK_IMPORTED_MODULE_1__/* .MAX_NAME_LENGTH */ .EM} characters ` +
            `registries accept: give the chart a shorter name or 'url' a shorter path.`, { input });
    }
    return { kind: 'registry', registry: parent.registry, repository };
}


/***/ }),

/***/ 68182:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  run: () => (/* binding */ run)
});

// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(73024);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(76760);
// EXTERNAL MODULE: ./build/errors.js
var errors = __webpack_require__(19473);
// EXTERNAL MODULE: ./build/log.js
var build_log = __webpack_require__(36650);
;// CONCATENATED MODULE: ./build/context/run-git.js
// Runs `git` quietly: no command echo and no output in the job log, exit code and stderr returned
// so each caller decides whether a failure is fatal or only worth a warning. @actions/exec is
// loaded on the first call: most Actions runs never ask git (the event payload dates the commit).
async function runGit(cwd, args) {
    try {
        const { getExecOutput } = await __webpack_require__.e(/* import() */ 260).then(__webpack_require__.bind(__webpack_require__, 81260));
        const result = await getExecOutput('git', args, { cwd, silent: true, ignoreReturnCode: true });
        const ok = result.exitCode === 0;
        const error = ok
            ? ''
            : result.stderr.trim() || `git ${args[0] ?? ''} exited ${result.exitCode}`;
        return { ok, stdout: result.stdout.replace(/\r?\n$/, ''), error };
    }
    catch (error) {
        // git missing from PATH, or a working directory that does not exist.
        return { ok: false, stdout: '', error: error instanceof Error ? error.message : String(error) };
    }
}

;// CONCATENATED MODULE: ./build/context/commit-time.js
// The time recorded as the artifact's `created`: the commit's, so that publishing the same commit
// twice yields the same manifest digest. SOURCE_DATE_EPOCH (reproducible-builds.org) overrides it.


// RFC 3339 has four-digit years; toISOString() switches to `+010000-…` beyond them.
const LAST_RFC3339_SECOND = 253402300799;
/** RFC 3339 in UTC with whole seconds (`2024-05-13T13:56:21Z`), or undefined if not a time. */
function toUtcSeconds(time) {
    const ms = new Date(time).getTime();
    if (Number.isNaN(ms) || ms < 0 || ms > LAST_RFC3339_SECOND * 1000)
        return undefined;
    return new Date(Math.floor(ms / 1000) * 1000).toISOString().replace('.000Z', 'Z');
}
/** SOURCE_DATE_EPOCH as a time when set; a value that is not whole seconds is an error. */
function sourceDateEpoch(env) {
    const value = env.SOURCE_DATE_EPOCH?.trim();
    if (!value)
        return undefined;
    const seconds = /^\d+$/.test(value) ? Number(value) : NaN;
    const time = seconds <= LAST_RFC3339_SECOND ? toUtcSeconds(seconds * 1000) : undefined;
    if (time === undefined)
        throw new errors/* UserError */.yo(errors/* ErrorCode */.O4.ENV_INVALID, `SOURCE_DATE_EPOCH='${value}' is not a time: set it to whole seconds since 1970-01-01 UTC ` +
            `(for example $(git log -1 --format=%ct)), or unset it to use the commit's time.`);
    return time;
}
/** The committer time of `commit` in the clone at `cwd`, or why it could not be read. */
async function gitCommitTime(cwd, commit) {
    const result = await runGit(cwd, ['log', '-1', '--format=%cI', commit, '--']);
    if (!result.ok)
        return { error: result.error };
    const time = toUtcSeconds(result.stdout);
    return time === undefined ? { error: `git printed '${result.stdout}'` } : { time };
}

;// CONCATENATED MODULE: ./build/context/ref.js
const SHORT_SHA_LENGTH = 7;
/** The ref's kind and short name, the way Git and Flux split `refs/<kind>/<name>`. */
function describeRef(ref) {
    if (ref.startsWith('refs/heads/')) {
        const branch = ref.slice('refs/heads/'.length);
        return { refName: branch, refType: 'branch', branch };
    }
    if (ref.startsWith('refs/tags/')) {
        const gitTag = ref.slice('refs/tags/'.length);
        return { refName: gitTag, refType: 'tag', gitTag };
    }
    // Flux keeps everything after the second slash: `refs/pull/1/merge` → `1/merge`.
    const parts = /^refs\/[^/]+\/(.+)$/.exec(ref);
    return { refName: parts?.[1] ?? '', refType: 'other' };
}
/** The ref as a person reads it in a reason: `refs/heads/main`, or `the detached HEAD`. */
function refLabel(ctx) {
    return ctx.ref === 'HEAD' ? 'the detached HEAD' : ctx.ref;
}

;// CONCATENATED MODULE: ./build/context/remote-url.js
// The https address of a Git remote, for the `source` annotation. Remotes come in several
// spellings (https with credentials, ssh://, scp-like user@host:path, git://); the annotation is
// public, so whatever userinfo the remote URL carried must never reach it.
const SCP_LIKE = /^(?:[^@/]+@)?([^:/]+):(?!\/)(.+)$/;
/** `https://host/org/repo` for a remote URL, or undefined for a local path or unknown form. */
function httpsRepositoryUrl(remote) {
    const scp = SCP_LIKE.exec(remote);
    if (scp && !remote.includes('://'))
        return join('https:', scp[1] ?? '', scp[2] ?? '');
    let url;
    try {
        url = new URL(remote);
    }
    catch {
        return undefined;
    }
    switch (url.protocol) {
        case 'https:':
        case 'http:':
            // `host` keeps a web port; an ssh or git port means nothing to https, so those drop it.
            return join(url.protocol, url.host, url.pathname);
        case 'ssh:':
        case 'git:':
        case 'git+ssh:':
        case 'ssh+git:':
            return join('https:', url.hostname, url.pathname);
        default:
            return undefined;
    }
}
function join(protocol, host, path) {
    const clean = path.replace(/^\/+|\/+$/g, '').replace(/\.git$/, '');
    return host && clean ? `${protocol}//${host}/${clean}` : undefined;
}

;// CONCATENATED MODULE: ./build/context/git.js
// The context of a local run (the CLI): everything from the Git clone, nothing from GitHub. The
// event is `local`; the ref is a tag pointing at HEAD when there is one (a tagged commit on `main`
// is a release, as in the Flux guide's `git tag --points-at HEAD`, and a CI system's tag checkout
// is a detached HEAD with that tag), else the checked-out branch, else the detached HEAD.







async function gitContext(cwd, env = process.env, options = {}) {
    const head = await runGit(cwd, ['rev-parse', '--verify', 'HEAD']);
    if (!head.ok)
        throw new errors/* UserError */.yo(errors/* ErrorCode */.O4.GIT_UNAVAILABLE, `Could not read the checked-out commit in ${cwd} from git (${head.error}). Run this inside ` +
            'a Git clone with at least one commit.');
    const sha = head.stdout.toLowerCase();
    const [ref, defaultBranch, origin, time] = await Promise.all([
        checkedOutRef(cwd, options),
        runGit(cwd, ['symbolic-ref', '--quiet', '--short', 'refs/remotes/origin/HEAD']),
        originUrl(cwd),
        commitTime(cwd, sha, env),
    ]);
    return {
        eventName: 'local',
        ref,
        ...describeRef(ref),
        sha,
        shortSha: sha.slice(0, SHORT_SHA_LENGTH),
        // `origin/main` → `main`; unset until a clone or `git remote set-head origin --auto` sets it.
        defaultBranch: defaultBranch.ok ? defaultBranch.stdout.replace(/^[^/]*\//, '') : undefined,
        ...origin,
        commitTime: time,
    };
}
async function checkedOutRef(cwd, options) {
    const [branch, tagged] = await Promise.all([
        runGit(cwd, ['symbolic-ref', '--quiet', '--short', 'HEAD']),
        runGit(cwd, ['tag', '--points-at', 'HEAD', '--sort=-creatordate']),
    ]);
    const tags = tagged.ok ? tagged.stdout.split('\n').filter((t) => t !== '') : [];
    const on = branch.ok ? `branch ${branch.stdout}` : 'a detached HEAD';
    if (options.gitTag !== undefined) {
        if (!tags.includes(options.gitTag)) {
            throw (0,errors/* inputError */.Xu)('git-tag', `'${options.gitTag}' does not point at HEAD (${on}); ` +
                (tags.length ? `the tags that do: ${tags.join(', ')}.` : 'no tag does.'));
        }
        return tagRef(options.gitTag, on, tags, options.log);
    }
    const newest = tags[0];
    if (newest)
        return tagRef(newest, on, tags, options.log);
    return branch.ok ? `refs/heads/${branch.stdout}` : 'HEAD';
}
/** `refs/tags/<tag>`, and a line saying the run publishes as that tag. */
function tagRef(tag, on, tags, log = build_log/* silentLog */.aB) {
    const others = tags.filter((t) => t !== tag);
    log.info(`Publishing as the Git tag ${tag}, which points at HEAD (${on})` +
        (others.length ? `; so do ${others.join(', ')}: choose with --git-tag <tag>.` : '.'));
    return `refs/tags/${tag}`;
}
/** Clones of clones (a local-path `origin`) are followed this many times to an address. */
const LOCAL_ORIGIN_HOPS = 4;
/**
 * The https address of `origin`. A local-path `origin` (a clone of a clone, a bare repository on
 * disk) is followed to its own `origin`; when none has an address, `localOrigin` says so.
 */
async function originUrl(cwd) {
    let dir = cwd;
    let firstLocal;
    for (let hop = 0; hop < LOCAL_ORIGIN_HOPS; hop++) {
        const origin = await runGit(dir, ['remote', 'get-url', 'origin']);
        if (!origin.ok)
            break;
        const url = httpsRepositoryUrl(origin.stdout);
        if (url)
            return { repositoryUrl: url };
        if (!isLocalPath(origin.stdout))
            break;
        firstLocal ??= origin.stdout;
        dir = (0,external_node_path_.resolve)(dir, origin.stdout.replace(/^file:\/\//, ''));
    }
    return firstLocal === undefined ? {} : { localOrigin: firstLocal };
}
function isLocalPath(remote) {
    return (remote.startsWith('file://') ||
        !/^[a-z][a-z0-9+.-]*:/i.test(remote) ||
        /^[a-z]:[\\/]/i.test(remote));
}
async function commitTime(cwd, sha, env) {
    const fixed = sourceDateEpoch(env);
    if (fixed)
        return fixed;
    const committed = await gitCommitTime(cwd, sha);
    if ('time' in committed)
        return committed.time;
    throw new errors/* UserError */.yo(errors/* ErrorCode */.O4.GIT_UNAVAILABLE, `Could not read the time of commit ${sha}: ${committed.error}`);
}

// EXTERNAL MODULE: ./build/oci/location.js
var oci_location = __webpack_require__(35743);
// EXTERNAL MODULE: ./build/oci/reference.js
var reference = __webpack_require__(20907);
// EXTERNAL MODULE: ./node_modules/semver/index.js
var semver = __webpack_require__(62088);
;// CONCATENATED MODULE: ./build/plan/version.js
// Which Git tags and registry tags are semantic versions. Both may carry a leading `v`; registry
// tags spell semver build metadata with `_` instead of `+`, which OCI tags cannot hold.

/** The semver version a Git tag names (`v6.1.0` → `6.1.0`), or undefined when it names none. */
function versionOfGitTag(tag) {
    const text = tag.startsWith('v') ? tag.slice(1) : tag;
    // node-semver itself tolerates a second `v`, `=` and surrounding spaces; a tag that needs them is
    // not a version a person would recognise as one.
    if (!/^\d/.test(text) || text !== text.trim())
        return undefined;
    try {
        return { text, semver: new semver.SemVer(text) };
    }
    catch {
        return undefined;
    }
}
/** The semver version a tag already in the registry names, undoing the `+` → `_` substitution. */
function versionOfTag(tag) {
    return versionOfGitTag(tag.replaceAll('_', '+'))?.semver;
}

;// CONCATENATED MODULE: ./build/plan/template.js


const PLACEHOLDERS = [
    'sha',
    'short_sha',
    'branch',
    'tag',
    'version',
    'major',
    'minor',
    'patch',
    'run_number',
    'default_branch',
];
const PLACEHOLDER = /\{\{\s*([^{}]*?)\s*\}\}/g;
function parseTemplate(source, fail) {
    const parts = [];
    let end = 0;
    for (const match of source.matchAll(PLACEHOLDER)) {
        if (match.index > end)
            parts.push({ literal: source.slice(end, match.index) });
        const name = match[1] ?? '';
        if (!isPlaceholder(name))
            fail(`unknown placeholder {{${name}}}; the known ones are ` +
                PLACEHOLDERS.map((p) => `{{${p}}}`).join(', '));
        parts.push({ placeholder: name });
        end = match.index + match[0].length;
    }
    if (end < source.length)
        parts.push({ literal: source.slice(end) });
    for (const part of parts)
        if ('literal' in part && /\{\{|\}\}/.test(part.literal))
            fail(`'{{' and '}}' must enclose a placeholder such as {{branch}}`);
    return { source, parts };
}
function isPlaceholder(name) {
    return PLACEHOLDERS.includes(name);
}
/** What every placeholder stands for in `ctx`. */
function templateValues(ctx) {
    const refShown = refLabel(ctx);
    const notTag = { missing: `${refShown} is not a Git tag` };
    const version = ctx.gitTag === undefined ? undefined : versionOfGitTag(ctx.gitTag);
    const versionPart = (value) => ctx.gitTag === undefined
        ? notTag
        : version === undefined
            ? { missing: `Git tag ${ctx.gitTag} is not a semver version` }
            : { value: String(value(version)) };
    return {
        sha: { value: ctx.sha },
        short_sha: { value: ctx.shortSha },
        branch: ctx.branch ? { value: ctx.branch } : { missing: `${refShown} is not a branch` },
        tag: ctx.gitTag ? { value: ctx.gitTag } : notTag,
        version: versionPart((v) => v.text),
        major: versionPart((v) => v.semver.major),
        minor: versionPart((v) => v.semver.minor),
        patch: versionPart((v) => v.semver.patch),
        run_number: ctx.runNumber === undefined
            ? { missing: 'there is no run number outside GitHub Actions' }
            : { value: String(ctx.runNumber) },
        default_branch: ctx.defaultBranch
            ? { value: ctx.defaultBranch }
            : {
                missing: 'the default branch is not known' +
                    (ctx.eventName === 'local' ? " (set it with 'git remote set-head origin --auto')" : ''),
            },
    };
}
/**
 * Fills the template in, passing each placeholder's value through `encode` (which makes it safe
 * where it lands: a tag, a glob). The first placeholder without a value makes the whole result
 * missing, with the reason.
 */
function fillTemplate(template, values, encode) {
    let text = '';
    for (const part of template.parts) {
        if ('literal' in part) {
            text += part.literal;
            continue;
        }
        const value = values[part.placeholder];
        if ('missing' in value)
            return { missing: `{{${part.placeholder}}} has no value: ${value.missing}` };
        text += encode(value.value, part.placeholder);
    }
    return { text };
}

;// CONCATENATED MODULE: ./build/plan/chart-versions.js


/** Parses one of the two inputs; blank is undefined. */
function parseChartVersionTemplate(input, text) {
    const source = text.trim();
    if (source === '')
        return undefined;
    return parseTemplate(source, (problem) => {
        throw (0,errors/* inputError */.Xu)(input, `'${source}': ${problem}.`);
    });
}
function render(input, template, ctx) {
    const filled = fillTemplate(template, templateValues(ctx), (value) => value);
    if ('missing' in filled) {
        throw (0,errors/* inputError */.Xu)(input, `'${template.source}' cannot be filled in here: ${filled.missing}. Publish the chart from ` +
            `semver Git tags (on: push: tags), or leave '${input}' unset to publish Chart.yaml's.`);
    }
    return { value: filled.text, input };
}
/** The versions to write into the chart in this context, for `buildChart`. */
function chartVersionOverrides(input, ctx) {
    return {
        ...(input.chartVersion && { version: render('chart-version', input.chartVersion, ctx) }),
        ...(input.chartAppVersion && {
            appVersion: render('chart-app-version', input.chartAppVersion, ctx),
        }),
    };
}

// EXTERNAL MODULE: ./node_modules/picomatch/index.js
var picomatch = __webpack_require__(14006);
;// CONCATENATED MODULE: ./build/plan/tag.js
// The OCI tag grammar (distribution-spec: `[a-zA-Z0-9_][a-zA-Z0-9._-]{0,127}`) and how values that
// did not come from the user's own keyboard (branch names, Git tags) are made to fit it.
const MAX_TAG_LENGTH = 128;
const TAG_CHAR = /^[a-zA-Z0-9._-]$/;
/** What a user reads when a tag they wrote is refused. */
const TAG_GRAMMAR_HINT = "an OCI tag is 1 to 128 letters, digits, '_', '.' or '-', and does not start with '.' or '-'";
function isTagChar(char) {
    return TAG_CHAR.test(char);
}
/** Characters a tag may contain anywhere but at its start. */
function canStartTag(char) {
    return char !== '.' && char !== '-' && isTagChar(char);
}
/**
 * Maps every character a tag cannot hold to one that it can. `+` (semver build metadata) becomes
 * `_`, as Helm does for chart versions in OCI registries, so a version survives the round trip
 * (see `versionOfTag`); everything else (`/` in branch names above all) becomes `-`. Length and
 * the first character are the caller's concern: they depend on where the value lands in a tag.
 */
function sanitizeTagChars(value) {
    let out = '';
    for (const char of value)
        out += isTagChar(char) ? char : char === '+' ? '_' : '-';
    return out;
}

;// CONCATENATED MODULE: ./build/plan/tag-template.js
// Templates that produce an OCI tag. What the user wrote literally must already be valid: we do
// not publish under a name they did not write. What placeholders bring in (branch names above
// all) is made valid, and a notice says how.



/** Parses a tag template; `fail` reports problems in the words of the caller's input. */
function parseTagTemplateText(source, fail) {
    if (source === '')
        fail('the tag is empty');
    const template = parseTemplate(source, fail);
    let literalLength = 0;
    for (const [index, part] of template.parts.entries()) {
        if (!('literal' in part))
            continue;
        literalLength += part.literal.length;
        for (const char of part.literal)
            if (!isTagChar(char))
                fail(`${JSON.stringify(char)} cannot be part of a tag; ${TAG_GRAMMAR_HINT}`);
        if (index === 0 && !canStartTag(part.literal[0] ?? ''))
            fail(`a tag cannot start with '${part.literal[0]}'; ${TAG_GRAMMAR_HINT}`);
    }
    if (literalLength > MAX_TAG_LENGTH)
        fail(`the tag is longer than ${MAX_TAG_LENGTH} characters; ${TAG_GRAMMAR_HINT}`);
    return template;
}
/** The `tag` input: a template, or undefined when blank (the default tag then applies). */
function parseTagTemplate(text) {
    const source = text.trim();
    if (source === '')
        return undefined;
    return parseTagTemplateText(source, (problem) => {
        throw (0,errors/* inputError */.Xu)('tag', `'${source}': ${problem}.`);
    });
}
/** The tag a template names in this context, with a notice for every value that had to change. */
function renderTag(template, values) {
    const notices = [];
    const filled = fillTemplate(template, values, (value, placeholder) => {
        const clean = sanitizeTagChars(value);
        if (clean !== value)
            notices.push(`{{${placeholder}}} is '${value}', which an OCI tag cannot hold; ` +
                `'${template.source}' uses '${clean}' instead.`);
        return clean;
    });
    if ('missing' in filled)
        return filled;
    let tag = filled.text;
    // Literal text was checked when parsed, so an invalid start or length comes from a value.
    if (!canStartTag(tag[0] ?? '')) {
        const fixed = `_${tag.slice(1)}`;
        notices.push(`A tag cannot start with '${tag[0]}': '${tag}' is published as '${fixed}'.`);
        tag = fixed;
    }
    if (tag.length > MAX_TAG_LENGTH) {
        const cut = tag.slice(0, MAX_TAG_LENGTH);
        notices.push(`'${tag}' is longer than ${MAX_TAG_LENGTH} characters: cut to '${cut}'.`);
        tag = cut;
    }
    return { tag, notices };
}

;// CONCATENATED MODULE: ./build/plan/promote-rules.js
// The `promote` input: one rule per line, `<tag template>: <condition>[, <condition>…]`. A rule
// applies when all of its conditions hold. Parsing checks everything it can (keys, globs, ranges,
// placeholders) so that a typo fails the run before anything is pushed, quoting the line.





const KEYS = ['branch', 'tag', 'event', 'semver', 'prerelease', 'highest'];
/** Options shared by parsing and matching, so that a glob that parses is a glob that matches. */
const GLOB_OPTIONS = { windows: false, dot: true, strictBrackets: true };
function parsePromoteRules(input) {
    const rules = [];
    for (const [index, raw] of input.split(/\r?\n/).entries()) {
        // `#` starts a comment at the start of a line or after a space: neither tags, branch names
        // nor semver ranges can hold ` #`.
        const text = raw.replace(/(^|\s)#.*$/, '').trim();
        if (text === '')
            continue;
        const fail = (problem) => {
            throw (0,errors/* inputError */.Xu)('promote', `line ${index + 1} '${text}': ${problem}.`);
        };
        rules.push(parseRule(index + 1, text, fail));
    }
    return rules;
}
function parseRule(line, text, fail) {
    const colon = text.indexOf(':');
    if (colon < 0)
        fail("expected '<tag>: <condition>, …', for example 'stable: semver=*'");
    const tagText = text.slice(0, colon).trim();
    if (tagText === '')
        fail("there is no tag before ':'");
    const tag = parseTagTemplateText(tagText, fail);
    const conditionsText = text.slice(colon + 1).trim();
    // A rule without conditions would promote on every run, feature branches included: that
    // is far likelier a slip than a wish, and `event=*` says it explicitly.
    if (conditionsText === '')
        fail("there is no condition after ':'; to promote on every run, write 'event=*'");
    const conditions = splitConditions(conditionsText).map((c) => parseCondition(c.trim(), fail));
    return { line, text, tag, conditions };
}
/** Splits on commas outside `{…}`, `[…]` and `(…)`, which globs use for alternatives. */
function splitConditions(text) {
    const pieces = [];
    let depth = 0;
    let start = 0;
    for (let i = 0; i < text.length; i++) {
        const char = text[i];
        if (char === '{' || char === '[' || char === '(')
            depth++;
        else if ((char === '}' || char === ']' || char === ')') && depth > 0)
            depth--;
        else if (char === ',' && depth === 0) {
            pieces.push(text.slice(start, i));
            start = i + 1;
        }
    }
    pieces.push(text.slice(start));
    return pieces;
}
function parseCondition(text, fail) {
    const match = /^([^=\s]*)\s*=\s*(.*)$/.exec(text);
    if (!match)
        fail(`condition '${text}' is not <key>=<value>; the keys are ${KEYS.join(', ')}`);
    const key = match[1] ?? '';
    const value = match[2] ?? '';
    if (!isKey(key))
        fail(`unknown condition key '${key}'; the keys are ${KEYS.join(', ')}`);
    if (value === '')
        fail(`condition '${text}' has no value`);
    switch (key) {
        case 'branch':
        case 'tag':
        case 'event':
            return { key, glob: parseGlob(key, value, fail) };
        case 'semver':
            return { key, range: parseRange(value, fail) };
        case 'prerelease':
        case 'highest':
            if (value !== 'true' && value !== 'false')
                fail(`'${key}=${value}': ${key} is true or false`);
            return { key, value: value === 'true' };
    }
}
function isKey(key) {
    return KEYS.includes(key);
}
function parseGlob(key, value, fail) {
    const glob = parseTemplate(value, fail);
    // Placeholders are filled in at match time; any word stands in for them to check the syntax.
    const skeleton = glob.parts.map((p) => ('literal' in p ? p.literal : 'x')).join('');
    try {
        picomatch.makeRe(skeleton, GLOB_OPTIONS);
    }
    catch (error) {
        fail(`'${key}=${value}' is not a valid glob: ${error.message}`);
    }
    return glob;
}
function parseRange(value, fail) {
    if (value.includes('{{'))
        fail(`'semver=${value}': a semver range cannot hold placeholders`);
    try {
        return new semver.Range(value, { includePrerelease: true });
    }
    catch {
        return fail(`'semver=${value}' is not a semver range; write one as node-semver reads them, ` +
            "for example '*', '>=6.1.0', '^6' or '~6.1'");
    }
}

// EXTERNAL MODULE: ./build/sign/public-good.js
var public_good = __webpack_require__(12741);
// EXTERNAL MODULE: ./build/sign/service-url.js
var service_url = __webpack_require__(17847);
;// CONCATENATED MODULE: ./build/inputs.js
// Every input, declared once: the action (action.yml, checked by a test), the CLI (flags and --help)
// and the README tables all come from this list, and `parseInputs` turns raw strings into one typed,
// validated object that the rest of the code trusts.








const DEFAULT_PROMOTE = 'latest: branch={{default_branch}}\nstable: semver=*, prerelease=false, highest=true';
/** What `path` holds, and so how it is packaged and where it goes. */
const ARTIFACT_TYPES = ['flux', 'helm-chart'];
const DEFAULT_LAYOUT = 'oci-layout:oci-layout';
const INPUTS = [
    {
        name: 'url',
        description: 'Where to publish: `oci://<registry>/<repository>`, or `oci-layout:<dir>` for an OCI image layout on disk. No tag: tags come from `tag` and `promote`.',
        example: 'oci://ghcr.io/my-org/manifests/app',
        required: true,
        cliDefault: DEFAULT_LAYOUT,
    },
    {
        name: 'path',
        description: 'The directory (or single file) to package, relative to the workspace; with `artifact-type: helm-chart`, the chart directory (the one holding `Chart.yaml`).',
        default: '.',
        example: './deploy/production',
    },
    {
        name: 'artifact-type',
        description: "What `path` holds: `flux` (any directory or file, published as a Flux OCI artifact at `url`) or `helm-chart` (a chart, packaged as `helm package` does and pushed as `helm push` does, to `<url>/<chart name>:<chart version>`; `tag`, `diff-tag`, `ignore-paths` and `resolve-symlinks` do not apply: Helm's `.helmignore` and the chart's version do).",
        default: 'flux',
        example: 'helm-chart',
    },
    {
        name: 'chart-version',
        description: "With `artifact-type: helm-chart`: the chart version to publish instead of `Chart.yaml`'s, written into `Chart.yaml` inside the archive only (as `helm package --version`). Placeholders as in `tag`: `{{version}}` is the semver Git tag's version (`v1.2.3` → `1.2.3`), and a run that is not for such a tag fails. Default: `Chart.yaml`'s `version`.",
        example: '{{version}}',
    },
    {
        name: 'chart-app-version',
        description: "With `artifact-type: helm-chart`: the chart's `appVersion` instead of `Chart.yaml`'s, written as `chart-version` is (`helm package --app-version`). Placeholders as in `tag`. Default: `Chart.yaml`'s `appVersion`.",
        example: '{{tag}}',
    },
    {
        name: 'tag',
        description: "The primary tag. Templates: `{{sha}}` (the full commit sha, as `github.sha`; docker/metadata-action's `{{sha}}` is the short one, which is `{{short_sha}}` here), `{{short_sha}}` (7 characters), `{{branch}}`, `{{tag}}`, `{{version}}`, `{{major}}`, `{{minor}}`, `{{patch}}`, `{{run_number}}`, `{{default_branch}}`. Default: the Git tag on tag refs and releases, otherwise the short commit sha.",
        example: '{{short_sha}}',
    },
    {
        name: 'promote',
        description: 'Promotion rules, one a line: `<tag template>: <condition>, …` with conditions `branch=<glob>`, `tag=<glob>`, `event=<name>`, `semver=<range>`, `prerelease=true|false`, `highest=true`. Default (not given, or empty): `latest: branch={{default_branch}}` and `stable: semver=*, prerelease=false, highest=true` for Flux artifacts; none for Helm charts, which Helm and Flux resolve by version. `none`: promote nothing.',
        example: 'edge: branch=main',
    },
    {
        name: 'ignore-paths',
        description: 'Gitignore patterns to leave out, one a line, added to Flux defaults (`.git/`, images, archives) and `.sourceignore` files.',
        default: '',
        example: '*.md',
    },
    {
        name: 'annotations',
        description: 'Extra manifest annotations, one `key=value` a line (values may contain `=`).',
        default: '',
        example: 'org.opencontainers.image.description=Production manifests',
    },
    {
        name: 'source',
        description: '`org.opencontainers.image.source`. Default: the repository URL (`$GITHUB_SERVER_URL/$GITHUB_REPOSITORY`).',
        example: 'https://github.com/my-org/app',
    },
    {
        name: 'revision',
        description: '`org.opencontainers.image.revision`. Default: `<ref name>@sha1:<commit sha>`.',
        example: 'main@sha1:6b86b273ff34fce19d6b804eff5a3f5747ada4ea',
    },
    {
        name: 'diff-tag',
        description: 'Compare with the artifact at this tag: when the content is unchanged, push no new manifest and point the planned tags at the existing one. Default: no comparison.',
        example: 'latest',
    },
    {
        name: 'resolve-symlinks',
        description: 'Package symlinks that resolve inside the workspace as the files they point to (`true`), or skip them with a warning (`false`).',
        default: 'false',
        example: 'true',
    },
    {
        name: 'dry-run',
        description: 'Print the plan and publish nothing. `auto` is true for `pull_request`, `pull_request_target` and `merge_group` events.',
        default: 'auto',
        example: 'true',
    },
    {
        name: 'sign',
        description: 'Sign the manifest digest with Sigstore: keyless (needs `permissions: id-token: write`), or with `cosign-key` when given.',
        default: 'false',
        example: 'true',
    },
    {
        name: 'signature-format',
        description: 'Which forms to write, keyless or with `cosign-key` alike: `both` a Sigstore bundle referrer (Flux ≥ 2.8, cosign v3; with a key it names the key by its hint, as `cosign sign --key` v3 does) and the legacy `.sig` tag (older Flux, cosign v2); `bundle` the bundle only; `legacy` the `.sig` only.',
        default: 'both',
        example: 'legacy',
    },
    {
        name: 'fulcio-url',
        description: 'Fulcio for keyless certificates.',
        default: public_good/* PUBLIC_FULCIO_URL */.v,
        example: 'https://fulcio.example.com',
    },
    {
        name: 'rekor-url',
        description: 'Rekor (v1 API) transparency log.',
        default: public_good/* PUBLIC_REKOR_URL */.wI,
        example: 'https://rekor.example.com',
    },
    {
        name: 'tsa-url',
        description: 'An RFC 3161 timestamp authority to add a signed timestamp. Default: none.',
        example: 'https://timestamp.example.com/api/v1/timestamp',
    },
    {
        name: 'signing-config',
        description: "A cosign signing config (`signing_config.v0.2.json`), by its path in the workspace: Fulcio, Rekor (API v1 or v2) and the TSA are taken from it as cosign v3's `--signing-config` takes them (valid now, highest API version, newest first; `ANY`, `ALL` or `EXACT`). Not with `fulcio-url`, `rekor-url` or `tsa-url`. With Rekor v2, keyless signing needs a TSA in it, and `signature-format: bundle`.",
        example: './sigstore/signing_config.v0.2.json',
    },
    {
        name: 'cosign-key',
        description: 'A cosign private key (the contents of `cosign.key`, from a secret): sign with it instead of keyless.',
        example: 'the secret COSIGN_KEY',
        secret: true,
    },
    {
        name: 'cosign-password',
        description: "The password of `cosign-key` (cosign's `COSIGN_PASSWORD`).",
        example: 'the secret COSIGN_PASSWORD',
        secret: true,
    },
    {
        name: 'key-tlog-upload',
        description: 'With `cosign-key`: also record the signature in `rekor-url` (public by default, which reveals the repository).',
        default: 'false',
        example: 'true',
    },
    {
        name: 'username',
        description: 'Registry user name. Default: from the Docker config (`~/.docker/config.json`, credential helpers), or the workflow actor for ghcr.io.',
        example: 'the workflow actor (github.actor)',
    },
    {
        name: 'password',
        description: 'Registry password or token, with `username`.',
        example: 'the secret REGISTRY_TOKEN',
        secret: true,
    },
    {
        name: 'github-token',
        description: 'Used for ghcr.io when no other credentials are found.',
        default: '${{ github.token }}',
        example: 'the secret GITHUB_TOKEN',
        secret: true,
    },
    {
        name: 'insecure-registry',
        description: 'Allow plain HTTP to a registry that is not on loopback (loopback always may use HTTP).',
        default: 'false',
        example: 'true',
    },
];
function lines(text) {
    return text
        .split(/\r?\n/)
        .map((l) => l.trim())
        .filter((l) => l !== '' && !l.startsWith('#'));
}
function inputs_boolean(name, value) {
    const v = value.trim().toLowerCase();
    if (v === 'true')
        return true;
    if (v === 'false')
        return false;
    throw (0,errors/* inputError */.Xu)(name, `'${value}' is not a boolean: use true or false.`);
}
function oneOf(name, value, allowed) {
    const v = value.trim().toLowerCase();
    if (allowed.includes(v))
        return v;
    throw (0,errors/* inputError */.Xu)(name, `'${value}' is not one of ${allowed.join(', ')}.`);
}
/** A Sigstore service URL (sign/service-url.ts says which may be used), without trailing slashes. */
function serviceUrl(name, value) {
    return (0,service_url/* usableServiceURL */.n)(value, (problem) => (0,errors/* inputError */.Xu)(name, `${problem}.`));
}
/**
 * A signing config names every service, as cosign's `--signing-config` does: beside it, a service URL
 * input (other than its default, which the runner passes when it is not given) is refused.
 */
function refuseServiceUrls(raw) {
    for (const name of ['fulcio-url', 'rekor-url', 'tsa-url']) {
        const value = raw(name);
        if (value !== '' && value !== INPUTS.find((d) => d.name === name)?.default) {
            throw (0,errors/* inputError */.Xu)('signing-config', `given with '${name}': the signing config names Fulcio, Rekor and the TSA, so give one or the other.`);
        }
    }
}
function tagName(name, value) {
    if (value !== undefined && !(0,reference/* isValidTag */.r_)(value)) {
        throw (0,errors/* inputError */.Xu)(name, `'${value}' is not an OCI tag: 1 to 128 letters, digits, '_', '.' or '-', not starting with '.' or '-'.`);
    }
    return value;
}
/** How the report names the target; a tag or digest in `url` is refused (tags come from inputs). */
function describeTarget(url, location) {
    if (location.kind === 'layout')
        return { kind: 'layout', url, name: location.directory };
    if (location.tag || location.digest) {
        throw (0,errors/* inputError */.Xu)('url', `'${url}' names a ${location.tag ? 'tag' : 'digest'}: give only oci://<registry>/<repository>; tags come from the 'tag' and 'promote' inputs.`);
    }
    return registryTarget(location);
}
/** How the report names a registry repository. */
function registryTarget({ registry, repository }) {
    return {
        kind: 'registry',
        url: `oci://${registry}/${repository}`,
        name: `${registry}/${repository}`,
    };
}
function annotations(text) {
    const result = {};
    for (const line of lines(text)) {
        const eq = line.indexOf('=');
        if (eq <= 0) {
            throw (0,errors/* inputError */.Xu)('annotations', `'${line}' is not key=value: write one annotation a line, e.g. org.opencontainers.image.description=Manifests.`);
        }
        result[line.slice(0, eq).trim()] = line.slice(eq + 1).trim();
    }
    return result;
}
/** Inputs that mean nothing for a Helm chart, refused when given rather than silently ignored. */
const NOT_FOR_CHARTS = {
    tag: "a chart is published under its version (Chart.yaml's, or 'chart-version'); remove 'tag'",
    'diff-tag': "a chart version is always compared with the one already at its own tag; remove 'diff-tag'",
    'ignore-paths': "a chart leaves files out with its own .helmignore, as Helm does; remove 'ignore-paths' and write the patterns there",
    'resolve-symlinks': "a chart's symbolic links are always followed inside the workspace, as helm package follows them; remove 'resolve-symlinks'",
};
/** Inputs that only mean something for a Helm chart. */
const ONLY_FOR_CHARTS = ['chart-version', 'chart-app-version'];
/**
 * Refuses an input the artifact type ignores: a user who sets one expects it to act. `given` says
 * whether an input was set to something other than its default.
 */
function checkApplies(type, given) {
    if (type === 'helm-chart') {
        for (const [name, why] of Object.entries(NOT_FOR_CHARTS)) {
            if (given(name))
                throw (0,errors/* inputError */.Xu)(name, `does not apply to 'artifact-type: helm-chart': ${why}.`);
        }
        return;
    }
    for (const name of ONLY_FOR_CHARTS) {
        if (given(name)) {
            throw (0,errors/* inputError */.Xu)(name, `applies only to Helm charts: set 'artifact-type: helm-chart' (with 'path' naming the chart directory), or remove '${name}'.`);
        }
    }
}
/** `url` as a location; the registry client's own words, as an error about the input. */
function inputs_location(url, workspace) {
    try {
        return (0,oci_location/* parseLocation */.z)(url, workspace);
    }
    catch (error) {
        if (error instanceof errors/* UserError */.yo && error.code === errors/* ErrorCode */.O4.REFERENCE_INVALID) {
            throw (0,errors/* inputError */.Xu)('url', error.message, error);
        }
        throw error;
    }
}
/**
 * Parses every input. `read` returns '' for an input not given; the definitions' defaults then
 * apply (`cliDefault` first when `forCli`). Secret values are masked through `log` before anything
 * else can print them. A relative `oci-layout:<dir>` is resolved against `workspace` (default: the
 * working directory).
 */
function parseInputs(read, options = {}) {
    const raw = (name) => {
        const definition = INPUTS.find((d) => d.name === name);
        if (!definition)
            throw new Error(`unknown input ${name}`);
        const given = read(name).trim();
        if (given !== '') {
            if (definition.secret)
                options.log?.setSecret(given);
            return given;
        }
        const fallback = (options.forCli ? definition.cliDefault : undefined) ?? definition.default;
        // A workflow expression default only means something inside a workflow.
        return fallback === undefined || fallback.startsWith('${{') ? '' : fallback;
    };
    const optional = (name) => raw(name) || undefined;
    const url = raw('url');
    if (url === '') {
        throw (0,errors/* inputError */.Xu)('url', 'required, and not given: set it to oci://<registry>/<repository> or oci-layout:<dir>.');
    }
    if (!url.startsWith('oci://') && !url.startsWith('oci-layout:')) {
        const scheme = /^([a-z][a-z0-9+.-]*):\/\//i.exec(url)?.[1];
        throw (0,errors/* inputError */.Xu)('url', `'${url}' ${scheme ? `uses ${scheme}://` : 'has no scheme'}: write oci://<registry>/<repository> (e.g. oci://ghcr.io/my-org/manifests/app), or oci-layout:<dir>.`);
    }
    const parsed = inputs_location(url, options.workspace);
    const target = describeTarget(url, parsed);
    const username = optional('username');
    const password = optional('password');
    if (username && !password) {
        throw (0,errors/* inputError */.Xu)('password', 'not given, but username is: give both, or neither to use the Docker config.');
    }
    if (password && !username) {
        throw (0,errors/* inputError */.Xu)('username', 'not given, but password is: give both, or neither to use the Docker config.');
    }
    const cosignKey = optional('cosign-key');
    const signatureFormat = oneOf('signature-format', raw('signature-format'), [
        'both',
        'legacy',
        'bundle',
    ]);
    const tsaUrl = optional('tsa-url');
    const signingConfig = optional('signing-config');
    if (signingConfig !== undefined)
        refuseServiceUrls(raw);
    const artifactType = oneOf('artifact-type', raw('artifact-type'), ARTIFACT_TYPES);
    const resolveSymlinks = inputs_boolean('resolve-symlinks', raw('resolve-symlinks'));
    checkApplies(artifactType, (name) => name === 'resolve-symlinks' ? resolveSymlinks : optional(name) !== undefined);
    // Not given (or empty): the type's default rules; the action cannot tell empty from not given.
    // An empty input cannot be told from one not given (the runner passes '' for both): `none` says
    // "no promotion" where the default would promote.
    const given = optional('promote');
    const promote = given?.toLowerCase() === 'none'
        ? ''
        : (given ?? (artifactType === 'flux' ? DEFAULT_PROMOTE : ''));
    return {
        url,
        location: parsed,
        target,
        path: raw('path'),
        artifactType,
        chartVersion: parseChartVersionTemplate('chart-version', raw('chart-version')),
        chartAppVersion: parseChartVersionTemplate('chart-app-version', raw('chart-app-version')),
        tagTemplate: parseTagTemplate(raw('tag')),
        promoteRules: parsePromoteRules(promote),
        ignorePaths: lines(raw('ignore-paths')),
        annotations: annotations(raw('annotations')),
        source: optional('source'),
        revision: optional('revision'),
        diffTag: tagName('diff-tag', optional('diff-tag')),
        resolveSymlinks,
        dryRun: oneOf('dry-run', raw('dry-run'), ['auto', 'true', 'false']),
        sign: inputs_boolean('sign', raw('sign')),
        signatureFormat,
        fulcioUrl: serviceUrl('fulcio-url', raw('fulcio-url')),
        rekorUrl: serviceUrl('rekor-url', raw('rekor-url')),
        tsaUrl: tsaUrl && serviceUrl('tsa-url', tsaUrl),
        signingConfig,
        cosignKey,
        cosignPassword: optional('cosign-password'),
        keyTlogUpload: inputs_boolean('key-tlog-upload', raw('key-tlog-upload')),
        username,
        password,
        githubToken: optional('github-token'),
        insecureRegistry: inputs_boolean('insecure-registry', raw('insecure-registry')),
    };
}
/** Whether signing records the run in a transparency log (public-good Rekor is public). */
function signsInPublicLog(inputs) {
    return inputs.sign && (inputs.cosignKey === undefined || inputs.keyTlogUpload);
}

// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(51455);
;// CONCATENATED MODULE: ./build/context/context.js
// Everything known about where the action (or the CLI) runs: event, ref, commit, repository. The
// Actions runner and a local Git clone both fill this one type; the plan and the annotations read
// only this.
/** The default `source` annotation: the repository's https URL. */
function defaultSource(ctx) {
    return ctx.repositoryUrl;
}
/** Why the default `source` is unknown, and what to do: for a run whose context has none. */
function missingSourceWarning(ctx) {
    const why = ctx.localOrigin
        ? `the 'origin' remote is the local path ${ctx.localOrigin}, and no 'origin' behind it has an address`
        : ctx.eventName === 'local'
            ? "there is no 'origin' remote"
            : 'GITHUB_REPOSITORY is not set';
    return (`No repository URL is known for org.opencontainers.image.source (${why}): set ` +
        `${ctx.eventName === 'local' ? '--source' : "the 'source' input"}, ` +
        'which GHCR and flux trace use to link the artifact to its repository.');
}
/**
 * The default `revision` annotation in Flux's RFC-0005 form, `<ref name>@sha1:<sha>`
 * (`main@sha1:6b86…`); a commit with no name is `sha1:<sha>`, as Flux writes it.
 */
function defaultRevision(ctx) {
    const digest = `${ctx.sha.length === 64 ? 'sha256' : 'sha1'}:${ctx.sha}`;
    return ctx.refName ? `${ctx.refName}@${digest}` : digest;
}

// EXTERNAL MODULE: ./build/artifact/build.js
var build = __webpack_require__(73747);
// EXTERNAL MODULE: ./build/artifact/helm/helm-format.js
var helm_format = __webpack_require__(61068);
;// CONCATENATED MODULE: ./build/artifact/build-phase.js
// The Build phase, for both kinds: a Flux artifact (build.ts), or a Helm chart packaged as
// `helm package` does (helm/build-chart.ts, loaded only for charts, so that Flux artifacts' runs
// never load Helm's YAML reading). Also what the build needs first (the path, checked before the
// first network call, and the provenance annotations), and where a chart goes: its name decides
// its repository, which is why main.ts builds a chart before it opens the repository and plans.









/** The path to package, refused when it names a place outside the workspace or nothing at all. */
async function packagePath({ inputs, runtime: { workspace } }) {
    const path = (0,external_node_path_.resolve)(workspace, inputs.path);
    const fromWorkspace = (0,external_node_path_.relative)(workspace, path);
    if (fromWorkspace === '..' || fromWorkspace.startsWith(`..${external_node_path_.sep}`) || (0,external_node_path_.isAbsolute)(fromWorkspace)) {
        throw (0,errors/* inputError */.Xu)('path', `'${inputs.path}' is outside the workspace (${workspace}): package a directory of this repository.`);
    }
    try {
        await (0,promises_.access)(path);
    }
    catch {
        throw (0,errors/* inputError */.Xu)('path', {
            action: `'${inputs.path}' does not exist in the workspace (${workspace}): check the path, and that the job checked the repository out (actions/checkout).`,
            cli: `'${inputs.path}' does not exist in ${workspace}: check the path (relative to the current directory).`,
        });
    }
    return path;
}
function provenance({ inputs, context, log }) {
    const source = inputs.source ?? defaultSource(context);
    if (!source) {
        log.warning(missingSourceWarning(context));
    }
    return { source, revision: inputs.revision ?? defaultRevision(context) };
}
async function packageSource(run) {
    const path = await packagePath(run);
    return { path, provenance: provenance(run) };
}
/** `path` packaged as the `artifact-type` input says, with its files, size and digest logged. */
function buildPhase(run, { path, provenance }) {
    const { inputs, context, runtime, log } = run;
    const common = {
        path,
        workspace: runtime.workspace,
        created: context.commitTime,
        source: provenance.source ?? '',
        revision: provenance.revision,
        annotations: inputs.annotations,
        // The runner empties RUNNER_TEMP after every job, even one that was killed.
        tmpDir: runtime.env.RUNNER_TEMP || undefined,
    };
    return (0,build_log/* phase */.Oi)(log, 'Build', async () => {
        if (inputs.artifactType === 'helm-chart') {
            const { buildChart } = await Promise.all(/* import() */[__webpack_require__.e(815), __webpack_require__.e(744)]).then(__webpack_require__.bind(__webpack_require__, 8744));
            const built = await buildChart({
                ...common,
                versions: chartVersionOverrides(inputs, context),
            });
            const { name, version } = built.metadata;
            log.info(`chart ${name} ${version}: ${built.fileCount} files, ${(0,build_log/* formatBytes */.z3)(built.layer.size)} ` +
                `compressed; manifest ${built.manifest.digest}`);
            return built;
        }
        const built = await (0,build/* buildArtifact */.L)({
            ...common,
            ignorePaths: inputs.ignorePaths,
            resolveSymlinks: inputs.resolveSymlinks,
            onWarning: (m) => log.warning(m),
        });
        log.info(`${built.fileCount} files, ${(0,build_log/* formatBytes */.z3)(built.layer.size)} compressed; manifest ${built.manifest.digest}`);
        return built;
    });
}
/**
 * Where `built` goes: the `url` input's repository, or for a chart `<url>/<chart name>`, where
 * `helm push <chart> <url>` puts it. `built` is a chart, or undefined (a Flux artifact is built
 * after the plan).
 */
function destination({ inputs, log }, built) {
    if (!built || !('metadata' in built)) {
        return { location: inputs.location, target: inputs.target, chart: undefined };
    }
    const { name, version } = built.metadata;
    const chart = { name, version, tag: built.tag };
    const location = (0,helm_format/* chartLocation */.QV)(inputs.location, name, 'path');
    if (location.kind === 'layout')
        return { location, target: inputs.target, chart };
    const target = registryTarget(location);
    if (inputs.target.name.endsWith(`/${name}`)) {
        log.notice(`'url' already ends with the chart's name, and the chart goes to ${target.url} (helm push ` +
            `appends the name too). To publish at ${inputs.target.url}, give its parent in 'url'.`);
    }
    return { location, target, chart };
}

// EXTERNAL MODULE: ./build/artifact/change-detection.js + 1 modules
var change_detection = __webpack_require__(51738);
// EXTERNAL MODULE: ./build/artifact/content-diff.js
var content_diff = __webpack_require__(66256);
;// CONCATENATED MODULE: ./build/plan/conditions.js
// Whether one condition of a promotion rule holds here, and why (not), in words a person reading
// the plan understands: "v6.2.0-rc.1 is a prerelease", "6.0.5 is lower than v6.1.0".





function collectFacts(ctx, values, existingTags) {
    return {
        ctx,
        values,
        version: ctx.gitTag === undefined ? undefined : versionOfGitTag(ctx.gitTag),
        existingVersions: existingTags?.flatMap((tag) => {
            const version = versionOfTag(tag);
            return version ? [{ tag, version }] : [];
        }),
    };
}
function judge(condition, facts) {
    const { ctx } = facts;
    switch (condition.key) {
        case 'branch':
            return ctx.branch === undefined
                ? no(`${refLabel(ctx)} is not a branch`)
                : matchGlob('branch', ctx.branch, condition.glob, facts);
        case 'tag':
            return ctx.gitTag === undefined
                ? no(`${refLabel(ctx)} is not a Git tag`)
                : matchGlob('Git tag', ctx.gitTag, condition.glob, facts);
        case 'event':
            return matchGlob('event', ctx.eventName, condition.glob, facts);
        case 'semver':
            return withVersion(facts, (version, tag) => condition.range.test(version.semver)
                ? yes(`${tag} is in range ${condition.range.raw}`)
                : no(`${tag} is not in range ${condition.range.raw}`));
        case 'prerelease':
            return withVersion(facts, (version, tag) => {
                const { prerelease, reason } = describePrerelease(version, tag, ctx);
                return { holds: prerelease === condition.value, reason };
            });
        case 'highest':
            return withVersion(facts, (version, tag) => {
                if (facts.existingVersions === undefined)
                    return no("the repository's tags were not listed, so no version can be compared");
                const higher = higherVersion(version.semver, facts.existingVersions);
                const reason = higher
                    ? `${tag} is lower than ${higher} in the repository`
                    : `${tag} is the highest version in the repository`;
                return { holds: (higher === undefined) === condition.value, reason };
            });
    }
}
/** Whether the version is a prerelease; a GitHub release marked as a pre-release is one too. */
function describePrerelease(version, tag, ctx) {
    if (version.semver.prerelease.length > 0)
        return { prerelease: true, reason: `${tag} is a prerelease` };
    if (ctx.markedPrerelease)
        return { prerelease: true, reason: `release ${tag} is marked as a pre-release` };
    return { prerelease: false, reason: `${tag} is not a prerelease` };
}
/**
 * The highest existing tag above `version`, if any. A release is compared with releases only:
 * a published `v6.2.0-rc.1` must not keep `stable` from moving to `v6.1.1`.
 */
function higherVersion(version, existing) {
    const release = version.prerelease.length === 0;
    let highest;
    for (const candidate of existing) {
        if (release && candidate.version.prerelease.length > 0)
            continue;
        if (candidate.version.compare(version) <= 0)
            continue;
        if (!highest || candidate.version.compare(highest.version) > 0)
            highest = candidate;
    }
    return highest?.tag;
}
function withVersion(facts, judgeVersion) {
    const tag = facts.ctx.gitTag;
    if (tag === undefined)
        return no(`${refLabel(facts.ctx)} is not a Git tag`);
    if (facts.version === undefined)
        return no(`Git tag ${tag} is not a semver version`);
    return judgeVersion(facts.version, tag);
}
function matchGlob(what, subject, glob, facts) {
    // Values are matched as written, not as globs: a branch named `feat{1,2}` is one branch.
    const filled = fillTemplate(glob, facts.values, escapeGlob);
    if ('missing' in filled)
        return no(filled.missing);
    const written = fillTemplate(glob, facts.values, (value) => value);
    const shown = 'text' in written && written.text !== glob.source
        ? `${glob.source} (${written.text})`
        : glob.source;
    return picomatch(filled.text, GLOB_OPTIONS)(subject)
        ? yes(`${what} ${subject} matches ${shown}`)
        : no(`${what} ${subject} does not match ${shown}`);
}
function escapeGlob(value) {
    return value.replace(/[\\*?[\](){}!+@|,^$]/g, '\\$&');
}
const yes = (reason) => ({ holds: true, reason });
const no = (reason) => ({ holds: false, reason });

;// CONCATENATED MODULE: ./build/plan/dry-run.js
const DRY_BY_DEFAULT = new Map([
    ['pull_request', "a pull request's token cannot push when it comes from a fork"],
    ['pull_request_target', 'a pull request is not merged yet'],
    ['merge_group', "a merge queue's trial merge is not merged yet"],
]);
function decideDryRun(mode, ctx) {
    if (mode !== 'auto')
        return { dryRun: mode === 'true', reason: `dry-run is ${mode}` };
    const why = DRY_BY_DEFAULT.get(ctx.eventName);
    return why
        ? {
            dryRun: true,
            reason: `dry-run is auto and this is a ${ctx.eventName} event: ${why} ` +
                '(set dry-run to false to publish anyway)',
        }
        : { dryRun: false, reason: `dry-run is auto and this is a ${ctx.eventName} event` };
}

;// CONCATENATED MODULE: ./build/plan/plan.js





/**
 * Whether the plan needs the repository's existing tags: only when a rule with `highest` has every
 * other condition holding here (a branch push never lists tags for the default `stable` rule).
 */
function planNeedsTagList(input, ctx) {
    const facts = collectFacts(ctx, templateValues(ctx));
    return input.promoteRules.some((rule) => rule.conditions.some((c) => c.key === 'highest') &&
        rule.conditions.every((c) => c.key === 'highest' || judge(c, facts).holds));
}
/** Whether the tag template or any promotion rule (its tag or a glob) names `placeholder`. */
function planUses(input, placeholder) {
    const names = (template) => template?.parts.some((part) => 'placeholder' in part && part.placeholder === placeholder) ??
        false;
    return (names(input.tagTemplate) ||
        input.promoteRules.some((rule) => names(rule.tag) || rule.conditions.some((c) => 'glob' in c && names(c.glob))));
}
/**
 * Works out the plan. `existingTags` are the tags already in the target repository; rules with
 * `highest` need them (see `planNeedsTagList`) and do not apply without them. `dryRun` is the
 * decision the caller already made from `input.dryRun`, if it made one. A Helm chart is
 * published under its version, as Helm and Flux look it up, whatever the ref.
 */
function computePlan(input, ctx, existingTags, dryRun = decideDryRun(input.dryRun, ctx), chart) {
    const values = templateValues(ctx);
    const notices = [];
    const primaryTag = chart ? chart.tag : renderPrimaryTag(input.tagTemplate, ctx, values, notices);
    const facts = collectFacts(ctx, values, existingTags);
    const promotedTags = [];
    const rules = input.promoteRules.map((rule) => {
        const reasons = [];
        for (const condition of rule.conditions) {
            const verdict = judge(condition, facts);
            if (!verdict.holds)
                return { rule: rule.text, applied: false, reason: verdict.reason };
            reasons.push(verdict.reason);
        }
        const rendered = renderTag(rule.tag, values);
        if ('missing' in rendered)
            return { rule: rule.text, applied: false, reason: rendered.missing };
        notices.push(...rendered.notices);
        if (rendered.tag === primaryTag)
            reasons.push('the same tag as the primary one');
        else if (promotedTags.includes(rendered.tag))
            reasons.push('already promoted by an earlier rule');
        else
            promotedTags.push(rendered.tag);
        return { rule: rule.text, tag: rendered.tag, applied: true, reason: reasons.join('; ') };
    });
    return {
        ...(chart && { chart: { name: chart.name, version: chart.version } }),
        primaryTag,
        promotedTags,
        rules,
        dryRun: dryRun.dryRun,
        dryRunReason: dryRun.reason,
        notices: [...new Set(notices)],
    };
}
function renderPrimaryTag(template, ctx, values, notices) {
    const source = template ?? defaultTagTemplate(ctx);
    const rendered = renderTag(source, values);
    if ('missing' in rendered)
        throw (0,errors/* inputError */.Xu)('tag', `'${source.source}' cannot be filled in here: ${rendered.missing}.`);
    notices.push(...rendered.notices);
    return rendered.tag;
}
/** The Git tag on tag refs and releases, otherwise the short sha (as the Flux guide tags). */
function defaultTagTemplate(ctx) {
    const placeholder = ctx.gitTag === undefined ? 'short_sha' : 'tag';
    return { source: `{{${placeholder}}}`, parts: [{ placeholder }] };
}
/** The plan as log lines: the tags, every rule's outcome, dry-run and notices. */
function describePlan(plan) {
    return [
        ...(plan.chart ? [`Chart: ${plan.chart.name} ${plan.chart.version}`] : []),
        `Tag: ${plan.primaryTag}`,
        ...(plan.rules.length === 0 ? ['Promote: no rules'] : []),
        ...plan.rules.map((r) => `${r.applied ? 'Promote' : 'Skip'} '${r.rule}'` +
            `${r.applied && r.tag ? ` → ${r.tag}` : ''}: ${r.reason}`),
        `Dry run: ${plan.dryRun ? 'yes' : 'no'} (${plan.dryRunReason})`,
        ...plan.notices.map((n) => `Notice: ${n}`),
    ];
}

;// CONCATENATED MODULE: ./build/review/base.js


/** The context of a push to `branch` of the same repository: the plan a merge would get. */
function pushTo(branch, ctx) {
    const ref = `refs/heads/${branch}`;
    return {
        ...ctx,
        eventName: 'push',
        ref,
        ...describeRef(ref),
        gitTag: undefined,
        markedPrerelease: undefined,
        baseBranch: undefined,
    };
}
/**
 * The base of a Flux artifact's review: `diffTag`, else the first tag a push to the base branch
 * (the pull request's, else this run's branch) would promote. Without a branch, or when no rule
 * would promote one, there is no base, and the review says why.
 */
function selectBase(input, ctx) {
    if (input.diffTag)
        return { tag: input.diffTag, why: 'diff-tag' };
    const branch = ctx.baseBranch ?? ctx.branch;
    if (!branch) {
        return { tag: undefined, why: `${ctx.ref} is not a branch and no diff-tag is given` };
    }
    let plan;
    try {
        plan = computePlan(input, pushTo(branch, ctx), undefined, { dryRun: false, reason: 'a push' });
    }
    catch (error) {
        // A tag template a branch push cannot fill ('{{tag}}'): that push would fail, and move nothing.
        return {
            tag: undefined,
            why: `a push to ${branch} would move no tag: ${error.message}`,
        };
    }
    const rule = plan.rules.find((r) => r.applied && r.tag === plan.promotedTags[0]);
    if (!rule?.tag) {
        return {
            tag: undefined,
            why: `a push to ${branch} would promote no tag by the promote rules; set diff-tag to compare`,
        };
    }
    return { tag: rule.tag, why: `what a push to ${branch} moves ('${rule.rule}')` };
}

// EXTERNAL MODULE: ./build/artifact/artifact-errors.js
var artifact_errors = __webpack_require__(76061);
;// CONCATENATED MODULE: ./build/artifact/helm/published-chart.js
// Is this chart version already published with the same content? Charts are immutable by
// convention (and `helm push` silently overwrites), so the flow refuses a version published with
// other content and treats the same content as done. The same content means the same files with
// the same bytes, whichever tool wrote the archive: a chart `helm push`ed from `helm package`
// counts as the same as ours, whatever the times in its tar.





/** What a chart's manifest holds its files in, for the comparisons. */
const HELM_CHART_CONTENT = {
    mediaType: helm_format/* HELM_CHART_CONTENT_MEDIA_TYPE */.yK,
    kind: 'a Helm chart',
};
/**
 * Compares `built` with what `repository` holds at `tag`. No `manifest` in the answer: nothing is
 * published there; `unchanged` false with a `manifest`: another chart holds the version.
 */
function compareChartWithPublished(repository, tag, built) {
    return (0,change_detection/* compareWithPublished */.aN)(repository, tag, built, HELM_CHART_CONTENT);
}
/** Refuses `chart` at `reference` when another chart already holds that version. */
function chartVersionTaken(chart, reference, { inputs, runtime: { workspace } }) {
    const directory = (0,artifact_errors/* displayPath */.Gt)((0,external_node_path_.resolve)(workspace, inputs.path), workspace);
    const fix = {
        chartFile: directory === '.' ? 'Chart.yaml' : `${directory}/Chart.yaml`,
        input: inputs.chartVersion ? 'chart-version' : 'path',
    };
    const where = fix.input === 'path' ? `'version' in ${fix.chartFile}` : `the version '${fix.input}' gives`;
    return new errors/* UserError */.yo(errors/* ErrorCode */.O4.CHART_VERSION_EXISTS, `${chart.name} ${chart.version} is already published at ${reference} with other content, ` +
        `and nothing was pushed: chart versions are immutable, since Helm and Flux fetch a ` +
        `version once and keep it. Bump ${where} to publish this content.`, { input: fix.input });
}

;// CONCATENATED MODULE: ./build/review/chart-base.js
// A Helm chart's review. Its version is its tag, and versions are immutable: when the version is
// published, the review is the check a real publish makes (the same content is no change, other
// content is the error that publish would stop at, "bump the version", shown before the merge);
// when it is not (a bump), the chart is compared with the highest version published below it,
// which is what the bump replaces for `helm upgrade` and Flux's semver ranges.



/** The highest tag in `tags` naming a version lower than `version`, or undefined. */
function previousVersionTag(tags, version) {
    const current = new semver.SemVer(version);
    let best;
    for (const tag of tags) {
        const candidate = versionOfTag(tag);
        if (!candidate || candidate.compare(current) >= 0)
            continue;
        if (!best || candidate.compare(best.version) > 0)
            best = { tag, version: candidate };
    }
    return best?.tag;
}
/** The base of a chart compared with its own version: what a publish checks it against. */
function ownVersionBase(tag, version) {
    return { tag, why: `the chart's version, ${version}` };
}
async function reviewChart(run, repository, chart) {
    const { name, version } = chart.metadata;
    const own = await compareChartWithPublished(repository, chart.tag, chart);
    if (own.manifest) {
        if (!own.unchanged) {
            throw chartVersionTaken(chart.metadata, `${repository.displayName}:${chart.tag}`, run);
        }
        return { base: ownVersionBase(chart.tag, version), comparison: own };
    }
    const previous = previousVersionTag(await repository.listTags(), version);
    if (!previous) {
        return {
            base: { tag: undefined, why: `no version of ${name} below ${version} is published yet` },
            comparison: own,
        };
    }
    return {
        base: { tag: previous, why: `the highest version of ${name} published below ${version}` },
        comparison: await compareChartWithPublished(repository, previous, chart),
    };
}

;// CONCATENATED MODULE: ./build/review/review-result.js
/** The review's first line: what was compared with what. */
function describeBase(review) {
    const { base, baseDigest, note } = review;
    if (!review.compared)
        return `Not compared: ${note}`;
    if (!base.tag)
        return `No base (${base.why}): every file is new`;
    const at = baseDigest ? `${base.tag} (${baseDigest}), ${base.why}` : `${base.tag}, ${base.why}`;
    return note ? `Compared with ${at}: ${note}, so every file is new` : `Compared with ${at}`;
}
/** The review of a comparison with `base`: every file new when nothing comparable is there. */
function reviewOf(base, comparison) {
    return {
        base,
        baseDigest: comparison.manifest?.digest,
        note: comparison.comparable ? undefined : comparison.reason,
        compared: true,
        changes: comparison.changes,
    };
}

;// CONCATENATED MODULE: ./build/review/review.js







/** The review against the base: every file new when there is none. */
async function compare(run, repository, built) {
    if ('metadata' in built) {
        const { base, comparison } = await reviewChart(run, repository, built);
        return reviewOf(base, comparison);
    }
    const base = selectBase(run.inputs, run.context);
    if (base.tag)
        return reviewOf(base, await (0,change_detection/* compareWithPublished */.aN)(repository, base.tag, built));
    const changes = await (0,change_detection/* allFilesNew */.Bv)(built);
    return { base, baseDigest: undefined, note: undefined, compared: true, changes };
}
/** Logs what the review found: the base, then the list. */
function logReview(review, log) {
    log.info(describeBase(review));
    if (!review.compared)
        return;
    log.info(`${review.changes.length} changed files`);
    if (review.changes.length > 0)
        log.info((0,content_diff/* nameStatus */.s)(review.changes));
}
/**
 * The review of a run that compared before pushing: with `diff-tag`, or a chart with its
 * version. Logged as the dry run's is; the outputs and summary show it the same way.
 */
function comparedReview(reference, chart, comparison, log) {
    const base = chart
        ? ownVersionBase(reference, chart.version)
        : { tag: reference, why: 'diff-tag' };
    const review = reviewOf(base, comparison);
    logReview(review, log);
    return review;
}
/**
 * Compares what this dry run built with the base. A registry that cannot be read (a fork's pull
 * request has no credentials) leaves the review out with a warning: the dry run still shows its
 * plan. A chart version published with other content fails, as the publish would.
 */
function reviewPhase(run, repository, built) {
    const { log } = run;
    return (0,build_log/* phase */.Oi)(log, 'Review', async () => {
        let review;
        try {
            review = await compare(run, repository, built);
        }
        catch (error) {
            if (!(error instanceof errors/* UserError */.yo) || error.code === errors/* ErrorCode */.O4.CHART_VERSION_EXISTS)
                throw error;
            log.warning(`Could not compare with the published artifact: ${error.message}`);
            review = {
                base: { tag: undefined, why: '' },
                baseDigest: undefined,
                note: error.message,
                compared: false,
                changes: [],
            };
        }
        logReview(review, log);
        return review;
    });
}

;// CONCATENATED MODULE: ./build/artifact/compare-phase.js
// The Compare phase: is what was built already published? A Flux artifact is compared with the
// `diff-tag` input's tag (change-detection.ts), when given; a Helm chart always with its version's
// tag (helm/published-chart.ts), since a chart version is immutable: held by other content, it is
// refused. What differs is the run's review (src/review/), in its outputs and summary.




/**
 * What `built` has that the published artifact has not; undefined when there is nothing to
 * compare with (no diff-tag): then the push phase pushes it.
 */
async function comparePhase(run, repository, built, plan) {
    const { inputs, log } = run;
    const chart = 'metadata' in built ? built.metadata : undefined;
    const reference = chart ? plan.primaryTag : inputs.diffTag;
    if (!reference)
        return undefined;
    return (0,build_log/* phase */.Oi)(log, `Compare with ${reference}`, async () => {
        const comparison = chart
            ? await compareChartWithPublished(repository, reference, built)
            : await (0,change_detection/* compareWithPublished */.aN)(repository, reference, built);
        const { unchanged, manifest, reason } = comparison;
        log.info(unchanged ? `unchanged: ${manifest?.digest} (${reason})` : reason);
        if (chart && manifest && !unchanged) {
            throw chartVersionTaken(chart, `${repository.displayName}:${reference}`, run);
        }
        return {
            unchanged: unchanged && manifest ? { manifest, pushed: false, unchangedSince: reference } : undefined,
            review: comparedReview(reference, chart, comparison, log),
        };
    });
}

;// CONCATENATED MODULE: ./build/artifact/push.js
// Pushing a built artifact: blobs, then the manifest by digest only. No tag points at the artifact
// until its content is all there and, when signing, its signatures too (promote/move-tags.ts).

async function pushArtifact(repository, built, log) {
    // Side by side: each blob is a few round trips, and the small config need not wait for the
    // layer. Both settle before anything goes on, so no upload still reads a layer file that the
    // caller removes once this fails.
    const blobs = [built.config, built.layer, ...(built.otherLayers ?? [])];
    const pushed = await Promise.allSettled(blobs.map((blob) => {
        const onProgress = (0,build_log/* uploadProgress */.f)(log, blob.digest.slice(0, 19), blob.size);
        return repository.putBlob(blob, { onProgress });
    }));
    for (const outcome of pushed)
        if (outcome.status === 'rejected')
            throw outcome.reason;
    for (const blob of blobs)
        log.info(`blob ${blob.digest} (${(0,build_log/* formatBytes */.z3)(blob.size)})`);
    await repository.putManifest(built.manifest, built.manifest.digest);
    log.info(`manifest ${built.manifest.digest}`);
    return built.manifest;
}

;// CONCATENATED MODULE: ./build/artifact/push-phase.js
// The Push phase: blobs, then the manifest by digest (push.ts); tags are the promote phase's.


async function pushPhase({ log }, repository, built) {
    const manifest = await (0,build_log/* phase */.Oi)(log, 'Push', () => pushArtifact(repository, built, log));
    return { manifest, pushed: true, unchangedSince: undefined };
}

;// CONCATENATED MODULE: ./build/plan/phase.js
// The Plan phase: the tags this run publishes under, the promotions and why (plan.ts decides,
// without I/O), with the repository's tags when a `highest` rule needs them. It is logged here;
// a dry run pushes nothing after it (it builds and reviews: review/review.ts), and the summary
// (report/summary.ts) shows the same plan.



/**
 * The tags `highest` compares against. A dry run (a fork's pull request, often without
 * credentials) still shows its plan when the registry refuses the listing: those rules are then
 * skipped, and the plan says why.
 */
async function listTagsForPlan(repository, dryRun, log) {
    try {
        return await repository.listTags();
    }
    catch (error) {
        if (!dryRun)
            throw error;
        log.warning(`Could not list the repository's tags for the plan: ${error.message}`);
        return undefined;
    }
}
/** The plan for `repository`; `chart`, when publishing a Helm chart, gives its version's tag. */
function planPhase({ inputs, context, log }, repository, chart) {
    return (0,build_log/* phase */.Oi)(log, 'Plan', async () => {
        const dryRun = decideDryRun(inputs.dryRun, context);
        const existingTags = planNeedsTagList(inputs, context)
            ? await listTagsForPlan(repository, dryRun.dryRun, log)
            : undefined;
        const plan = computePlan(inputs, context, existingTags, dryRun, chart);
        for (const line of describePlan(plan))
            log.info(line);
        for (const notice of plan.notices)
            log.notice(notice);
        return plan;
    });
}

;// CONCATENATED MODULE: ./build/promote/move-tags.js
/**
 * Points every tag at `manifest`, in order (the primary tag first, then the promotions). `current`
 * was just read pointing at the manifest (the diff-tag): putting it there again is a request for
 * nothing, and would undo a move made since by a newer run. Returns the tags that now point at it.
 */
async function moveTags(repository, manifest, tags, log, current) {
    for (const tag of tags) {
        if (tag === current) {
            log.info(`${tag} already → ${manifest.digest}`);
            continue;
        }
        await repository.putManifest(manifest, tag);
        log.info(`tagged ${tag} → ${manifest.digest}`);
    }
    return [...tags];
}

;// CONCATENATED MODULE: ./build/promote/phase.js
// The Tag phase, which promotes: the primary tag, then the plan's promotions, moved to the stored
// manifest once it and its signatures are in the repository (move-tags.ts).


/** Returns the tags that now point at `stored.manifest`. */
function promotePhase({ log }, repository, stored, plan) {
    return (0,build_log/* phase */.Oi)(log, 'Tag', () => moveTags(repository, stored.manifest, [plan.primaryTag, ...plan.promotedTags], log, stored.unchangedSince));
}

;// CONCATENATED MODULE: ./build/report/publish-result.js
/** The result of a dry run (`published` undefined: nothing was written), or a publish. */
function publishResult(planned, published) {
    return published
        ? { ...planned, ...published }
        : {
            ...planned,
            digest: undefined,
            tags: [],
            pushed: false,
            unchangedSince: undefined,
            size: undefined,
            fileCount: undefined,
            signature: undefined,
        };
}

// EXTERNAL MODULE: ./build/run.js
var build_run = __webpack_require__(46501);
;// CONCATENATED MODULE: ./build/report/flux.js
// Ready-to-paste Flux configuration for what was just published, and the cosign command that checks
// the same signature by hand.


function escapeRegex(text) {
    return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
/**
 * The certificate subjects Flux should accept, from the one Fulcio certified for this run
 * (`https://github.com/<owner>/<repo>/.github/workflows/<file>@<ref>`): this workflow file on this
 * branch, or on any tag when the run was for a tag (each release has its own ref).
 */
function keylessSubjectRegex(subject) {
    const at = subject.lastIndexOf('@');
    const ref = subject.slice(at + 1);
    const refPattern = ref.startsWith('refs/tags/') ? 'refs/tags/.+' : escapeRegex(ref);
    return `^${escapeRegex(subject.slice(0, at))}@${refPattern}$`;
}
/** `spec.ref`: the highest release once a release was published, else the tag just published. */
function refLines({ tags, plan }) {
    const release = tags.includes('stable') || /^v?\d+\.\d+\.\d+$/.test(plan.primaryTag);
    return release ? ['    semver: "*"'] : [`    tag: ${plan.promotedTags[0] ?? plan.primaryTag}`];
}
/** `spec.verify` for this run's signature: its key's Secret, or its workflow identity. */
function verifyLines({ signature }) {
    if (signature?.method === 'key')
        return verifyBlockLines({ secretName: COSIGN_PUB_SECRET });
    if (!signature?.identity)
        return [];
    return verifyBlockLines({
        identities: [
            {
                issuer: `^${escapeRegex(signature.identity.issuer)}$`,
                subject: signature.identity.subjectRegex,
            },
        ],
        trustedRootSecret: signature.privateSigstore ? TRUSTED_ROOT_SECRET : undefined,
    });
}
function ociRepository(result, name, layerSelector) {
    return [
        'apiVersion: source.toolkit.fluxcd.io/v1',
        'kind: OCIRepository',
        'metadata:',
        `  name: ${name}`,
        '  namespace: flux-system',
        'spec:',
        '  interval: 5m',
        `  url: oci://${result.target.name}`,
        '  ref:',
        ...refLines(result),
        ...layerSelector,
        ...verifyLines(result),
    ];
}
/**
 * What consumes a Helm chart: an OCIRepository that copies the chart archive out as it is (the
 * `layerSelector` of Flux's Helm guide) and a HelmRelease whose `chartRef` is that repository.
 */
function helmChartYaml(result, name) {
    return [
        ...ociRepository(result, name, [
            '  layerSelector:',
            `    mediaType: "${HELM_CHART_CONTENT_MEDIA_TYPE}"`,
            '    operation: copy',
        ]),
        '---',
        'apiVersion: helm.toolkit.fluxcd.io/v2',
        'kind: HelmRelease',
        'metadata:',
        `  name: ${name}`,
        '  namespace: flux-system',
        'spec:',
        '  interval: 10m',
        '  chartRef:',
        '    kind: OCIRepository',
        `    name: ${name}`,
    ];
}
/** A Flux artifact's OCIRepository and a Kustomization that applies it. */
function kustomizationYaml(result, name) {
    return [
        ...ociRepository(result, name, []),
        '---',
        'apiVersion: kustomize.toolkit.fluxcd.io/v1',
        'kind: Kustomization',
        'metadata:',
        `  name: ${name}`,
        '  namespace: flux-system',
        'spec:',
        '  interval: 10m',
        '  prune: true',
        '  sourceRef:',
        '    kind: OCIRepository',
        `    name: ${name}`,
        '  path: ./',
    ];
}
/** The Flux objects that consume what was published, with `verify` when it was signed. */
function fluxYaml(result) {
    const { chart } = result.plan;
    const name = chart?.name ?? result.target.name.split('/').pop() ?? 'app';
    const lines = chart ? helmChartYaml(result, name) : kustomizationYaml(result, name);
    return [...lines, ''].join('\n');
}
/**
 * How to give Flux a private Sigstore's trusted root: write `trusted_root.json` with `cosign
 * trusted-root create` from the services' keys and certificates (their operator publishes them;
 * the CT log is Fulcio's), then the Secret `trustedRootSecretRef` names. Undefined for public-good
 * Sigstore, whose trusted root Flux has.
 */
function trustedRootCommands({ signature }) {
    const sigstore = signature?.privateSigstore;
    if (!sigstore)
        return undefined;
    const start = 'start-time=<RFC 3339 time>';
    // One file a service, numbered when there are several.
    const file = (name, i, count, ext) => `${name}${count > 1 ? `-${i}` : ''}${ext}`;
    const { tlogs, tsaURLs } = sigstore;
    return [
        'cosign trusted-root create \\',
        `  --fulcio="url=${sigstore.fulcioURL},certificate-chain=fulcio-chain.pem" \\`,
        `  --ctfe="url=<CT log URL>,public-key=ctfe.pub,${start}" \\`,
        ...tlogs.map(({ url, apiVersion }, i) => 
        // A Rekor v2 log is known by its checkpoints' origin, its host name.
        `  --rekor="url=${url},public-key=${file('rekor', i, tlogs.length, '.pub')},${start}` +
            `${apiVersion === 2 ? `,origin=${new URL(url).hostname}` : ''}" \\`),
        ...tsaURLs.map((url, i) => `  --tsa="url=${url},certificate-chain=${file('tsa', i, tsaURLs.length, '-chain.pem')}" \\`),
        '  --out trusted_root.json',
        trustedRootSecretCommand('./trusted_root.json'),
    ].join('\n');
}
/** The `cosign verify` command that checks this artifact's signature by hand. */
function cosignVerifyCommand(result) {
    const { signature, digest, target } = result;
    if (!signature || !digest)
        return undefined;
    const ref = `${target.name}@${digest}`;
    if (signature.method === 'key')
        return `cosign verify --key cosign.pub ${ref}`;
    if (!signature.identity)
        return undefined;
    return [
        `cosign verify ${ref}`,
        ...(signature.privateSigstore ? ['  --trusted-root trusted_root.json'] : []),
        `  --certificate-oidc-issuer '${signature.identity.issuer}'`,
        `  --certificate-identity-regexp '${signature.identity.subjectRegex}'`,
    ].join(' \\\n');
}

;// CONCATENATED MODULE: ./build/report/signature.js

/** What signing reports, as the summary and outputs need it (the identity as Flux matches it). */
function signatureReport(signed, method, durationMs) {
    return {
        method,
        durationMs,
        signatureTag: signed.signatureTag,
        bundleDigest: signed.bundleDigest,
        rekorLogIndexes: signed.rekorLogIndexes,
        identity: signed.identity && {
            issuer: signed.identity.issuer,
            subjectRegex: keylessSubjectRegex(signed.identity.subject),
        },
        publicKey: signed.publicKey,
        privateSigstore: signed.privateSigstore,
    };
}

;// CONCATENATED MODULE: ./build/sign/phase.js
// The Sign phase. Signing (index.ts, and Sigstore with it) is loaded only when the run signs, so
// unsigned runs never load it; its prerequisites (a key that decrypts, or an OIDC token) are
// checked before anything is pushed.



async function prepareSigning({ inputs, runtime, log }) {
    const module = await Promise.all(/* import() */[__webpack_require__.e(128), __webpack_require__.e(335), __webpack_require__.e(116), __webpack_require__.e(197)]).then(__webpack_require__.bind(__webpack_require__, 70197));
    const key = inputs.cosignKey
        ? await module.loadCosignKey(inputs.cosignKey, inputs.cosignPassword, (s) => log.setSecret(s))
        : undefined;
    const services = await module.sigstoreServices(inputs, runtime.workspace);
    if (!key)
        runtime.identity.check();
    return { module, key, services };
}
/** Signs `manifest` (by digest) in `repository`, whose name `target` gives the signed payload. */
function signPhase({ inputs, context, runtime, log }, signing, repository, manifest, target) {
    return (0,build_log/* phase */.Oi)(log, 'Sign', async () => {
        const started = performance.now();
        // What was just pushed (or found unchanged): no need to ask the registry for it again.
        const subject = {
            mediaType: manifest.mediaType,
            digest: manifest.digest,
            size: manifest.bytes.length,
        };
        const signed = await signing.module.signArtifact(repository, subject, {
            format: inputs.signatureFormat,
            key: signing.key,
            keyTlogUpload: inputs.keyTlogUpload,
            services: signing.services,
            dockerReference: target.name,
            identity: runtime.identity,
            privateRepository: context.privateRepository,
            log,
            retry: (0,build_run/* networkOverrides */.Ey)(runtime.env),
        });
        const method = signing.key ? 'key' : 'keyless';
        return signatureReport(signed, method, Math.round(performance.now() - started));
    });
}

;// CONCATENATED MODULE: ./build/main.js
// The flow, in the order it runs: check the path and the signing prerequisites → open the repository
// → plan (tags, promotions and why, dry-run) → (dry run: build, review what would change against
// the base (review/review.ts), stop) → build → compare with diff-tag → push → sign → promote (move
// the tags) → the result the entries report. A Helm chart is built
// first, since its name says which repository it goes to and its version is its tag, and it is
// always compared with the chart at that tag (charts are immutable); every later phase is the
// same for both kinds. Each phase is a function beside its module (plan/phase.ts,
// artifact/build-phase.ts, compare-phase.ts and push-phase.ts, sign/phase.ts, promote/phase.ts,
// report/publish-result.ts), given the one run value (run.ts) and returning what the later ones
// need; this file only decides their order. It knows nothing of GitHub: the entries (index.ts,
// cli/publish.ts) hand it the context, a log, and where credentials and identity tokens come from.









async function publish(inputs, context, log, runtime) {
    const run = { inputs, context, runtime, log };
    // Every input was checked by parseInputs; the path is checked here before the first network
    // call, the key and the identity token before the first write, on dry runs too.
    const source = await packageSource(run);
    // Key derivation (scrypt, a few hundred ms on libuv's threads) overlaps the plan and the build;
    // it is awaited before anything is pushed and before a dry run ends, so a key that does not
    // decrypt still stops the run with nothing written.
    const signingReady = inputs.sign ? prepareSigning(run) : undefined;
    signingReady?.catch(() => undefined); // held until awaited, not an unhandled rejection
    let built;
    try {
        // A chart's name and version decide where it goes and its tag; building it first also checks
        // it as helm package would on dry runs (pull requests). Charts are small: Helm caps them.
        built = inputs.artifactType === 'helm-chart' ? await buildPhase(run, source) : undefined;
        const { location, target, chart } = destination(run, built);
        const repository = await (0,build_run/* openRepositoryAt */.qI)(run, location);
        const plan = await planPhase(run, repository, chart);
        const planned = { plan, target, ...source.provenance };
        if (plan.dryRun) {
            built ??= await buildPhase(run, source);
            const review = await reviewPhase(run, repository, built);
            await signingReady;
            return publishResult({ ...planned, review });
        }
        // The registry's ping and push token travel while the artifact is built; a failure is met,
        // and reported, again by the first write.
        repository.prepareToWrite().catch(() => undefined);
        built ??= await buildPhase(run, source);
        const signing = await signingReady;
        const compared = await comparePhase(run, repository, built, plan);
        const stored = compared?.unchanged ?? (await pushPhase(run, repository, built));
        const signature = signing
            ? await signPhase(run, signing, repository, stored.manifest, target)
            : undefined;
        const tags = await promotePhase(run, repository, stored, plan);
        return publishResult(planned, {
            digest: stored.manifest.digest,
            tags,
            pushed: stored.pushed,
            unchangedSince: stored.unchangedSince,
            size: built.layer.size,
            fileCount: built.fileCount,
            signature,
            review: compared?.review,
        });
    }
    finally {
        // The layer file, whether the run pushed it, found it published, or stopped before.
        await built?.dispose();
    }
}

;// CONCATENATED MODULE: ./build/report/outputs.js
// The action's outputs, declared once (action.yml and the README are generated from this list).

const at = (result, base) => result.digest ? `${base}@${result.digest}` : '';
const CURRENT = [
    {
        name: 'digest',
        description: 'The artifact manifest digest, `sha256:…` (empty on a dry run).',
        value: (r) => r.digest ?? '',
    },
    {
        name: 'url',
        description: 'The artifact by digest, `oci://<registry>/<repository>@sha256:…`.',
        value: (r) => at(r, r.target.url),
    },
    {
        name: 'ref',
        description: 'The artifact by digest without scheme, `<registry>/<repository>@sha256:…`, as cosign and crane take it.',
        value: (r) => at(r, r.target.name),
    },
    {
        name: 'tags',
        description: 'The tags now pointing at the artifact, one a line.',
        value: (r) => r.tags.join('\n'),
    },
    {
        name: 'pushed',
        description: '`true` when a new artifact was pushed; `false` on a dry run, when `diff-tag` found no change, or when the chart version is already published with the same content.',
        value: (r) => String(r.pushed),
    },
    {
        name: 'chart-name',
        description: 'With `artifact-type: helm-chart`: the chart name (the last part of the repository, as `helm pull` names it).',
        value: (r) => r.plan.chart?.name ?? '',
    },
    {
        name: 'chart-version',
        description: 'With `artifact-type: helm-chart`: the chart version published, as `helm pull --version` takes it (`+` kept; the tag writes it `_`).',
        value: (r) => r.plan.chart?.version ?? '',
    },
    {
        name: 'signature-tag',
        description: 'The legacy cosign signature tag (`sha256-<hex>.sig`), when signed in that format.',
        value: (r) => r.signature?.signatureTag ?? '',
    },
    {
        name: 'bundle-digest',
        description: 'The digest of the Sigstore bundle referrer, when signed in that format.',
        value: (r) => r.signature?.bundleDigest ?? '',
    },
    {
        name: 'rekor-log-index',
        description: 'The Rekor log index (or indexes, one a line) of the signature entries.',
        value: (r) => (r.signature?.rekorLogIndexes ?? []).join('\n'),
    },
    {
        name: 'changed',
        description: '`true` when the artifact holds other files than the one it was compared with, `false` when the same; empty when nothing was compared. A dry run compares with `diff-tag`, else the tag a push to the base branch would move (`latest` for a pull request into the default branch), or for a chart its version, else the highest version below it; a publish with `diff-tag`, or a chart with its version.',
        value: (r) => (r.review?.compared ? String(r.review.changes.length > 0) : ''),
    },
    {
        name: 'changed-files',
        description: 'The files that would change, one a line as `git diff --name-status` prints them: `A`, `M`, `D` or `T`, a tab, the path inside the artifact (permission changes are `M`). Empty when nothing changed or nothing was compared.',
        value: (r) => (r.review?.compared ? (0,content_diff/* nameStatus */.s)(r.review.changes) : ''),
    },
    {
        name: 'plan',
        description: 'The plan as JSON: primary tag, promoted tags, each rule and why it applied or not.',
        value: (r) => JSON.stringify(r.plan),
    },
];
/** An output's first-release name, kept working for this release with the same value. */
function deprecatedName(name, current) {
    const successor = CURRENT.find((o) => o.name === current);
    return {
        name,
        description: `Deprecated: use \`${current}\` (the same value). Removed in the next major.`,
        value: (result) => successor.value(result),
        deprecated: true,
    };
}
const OUTPUTS = [
    ...CURRENT,
    deprecatedName('signature', 'signature-tag'),
    deprecatedName('bundle', 'bundle-digest'),
];
/** Every output's value for this result. */
function outputValues(result) {
    return Object.fromEntries(OUTPUTS.map((o) => [o.name, o.value(result)]));
}

// EXTERNAL MODULE: ./build/sign/identity-token.js
var identity_token = __webpack_require__(47176);
// EXTERNAL MODULE: ./build/cli/command.js + 1 modules
var command = __webpack_require__(89835);
// EXTERNAL MODULE: ./build/cli/dispatch.js
var dispatch = __webpack_require__(86067);
// EXTERNAL MODULE: ./build/cli/exit-codes.js
var exit_codes = __webpack_require__(65158);
// EXTERNAL MODULE: ./build/cli/repository.js
var repository = __webpack_require__(94709);
;// CONCATENATED MODULE: ./build/cli/publish.js
// `publish` (the default command): the action's flow outside GitHub Actions. Every input is a flag
// of the same name, the context comes from `git` (context/git.ts), logs go to stderr and the outputs
// that have a value to stdout, as `name=value` lines or with `--output json` one JSON document.











/**
 * Secrets on a command line show in `ps` and shell history: the CLI also takes them from the
 * environment, and `--cosign-key` names the key file (as cosign's `--key` does).
 */
const SECRET_ENV = {
    ...repository/* REGISTRY_ENV */.ku,
    'cosign-password': 'COSIGN_PASSWORD',
    'github-token': 'GITHUB_TOKEN',
};
/** Where a flag means something other than its action input does. */
const CLI_DESCRIPTIONS = {
    'cosign-key': 'The cosign private key file to sign with (cosign.key).',
    sign: 'Sign the manifest digest with Sigstore: keyless, with the OIDC token in SIGSTORE_ID_TOKEN ' +
        "(your CI system's token for the 'sigstore' audience), or with --cosign-key when given.",
};
/** Inputs that take one value a line in the action take the flag once per value here. */
const MULTI_LINE = new Set(['promote', 'ignore-paths', 'annotations']);
const BOOLEAN = new Set(INPUTS.filter((i) => i.default === 'false').map((i) => i.name));
const INPUT_FLAGS = INPUTS.map((input) => {
    const fallback = input.cliDefault ?? input.default;
    const shown = fallback && !fallback.startsWith('${{') ? ` (default: ${fallback.replace(/\n/g, '; ')})` : '';
    const env = SECRET_ENV[input.name] ? ` Or set ${SECRET_ENV[input.name]}.` : '';
    return {
        name: input.name,
        type: BOOLEAN.has(input.name) ? 'boolean' : 'string',
        ...(MULTI_LINE.has(input.name) ? { multiple: true } : {}),
        description: `${CLI_DESCRIPTIONS[input.name] ?? input.description}${shown}${env}`,
    };
});
const CURRENT_OUTPUTS = OUTPUTS.filter((output) => !output.deprecated);
const SPEC = {
    name: 'publish',
    usage: 'publish [--url oci://<registry>/<repository>] [--path <dir>] [flags]',
    description: [
        'Packages a directory as a Flux OCI artifact (or, with --artifact-type helm-chart, a Helm',
        'chart as helm package and helm push do) and publishes it. With no --url it writes to the OCI',
        `layout directory ./oci-layout. Flags repeat for one value a line (${[...MULTI_LINE].join(', ')}).`,
        'publish is the default command: `publish-oci-artifact --path deploy` is the same run.',
    ].join('\n'),
    positionals: [],
    flags: [
        ...INPUT_FLAGS,
        repository/* CREDS_FLAG */.x0,
        {
            name: 'git-tag',
            type: 'string',
            value: '<tag>',
            description: 'The Git tag to publish as, among those pointing at HEAD (default: the newest of them; ' +
                'with none, the checked-out branch).',
        },
        command/* OUTPUT_FORMAT_FLAG */.Hb,
    ],
    notes: [
        `Outputs (stdout, name=value, those with a value): ${CURRENT_OUTPUTS.map((o) => o.name).join(', ')}.`,
        'With --output json, all of them in one JSON document (the plan as an object).',
        `Other commands (each with --help): ${dispatch/* COMMAND_NAMES */.n.filter((n) => n !== 'publish').join(', ')}.`,
    ],
};
function readKeyFile(path) {
    try {
        return (0,external_node_fs_.readFileSync)(path, 'utf8');
    }
    catch (error) {
        throw (0,errors/* inputError */.Xu)('cosign-key', `cannot read the key file ${path}: ${error.message}`);
    }
}
/** What a script reads: the outputs that have a value, or all of them as JSON. */
function printOutputs(result, format) {
    if (format === 'json') {
        const values = Object.fromEntries(CURRENT_OUTPUTS.map((o) => [o.name, o.value(result)]));
        process.stdout.write(`${JSON.stringify({ ...values, plan: result.plan })}\n`);
        return;
    }
    for (const output of CURRENT_OUTPUTS) {
        // The plan is logged, line by line, on stderr; as one line of JSON here it is noise.
        if (output.name === 'plan')
            continue;
        const value = output.value(result);
        if (value !== '')
            process.stdout.write(`${output.name}=${value.replace(/\n/g, ' ')}\n`);
    }
}
function run(argv) {
    return (0,command/* runCommand */.d1)(SPEC, argv, async ({ values, log }) => {
        const format = (0,command/* outputFormat */.B$)(values);
        const credentials = (0,repository/* givenCredentials */.mE)(values);
        const read = (name) => {
            if (name === 'username' || name === 'password')
                return credentials[name];
            const value = values[name];
            if (value === undefined)
                return process.env[SECRET_ENV[name] ?? ''] ?? '';
            if (name === 'cosign-key')
                return readKeyFile(String(value));
            return Array.isArray(value) ? value.join('\n') : String(value);
        };
        const cwd = process.cwd();
        const inputs = parseInputs(read, { forCli: true, log, workspace: cwd });
        const gitTag = (0,command/* stringFlag */.AM)(values, 'git-tag');
        const context = await gitContext(cwd, process.env, { ...(gitTag ? { gitTag } : {}), log });
        const result = await publish(inputs, context, log, {
            workspace: cwd,
            env: process.env,
            userAgent: 'publish-oci-artifact-cli',
            identity: (0,identity_token/* environmentIdentityToken */.r)(process.env),
        });
        printOutputs(result, format);
        return exit_codes/* EXIT */.d.ok;
    });
}


/***/ }),

/***/ 47176:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   m: () => (/* binding */ IdentityToken),
/* harmony export */   r: () => (/* binding */ environmentIdentityToken)
/* harmony export */ });
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(19473);

const SIGSTORE_ID_TOKEN = 'SIGSTORE_ID_TOKEN';
/** A token in `SIGSTORE_ID_TOKEN` (a CI system's OIDC token for the `sigstore` audience). */
function environmentIdentityToken(env) {
    const token = () => env[SIGSTORE_ID_TOKEN]?.trim() ?? '';
    return {
        check() {
            if (token())
                return;
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .UserError */ .yo(_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .ErrorCode */ .O4.SIGN_NO_ID_TOKEN, `Keyless signing needs an OIDC identity token, and ${SIGSTORE_ID_TOKEN} is not set. Set ` +
                `it to a token for the 'sigstore' audience from your CI system (GitLab: id_tokens with ` +
                'aud: sigstore; Buildkite, CircleCI: their OIDC token commands), or sign with a key ' +
                '(--cosign-key) instead.', { input: 'sign' });
        },
        getToken() {
            this.check();
            return Promise.resolve(token());
        },
    };
}
function claimsOf(token) {
    try {
        const claims = JSON.parse(Buffer.from(token.split('.')[1] ?? '', 'base64url').toString());
        return typeof claims === 'object' && claims !== null ? claims : undefined;
    }
    catch {
        return undefined;
    }
}
/**
 * The SAN Fulcio puts in the certificate for a token: for GitHub Actions tokens, the workflow
 * that runs (`https://github.com/` + `job_workflow_ref`); for other issuers, `sub`.
 */
function subjectOf(claims) {
    if (typeof claims.job_workflow_ref === 'string') {
        return `https://github.com/${claims.job_workflow_ref}`;
    }
    return typeof claims.sub === 'string' ? claims.sub : undefined;
}
/**
 * The token for `@sigstore/sign`, requested once (Fulcio gets the token whose claims were read):
 * masked the moment it exists, and checked to be a JWT with an issuer and a subject
 * (`@sigstore/sign` would put an unparsable token into its error message verbatim).
 */
class IdentityToken {
    source;
    log;
    token;
    constructor(source, log) {
        this.source = source;
        this.log = log;
    }
    async getToken() {
        return (await this.read()).token;
    }
    /** The identity the certificate will name. */
    async identity() {
        return (await this.read()).identity;
    }
    read() {
        this.token ??= this.source.getToken().then((token) => {
            this.log.setSecret(token);
            const claims = claimsOf(token);
            const subject = claims && subjectOf(claims);
            if (typeof claims?.iss !== 'string' || !subject) {
                throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .UserError */ .yo(_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .ErrorCode */ .O4.SIGN_ID_TOKEN_FAILED, 'The OIDC identity token is not a JWT with an issuer and a subject: give a token ' +
                    "issued for the 'sigstore' audience.", { input: 'sign' });
            }
            return { token, identity: { issuer: claims.iss, subject } };
        });
        return this.token;
    }
}


/***/ }),

/***/ 12741:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   fF: () => (/* binding */ usesPublicGood),
/* harmony export */   v: () => (/* binding */ PUBLIC_FULCIO_URL),
/* harmony export */   wI: () => (/* binding */ PUBLIC_REKOR_URL)
/* harmony export */ });
/* unused harmony export PUBLIC_TSA_URL */
const PUBLIC_FULCIO_URL = 'https://fulcio.sigstore.dev';
const PUBLIC_REKOR_URL = 'https://rekor.sigstore.dev';
const PUBLIC_TSA_URL = 'https://timestamp.sigstore.dev/api/v1/timestamp';
/** Whether every service is public-good's given by URL (a signing config counts as private). */
function usesPublicGood(services) {
    return (services.signingConfig === undefined &&
        services.fulcioURL === PUBLIC_FULCIO_URL &&
        services.tlogs.every((log) => log.url === PUBLIC_REKOR_URL) &&
        services.tsaURLs.every((url) => url === PUBLIC_TSA_URL));
}


/***/ }),

/***/ 17847:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   n: () => (/* binding */ usableServiceURL)
/* harmony export */ });
/* unused harmony export serviceURLProblem */
/* harmony import */ var _oci_reference_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(20907);
// Which Sigstore service URLs signing may use. The OIDC token and the signatures travel to them, so
// plain HTTP is allowed only on loopback (private test deployments), as for registries. Shared by
// the service URL inputs (inputs.ts) and the URLs a signing config lists (signing-config.ts).

/** Why `value` may not be used as a service URL, or undefined when it may. */
function serviceURLProblem(value) {
    let url;
    try {
        url = new URL(value);
    }
    catch {
        return `'${value}' is not a URL: give an https:// address`;
    }
    const loopbackHttp = url.protocol === 'http:' && (0,_oci_reference_js__WEBPACK_IMPORTED_MODULE_0__/* .isLoopbackHost */ .cW)(url.host);
    if (url.protocol !== 'https:' && !loopbackHttp) {
        return `'${value}' is not an https:// URL (plain HTTP only for loopback)`;
    }
    return undefined;
}
/** `value` without trailing slashes, as signing uses it; when it may not be used, `refuse(problem)`. */
function usableServiceURL(value, refuse) {
    const problem = serviceURLProblem(value);
    if (problem)
        throw refuse(problem);
    return value.replace(/\/+$/, '');
}


/***/ })

};
