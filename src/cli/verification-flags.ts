// The verification flags `verify` and `pull` share, named as cosign names them, and the policy they
// make. Keyless verification trusts what --trusted-root names (a private Sigstore, or offline use);
// without it, the trusted root Sigstore's public-good TUF repository publishes, as cosign reads it
// (src/verify/tuf-trusted-root.ts), or another TUF repository's with --tuf-mirror and --tuf-root.
import { createPublicKey } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import type { Log } from '../log.js';
import { trustedRootFromTUF } from '../verify/tuf-trusted-root.js';
import {
  keyFingerprint,
  loadTrustedRoot,
  type Matcher,
  type VerifyPolicy,
} from '../verify/index.js';
import { stringFlag, listFlag, usageError, type Flag, type Values } from './command.js';

export const VERIFICATION_FLAGS: Flag[] = [
  {
    name: 'key',
    type: 'string',
    multiple: true,
    value: '<cosign.pub>',
    description:
      "A public key (PEM) that may have signed it, as cosign's --key and the .pub entries of " +
      "Flux's verify.secretRef. Transparency log entries are not required, as in Flux.",
  },
  {
    name: 'certificate-identity',
    type: 'string',
    value: '<identity>',
    description: 'Keyless: the exact identity (certificate SAN) of the signer.',
  },
  {
    name: 'certificate-identity-regexp',
    type: 'string',
    value: '<regexp>',
    description:
      "Keyless: a regular expression the signer's identity matches (as matchOIDCIdentity.subject).",
  },
  {
    name: 'certificate-oidc-issuer',
    type: 'string',
    value: '<issuer>',
    description: 'Keyless: the exact OIDC issuer of the identity.',
  },
  {
    name: 'certificate-oidc-issuer-regexp',
    type: 'string',
    value: '<regexp>',
    description:
      'Keyless: a regular expression the OIDC issuer matches (as matchOIDCIdentity.issuer).',
  },
  {
    name: 'trusted-root',
    type: 'string',
    value: '<trusted_root.json>',
    description:
      "Keyless: the Sigstore trusted root (Fulcio, Rekor, CT log, TSA keys), as cosign's " +
      "--trusted-root and Flux's verify.trustedRootSecretRef: for a private Sigstore, or to " +
      "verify offline. Without it, public-good Sigstore's, from its TUF repository.",
  },
  {
    name: 'tuf-mirror',
    type: 'string',
    value: '<url>',
    description:
      'Keyless, without --trusted-root: the TUF repository whose trusted_root.json to trust, as ' +
      "cosign initialize's --mirror (default https://tuf-repo-cdn.sigstore.dev). Its metadata is " +
      'cached in $XDG_CACHE_HOME/publish-oci-artifact/tuf (~/.cache/…) and used offline.',
  },
  {
    name: 'tuf-root',
    type: 'string',
    value: '<root.json>',
    description:
      "Keyless, with --tuf-mirror: the repository's initial root.json, as cosign initialize's " +
      "--root (public-good Sigstore's is built in). Read once: the cache's root is trusted after.",
  },
];

function matcher(values: Values, exactFlag: string, what: string): Matcher | undefined {
  const exact = stringFlag(values, exactFlag);
  const regexp = stringFlag(values, `${exactFlag}-regexp`);
  if (exact !== undefined && regexp !== undefined) {
    throw usageError(`give --${exactFlag} or --${exactFlag}-regexp for the ${what}, not both`);
  }
  if (regexp !== undefined) {
    try {
      new RegExp(regexp, 'u');
    } catch (error) {
      throw usageError(`--${exactFlag}-regexp '${regexp}': ${(error as Error).message}`);
    }
    return { regexp };
  }
  return exact === undefined ? undefined : { exact };
}

async function readKey(path: string) {
  let pem: string;
  try {
    pem = await readFile(path, 'utf8');
  } catch (error) {
    throw usageError(`--key ${path} cannot be read (${(error as NodeJS.ErrnoException).code})`);
  }
  try {
    const key = createPublicKey(pem);
    return { name: path, key, fingerprint: keyFingerprint(key) };
  } catch {
    throw usageError(`--key ${path} is not a PEM public key (give cosign.pub, not cosign.key)`);
  }
}

/** Whether any verification flag was given. */
export function wantsVerification(values: Values): boolean {
  return VERIFICATION_FLAGS.some((flag) => values[flag.name] !== undefined);
}

/** The trusted root of a keyless policy: the file given, or a TUF repository's. */
function trustedRootOf(values: Values, log: Log) {
  const path = stringFlag(values, 'trusted-root');
  const mirrorURL = stringFlag(values, 'tuf-mirror');
  const rootPath = stringFlag(values, 'tuf-root');
  if (path !== undefined && (mirrorURL !== undefined || rootPath !== undefined)) {
    throw usageError(
      `give --trusted-root or --tuf-mirror/--tuf-root, not both (--trusted-root ${path} is ` +
        'trusted as it is; a TUF repository is where a trusted root comes from)',
    );
  }
  if (mirrorURL !== undefined && !/^https?:\/\/[^/]/.test(mirrorURL)) {
    throw usageError(`--tuf-mirror '${mirrorURL}' is not an http(s) URL`);
  }
  return path !== undefined
    ? loadTrustedRoot(path)
    : trustedRootFromTUF({ mirrorURL, rootPath }, log);
}

/** The policy the flags describe; a usage error when they describe none or two. */
export async function verificationPolicy(values: Values, log: Log): Promise<VerifyPolicy> {
  const keys = listFlag(values, 'key');
  const subject = matcher(values, 'certificate-identity', 'identity');
  const issuer = matcher(values, 'certificate-oidc-issuer', 'issuer');
  if (keys.length > 0) {
    if (subject || issuer) {
      throw usageError(
        'give --key or the --certificate-* flags, not both (Flux takes a secretRef or ' +
          'matchOIDCIdentity)',
      );
    }
    return { kind: 'key', keys: await Promise.all(keys.map(readKey)) };
  }
  if (!subject || !issuer) {
    throw usageError(
      'keyless verification needs the signer: --certificate-identity[-regexp] and ' +
        '--certificate-oidc-issuer[-regexp] (or --key <cosign.pub> for a key signature)',
    );
  }
  return {
    kind: 'keyless',
    subject,
    issuer,
    trustedRoot: await trustedRootOf(values, log),
    trustedRootFile: stringFlag(values, 'trusted-root'),
  };
}
