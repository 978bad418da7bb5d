// The `verify:` block of a Flux OCIRepository (`spec.verify`, provider cosign): keyless identities
// (`matchOIDCIdentity`, regular expressions), with the Secret holding a private Sigstore's
// trusted_root.json (`trustedRootSecretRef`, source-controller ≥ 1.9), or a Secret holding
// cosign.pub (`secretRef`). Written by the publish summary (flux.ts) and suggested by the `verify`
// subcommand.

export type VerifyBlock =
  | { identities: { issuer: string; subject: string }[]; trustedRootSecret?: string }
  | { secretName: string; comment?: string };

/** The Secret a `secretRef` names here; source-controller reads its `cosign.pub`. */
export const COSIGN_PUB_SECRET = 'cosign-pub';

/** The Secret a `trustedRootSecretRef` names here; source-controller reads its `trusted_root.json`. */
export const TRUSTED_ROOT_SECRET = 'sigstore-trusted-root';

/** The command that writes that Secret from a `trusted_root.json` file. */
export function trustedRootSecretCommand(file: string): string {
  return (
    `kubectl create secret generic ${TRUSTED_ROOT_SECRET} --namespace flux-system ` +
    `--from-file=trusted_root.json=${file}`
  );
}

/** YAML double-quoted scalars whose only escapes are JSON's. */
function quote(value: string): string {
  return JSON.stringify(value);
}

/** The block's lines, indented to sit under `spec:`. */
export function verifyBlockLines(block: VerifyBlock): string[] {
  const lines = ['  verify:', '    provider: cosign'];
  if ('identities' in block) {
    lines.push('    matchOIDCIdentity:');
    for (const { issuer, subject } of block.identities) {
      lines.push(`      - issuer: ${quote(issuer)}`, `        subject: ${quote(subject)}`);
    }
    if (block.trustedRootSecret) {
      lines.push('    trustedRootSecretRef:', `      name: ${block.trustedRootSecret}`);
    }
    return lines;
  }
  lines.push('    secretRef:', `      name: ${block.secretName}`);
  if (block.comment) lines[lines.length - 1] += ` # ${block.comment}`;
  return lines;
}
