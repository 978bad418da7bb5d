// Which chart versions Helm accepts: Masterminds semver v3 `NewVersion` as Helm 4 calls it (its
// default `CoerceNewVersion`), looser than semver 2.0: a leading `v`, a missing minor or patch
// (`1`, `v1.2`) and leading zeros in the numbers (`01.2.3`) are accepted; a numeric pre-release
// part with a leading zero (`1.0.0-01`) is not; at most 256 characters; each number fits 64 bits.
// The `semver` package is stricter (no `v`, no `1.2`), so it cannot answer for Helm.

const MAX_VERSION_LENGTH = 256;
const LOOSE_VERSION =
  /^v?([0-9]+)(\.[0-9]+)?(\.[0-9]+)?(?:-([0-9A-Za-z-]+(?:\.[0-9A-Za-z-]+)*))?(?:\+([0-9A-Za-z-]+(?:\.[0-9A-Za-z-]+)*))?$/;
const MAX_UINT64 = 2n ** 64n - 1n;

/** Whether Helm takes `version` as a chart version (helm/helm `pkg/chart/v2/metadata.go`). */
export function isHelmChartVersion(version: string): boolean {
  if (version.length > MAX_VERSION_LENGTH) return false;
  const match = LOOSE_VERSION.exec(version);
  if (!match) return false;
  const [, major, minor, patch, prerelease] = match;
  for (const number of [major, minor?.slice(1), patch?.slice(1)]) {
    if (number !== undefined && BigInt(number) > MAX_UINT64) return false;
  }
  // A numeric pre-release part may not start with 0 (`1.0.0-01`); `0` alone is fine.
  return prerelease === undefined || prerelease.split('.').every((part) => !/^0[0-9]+$/.test(part));
}
