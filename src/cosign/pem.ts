// PEM encoding of DER certificates, as Go's encoding/pem writes it (64-column lines).

export function certificatePEM(der: Buffer): string {
  const lines = der.toString('base64').match(/.{1,64}/g) ?? [];
  return ['-----BEGIN CERTIFICATE-----', ...lines, '-----END CERTIFICATE-----', ''].join('\n');
}
