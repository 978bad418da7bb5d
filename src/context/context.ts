// Everything known about where the action (or the CLI) runs: event, ref, commit, repository. The
// Actions runner and a local Git clone both fill this one type; the plan and the annotations read
// only this.

export interface Context {
  /** `push`, `pull_request`, `release`, …; `local` for the CLI. */
  eventName: string;
  /** The full ref (`refs/heads/main`, `refs/tags/v1.2.3`, `refs/pull/1/merge`), or `HEAD`. */
  ref: string;
  /**
   * The ref without its `refs/<kind>/` prefix, as Flux names revisions: `main`, `v1.2.3`,
   * `1/merge`. For a release, the release's tag. Empty for a detached HEAD no tag points at.
   */
  refName: string;
  refType: 'branch' | 'tag' | 'other';
  /** Set when the ref is a branch. */
  branch?: string;
  /** Set when the ref is a Git tag. */
  gitTag?: string;
  /** For a release: whether it is marked as a pre-release on GitHub, whatever its tag says. */
  markedPrerelease?: boolean;
  /** The full commit sha (40 hex digits; 64 in a SHA-256 repository). */
  sha: string;
  /** The first 7 characters of the sha, as the Flux guide tags artifacts. */
  shortSha: string;
  defaultBranch?: string;
  /** For a pull request or a merge queue's trial merge: the branch it would merge into. */
  baseBranch?: string;
  /** `https://github.com/org/repo`: never credentials, never an SSH address. */
  repositoryUrl?: string;
  /** The CLI's `origin` when it is a local path with no address behind it (no repositoryUrl). */
  localOrigin?: string;
  /** `org/repo/.github/workflows/x.yml@refs/heads/main`. */
  workflowRef?: string;
  privateRepository?: boolean;
  /** RFC 3339, UTC, whole seconds: `2024-05-13T13:56:21Z`. `SOURCE_DATE_EPOCH` wins when set. */
  commitTime: string;
  runNumber?: number;
}

/** The default `source` annotation: the repository's https URL. */
export function defaultSource(ctx: Context): string | undefined {
  return ctx.repositoryUrl;
}

/** Why the default `source` is unknown, and what to do: for a run whose context has none. */
export function missingSourceWarning(ctx: Context): string {
  const why = ctx.localOrigin
    ? `the 'origin' remote is the local path ${ctx.localOrigin}, and no 'origin' behind it has an address`
    : ctx.eventName === 'local'
      ? "there is no 'origin' remote"
      : 'GITHUB_REPOSITORY is not set';
  return (
    `No repository URL is known for org.opencontainers.image.source (${why}): set ` +
    `${ctx.eventName === 'local' ? '--source' : "the 'source' input"}, ` +
    'which GHCR and flux trace use to link the artifact to its repository.'
  );
}

/**
 * The default `revision` annotation in Flux's RFC-0005 form, `<ref name>@sha1:<sha>`
 * (`main@sha1:6b86…`); a commit with no name is `sha1:<sha>`, as Flux writes it.
 */
export function defaultRevision(ctx: Context): string {
  const digest = `${ctx.sha.length === 64 ? 'sha256' : 'sha1'}:${ctx.sha}`;
  return ctx.refName ? `${ctx.refName}@${digest}` : digest;
}
