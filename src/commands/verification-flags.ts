// The verification flags `verify` and `pull` share, named as cosign names them, and the policy they
// make. Keyless verification needs --trusted-root: nothing is fetched behind the user's back (see
// README, "Verifying"), so it works offline and against private Sigstore instances alike.
import { createPublicKey } from 'node:crypto';
import { readFile } from 'node:fs/promises';
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
      "--trusted-root and Flux's verify.trustedRootSecretRef. Required for keyless verification.",
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

/** The policy the flags describe; a usage error when they describe none or two. */
export async function verificationPolicy(values: Values): Promise<VerifyPolicy> {
  const keys = listFlag(values, 'key');
  const subject = matcher(values, 'certificate-identity', 'identity');
  const issuer = matcher(values, 'certificate-oidc-issuer', 'issuer');
  const trustedRoot = stringFlag(values, 'trusted-root');
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
  if (!trustedRoot) {
    throw usageError(
      'keyless verification needs --trusted-root trusted_root.json (the Fulcio and Rekor keys to ' +
        "trust; Flux's trustedRootSecretRef): for public-good Sigstore, the trusted_root.json " +
        "target of its TUF repository (the one 'cosign initialize' fetches); for a private " +
        "instance, the one 'cosign trusted-root create' writes.",
    );
  }
  return {
    kind: 'keyless',
    subject,
    issuer,
    trustedRoot: await loadTrustedRoot(trustedRoot),
    trustedRootFile: trustedRoot,
  };
}
