// Reading trusted_root.json, the file cosign's `--trusted-root` and Flux's `trustedRootSecretRef`
// take: the Fulcio, Rekor, CT log and TSA keys that keyless signatures are checked against.
import { readFile } from 'node:fs/promises';
import { TrustedRoot } from '@sigstore/protobuf-specs';
import { UserError, ErrorCode } from '../errors.js';

function invalid(path: string, why: string, cause?: unknown): UserError {
  return new UserError(
    ErrorCode.TRUSTED_ROOT_INVALID,
    `--trusted-root ${path}: ${why}. Give a Sigstore trusted_root.json (cosign trusted-root ` +
      'create writes one; the public-good one is in Sigstore’s TUF repository).',
    { input: 'trusted-root', cause },
  );
}

/** Why `root` cannot check a keyless signature, or `undefined` when it can. */
export function unusableTrustedRoot(root: TrustedRoot): string | undefined {
  return root.certificateAuthorities.length === 0 || root.tlogs.length === 0
    ? 'names no certificate authority or no transparency log'
    : undefined;
}

export async function loadTrustedRoot(path: string): Promise<TrustedRoot> {
  let text: string;
  try {
    text = await readFile(path, 'utf8');
  } catch (error) {
    throw invalid(
      path,
      `cannot be read (${(error as NodeJS.ErrnoException).code ?? String(error)})`,
      error,
    );
  }
  let root: TrustedRoot;
  try {
    root = TrustedRoot.fromJSON(JSON.parse(text));
  } catch (error) {
    throw invalid(path, `is not a trusted root (${(error as Error).message})`, error);
  }
  const unusable = unusableTrustedRoot(root);
  if (unusable) throw invalid(path, unusable);
  return root;
}
