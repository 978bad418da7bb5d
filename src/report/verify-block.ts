// The `verify:` block of a Flux OCIRepository (`spec.verify`, provider cosign): keyless identities
// (`matchOIDCIdentity`, regular expressions) or a Secret holding cosign.pub (`secretRef`). Written
// by the publish summary (flux.ts) and suggested by the `verify` subcommand.

export type VerifyBlock =
  { identities: { issuer: string; subject: string }[] } | { secretName: string; comment?: string };

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
    return lines;
  }
  lines.push('    secretRef:', `      name: ${block.secretName}`);
  if (block.comment) lines[lines.length - 1] += ` # ${block.comment}`;
  return lines;
}
