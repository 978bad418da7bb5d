// A Rekor v2 (rekor-tiles) log for the loopback Sigstore (sigstore.ts), written here because
// `@sigstore/mock` 0.13's `rekorV2Handler` writes entries no verifier accepts:
// - it logs the request itself (`{"hashedRekordRequestV002": …}`) as the entry, where Rekor v2 logs
//   `{"apiVersion":"0.0.2","kind":"hashedrekord","spec":{"hashedRekordV002":{"data":…,"signature":…}}}`,
//   the entry cosign (sigstore-go `reconstructV2EntryHash`) rebuilds to check the inclusion proof;
// - its checkpoint's origin is `<host:port> - <tree id>`, Rekor v1's form, where a Rekor v2
//   checkpoint's origin is the log's host name, which sigstore-go's note verifier requires;
// - its inclusion proof gives the random log index against a tree of size 1, and its root hash is
//   the hex digest read as base64;
// - it accepts `dsseRequestV002`, which rekor-tiles refuses since v2.3.0 (DSSE is logged as the
//   hashedrekord of its PAE).
// cosign v3.1.3 `verify-blob --trusted-root` does not even load a bundle the mock's log witnessed
// as a Sigstore bundle, and verifies one this log witnessed, against the same trusted root.
// This log keeps every leaf, so each entry's proof is a real RFC 6962 audit path in a growing tree.
import { createHash, generateKeyPairSync, sign } from 'node:crypto';
import type { TransparencyLogInstance } from '@sigstore/protobuf-specs';
import { HashAlgorithm, PublicKeyDetails, TransparencyLogEntry } from '@sigstore/protobuf-specs';
import { CreateEntryRequest, Entry } from '@sigstore/protobuf-specs/rekor/v2';
import { canonicalJSON } from './canonical-json.js';

const sha256 = (...parts: Buffer[]) => {
  const hash = createHash('sha256');
  for (const part of parts) hash.update(part);
  return hash.digest();
};
const leafHash = (body: Buffer) => sha256(Buffer.from([0]), body);
const nodeHash = (left: Buffer, right: Buffer) => sha256(Buffer.from([1]), left, right);

/** The largest power of two smaller than n (n > 1). */
const split = (n: number) => 2 ** Math.floor(Math.log2(n - 1));

/** RFC 6962 MTH of the leaf hashes. */
function treeHash(leaves: Buffer[]): Buffer {
  if (leaves.length === 1) return leaves[0]!;
  const k = split(leaves.length);
  return nodeHash(treeHash(leaves.slice(0, k)), treeHash(leaves.slice(k)));
}

/** RFC 6962 PATH(m, D[n]): the audit path of leaf m. */
function auditPath(m: number, leaves: Buffer[]): Buffer[] {
  if (leaves.length <= 1) return [];
  const k = split(leaves.length);
  return m < k
    ? [...auditPath(m, leaves.slice(0, k)), treeHash(leaves.slice(k))]
    : [...auditPath(m - k, leaves.slice(k)), treeHash(leaves.slice(0, k))];
}

export interface RekorV2Log {
  url: string;
  /** Answers `POST /api/v2/log/entries` with a body, as rekor-tiles does. */
  createEntry(body: string): { status: number; body: string };
  /** The log as a trusted root lists it, valid from `start`. */
  instance(start: Date): TransparencyLogInstance;
  size(): number;
}

export function startRekorV2Log(url: string): RekorV2Log {
  const { publicKey, privateKey } = generateKeyPairSync('ec', { namedCurve: 'P-256' });
  const spki = publicKey.export({ format: 'der', type: 'spki' });
  // An ECDSA key's checkpoint key ID (rekor-tiles pkg/note): SHA-256 of its SPKI, the log ID too.
  const keyId = sha256(spki);
  // A Rekor v2 checkpoint's origin is the log's host name, which verifiers take from its URL.
  const origin = new URL(url).hostname;
  const leaves: Buffer[] = [];

  function checkpoint(): string {
    const text = `${origin}\n${leaves.length}\n${treeHash(leaves).toString('base64')}\n`;
    const signature = sign('sha256', Buffer.from(text), privateKey);
    const line = Buffer.concat([keyId.subarray(0, 4), signature]).toString('base64');
    return `${text}\n\u2014 ${origin} ${line}\n`;
  }

  function createEntry(body: string): { status: number; body: string } {
    let request: CreateEntryRequest;
    try {
      request = CreateEntryRequest.fromJSON(JSON.parse(body));
    } catch (error) {
      return { status: 400, body: JSON.stringify({ message: String(error) }) };
    }
    if (request.spec?.$case !== 'hashedRekordRequestV002') {
      return {
        status: 400,
        body: JSON.stringify({ message: 'only hashedrekord requests are supported' }),
      };
    }
    const { digest, signature } = request.spec.hashedRekordRequestV002;
    const entry = Entry.toJSON({
      kind: 'hashedrekord',
      apiVersion: '0.0.2',
      spec: {
        spec: {
          $case: 'hashedRekordV002',
          hashedRekordV002: {
            data: { algorithm: HashAlgorithm.SHA2_256, digest },
            signature,
          },
        },
      },
    });
    const canonical = Buffer.from(canonicalJSON(entry));
    leaves.push(leafHash(canonical));
    const index = leaves.length - 1;
    const answer = TransparencyLogEntry.toJSON({
      logIndex: String(index),
      logId: { keyId },
      kindVersion: { kind: 'hashedrekord', version: '0.0.2' },
      // Rekor v2 records no time: the signature's time is the TSA's.
      integratedTime: '0',
      inclusionPromise: undefined,
      inclusionProof: {
        logIndex: String(index),
        rootHash: treeHash(leaves),
        treeSize: String(leaves.length),
        hashes: auditPath(index, leaves),
        checkpoint: { envelope: checkpoint() },
      },
      canonicalizedBody: canonical,
    });
    return { status: 201, body: JSON.stringify(answer) };
  }

  return {
    url,
    createEntry,
    instance: (start) => ({
      baseUrl: url,
      hashAlgorithm: HashAlgorithm.SHA2_256,
      publicKey: {
        rawBytes: spki,
        keyDetails: PublicKeyDetails.PKIX_ECDSA_P256_SHA_256,
        validFor: { start, end: undefined },
      },
      logId: { keyId },
      checkpointKeyId: { keyId },
      operator: 'sigstore.mock',
    }),
    size: () => leaves.length,
  };
}
