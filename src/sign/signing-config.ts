// A cosign signing config (`signing_config.v0.2.json`): the Sigstore services to sign with, chosen
// as cosign v3 chooses them (sigstore-go's pkg/root/signing_config.go `SelectService` for Fulcio,
// `SelectServices` for Rekor and the TSAs, called by cosign's pkg/cosign/bundle/sign.go). Read with
// @sigstore/protobuf-specs' own `SigningConfig`; the choice is ours because @sigstore/sign's
// `bundleBuilderFromSigningConfig` takes only the `ANY` selector, ignores validity starts, and builds
// its own Fulcio signer, where a run certifies one key for both forms (keyless.ts).
import { readFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import {
  ServiceSelector,
  SigningConfig,
  type Service,
  type ServiceConfiguration,
} from '@sigstore/protobuf-specs';
import { inputError } from '../errors.js';
import { usableServiceURL } from './service-url.js';
import type { SigstoreServices, TransparencyLog } from './types.js';

export const SIGNING_CONFIG_MEDIA_TYPE = 'application/vnd.dev.sigstore.signingconfig.v0.2+json';

/** The API versions we speak, as sigstore-go's sign package lists them. */
const API_VERSIONS = { fulcio: [1], rekor: [2, 1], tsa: [1] } as const;

const INPUT = 'signing-config';

/** The signing config at `path` (relative to `workspace`), or one clear error naming the input. */
export async function readSigningConfig(path: string, workspace: string): Promise<SigningConfig> {
  let text: string;
  try {
    text = await readFile(resolve(workspace, path), 'utf8');
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    throw inputError(
      INPUT,
      `cannot read ${path} (${code}): give the path of a signing_config.v0.2.json in the workspace.`,
      error,
    );
  }
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (error) {
    throw inputError(INPUT, `${path} is not JSON (${(error as Error).message}).`, error);
  }
  const mediaType = (json as { mediaType?: unknown } | null)?.mediaType;
  if (mediaType !== SIGNING_CONFIG_MEDIA_TYPE) {
    throw inputError(
      INPUT,
      `${path} is not a signing config: its mediaType is ${JSON.stringify(mediaType)}, not ` +
        `${SIGNING_CONFIG_MEDIA_TYPE} (cosign signing-config create writes one).`,
    );
  }
  try {
    return SigningConfig.fromJSON(json);
  } catch (error) {
    throw inputError(
      INPUT,
      `${path} is not a valid signing config (${(error as Error).message}).`,
      error,
    );
  }
}

function validAt(service: Service, now: Date): boolean {
  const { start, end } = service.validFor ?? {};
  return (start === undefined || start <= now) && (end === undefined || now <= end);
}

/** Newest start first, as sigstore-go orders them before choosing. */
function newestFirst(services: Service[]): Service[] {
  const time = (s: Service) => s.validFor?.start?.getTime() ?? 0;
  return [...services].sort((a, b) => time(b) - time(a));
}

/**
 * sigstore-go's `SelectServices`: of the highest API version we speak that has a service valid
 * now, the newest service of each operator; then all of them (`ALL`), one at random (`ANY`) or
 * `count` at random (`EXACT`).
 */
function selectServices(
  what: string,
  services: Service[],
  config: ServiceConfiguration | undefined,
  versions: readonly number[],
  now: Date,
  path: string,
): Service[] {
  let candidates: Service[] = [];
  for (const version of versions) {
    const operators = new Set<string>();
    candidates = newestFirst(services).filter((s) => {
      if (s.majorApiVersion !== version || !validAt(s, now) || operators.has(s.operator)) {
        return false;
      }
      operators.add(s.operator);
      return true;
    });
    if (candidates.length > 0) break;
  }
  if (candidates.length === 0) {
    throw inputError(
      INPUT,
      `${path} lists no ${what} valid now with API version ${versions.join(' or ')}.`,
    );
  }
  const pick = (count: number) => {
    const pool = [...candidates];
    return Array.from(
      { length: count },
      () => pool.splice(Math.floor(Math.random() * pool.length), 1)[0]!,
    );
  };
  switch (config?.selector) {
    case ServiceSelector.ALL:
      return candidates;
    case ServiceSelector.ANY:
      return pick(1);
    case ServiceSelector.EXACT:
      if (config.count < 1 || config.count > candidates.length) {
        throw inputError(
          INPUT,
          `${path} asks for EXACT ${config.count} ${what}, and ${candidates.length} ` +
            `(one an operator) ${candidates.length === 1 ? 'is' : 'are'} valid now.`,
        );
      }
      return pick(config.count);
    default:
      throw inputError(
        INPUT,
        `${path} lists ${what} without a selector: give its config a selector of ANY, ALL or EXACT.`,
      );
  }
}

function checkedURL(service: Service, path: string): string {
  return usableServiceURL(service.url, (problem) =>
    inputError(INPUT, `${path} names a service that cannot be used: ${problem}.`),
  );
}

/**
 * The services `config` selects at `now`, as cosign v3 selects them. Fulcio only when `keyless`
 * (a key signs without it, as cosign's `--key`); no Rekor or TSA when the config lists none.
 */
export function selectSigningServices(
  config: SigningConfig,
  path: string,
  keyless: boolean,
  now: Date = new Date(),
): SigstoreServices {
  // sigstore-go's `SelectService`: the newest of the highest version, which ALL lists first.
  const [fulcio] = keyless
    ? selectServices(
        'Fulcio (caUrls)',
        config.caUrls,
        { selector: ServiceSelector.ALL, count: 0 },
        API_VERSIONS.fulcio,
        now,
        path,
      )
    : [];
  const tlogs: TransparencyLog[] =
    config.rekorTlogUrls.length === 0
      ? []
      : selectServices(
          'Rekor (rekorTlogUrls)',
          config.rekorTlogUrls,
          config.rekorTlogConfig,
          API_VERSIONS.rekor,
          now,
          path,
        ).map((s) => ({ url: checkedURL(s, path), apiVersion: s.majorApiVersion === 2 ? 2 : 1 }));
  const tsaURLs =
    config.tsaUrls.length === 0
      ? []
      : selectServices(
          'TSA (tsaUrls)',
          config.tsaUrls,
          config.tsaConfig,
          API_VERSIONS.tsa,
          now,
          path,
        ).map((s) => checkedURL(s, path));
  return { fulcioURL: fulcio ? checkedURL(fulcio, path) : '', tlogs, tsaURLs, signingConfig: path };
}
