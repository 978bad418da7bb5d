// A TUF repository on loopback, laid out as Sigstore's (tuf-repo-cdn.sigstore.dev) is: consistent
// snapshots (`N.root.json`, `N.snapshot.json`, `N.targets.json`, `timestamp.json`) and targets
// under `targets/<sha256>.<name>`. Its four roles are signed with fresh ed25519 keys through
// `@tufjs/models`, the metadata classes the TUF client (tuf-js) itself reads, so what a client
// accepts here it would accept from a real repository. `forge` signs one role with a key its root
// does not list, as an attacker who holds no key of the repository would.
import { createHash, generateKeyPairSync, sign, type KeyObject } from 'node:crypto';
import { writeFile } from 'node:fs/promises';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import {
  Key,
  Metadata,
  MetaFile,
  Root,
  Signature,
  Snapshot,
  TargetFile,
  Targets,
  Timestamp,
} from '@tufjs/models';

type RoleName = 'root' | 'targets' | 'snapshot' | 'timestamp';

export interface TufRepository {
  /** The mirror URL a client is given (metadata at its root, targets under `targets/`). */
  url: string;
  /** The repository's first root, on disk: the trust anchor a client starts from. */
  rootPath: string;
  /** Requests received, as `GET /path`, in order. */
  requests(): string[];
  stop(): Promise<void>;
}

interface SigningKey {
  key: Key;
  privateKey: KeyObject;
}

function signingKey(): SigningKey {
  const { publicKey, privateKey } = generateKeyPairSync('ed25519');
  // TUF's ed25519 keys are the raw 32-byte public key in hex: the end of its SPKI DER.
  const raw = publicKey.export({ format: 'der', type: 'spki' }).subarray(-32).toString('hex');
  const keyID = createHash('sha256').update(raw).digest('hex');
  const key = new Key({ keyID, keyType: 'ed25519', scheme: 'ed25519', keyVal: { public: raw } });
  return { key, privateKey };
}

function signWith({ key, privateKey }: SigningKey) {
  return (data: Buffer) =>
    new Signature({ keyID: key.keyID, sig: sign(null, data, privateKey).toString('hex') });
}

const sha256 = (data: Buffer) => createHash('sha256').update(data).digest('hex');
const bytesOf = (metadata: Metadata<Root | Targets | Snapshot | Timestamp>) =>
  Buffer.from(JSON.stringify(metadata.toJSON()));

/**
 * Serves a repository publishing `targets` (name → content) until `stop()`; its first root is
 * written to `dir`. Metadata expires in a year, so no test depends on the clock.
 */
export async function startTufRepository(options: {
  targets: Record<string, string | Buffer>;
  dir: string;
  forge?: Exclude<RoleName, 'root'>;
}): Promise<TufRepository> {
  const expires = new Date(Date.now() + 365 * 24 * 3600 * 1000)
    .toISOString()
    .replace(/\.\d+Z$/, 'Z');
  const common = { version: 1, specVersion: '1.0.31', expires };
  const keys = {
    root: signingKey(),
    targets: signingKey(),
    snapshot: signingKey(),
    timestamp: signingKey(),
  };
  const outsider = signingKey();
  const signerOf = (role: RoleName) => signWith(role === options.forge ? outsider : keys[role]);

  const root = new Root({ ...common, consistentSnapshot: true });
  for (const role of Object.keys(keys) as RoleName[]) root.addKey(keys[role].key, role);
  const rootMetadata = new Metadata(root);
  rootMetadata.sign(signerOf('root'));

  const files = new Map<string, Buffer>();
  const targets = new Targets(common);
  for (const [name, content] of Object.entries(options.targets)) {
    const data = Buffer.from(content);
    const hash = sha256(data);
    targets.addTarget(
      new TargetFile({ path: name, length: data.length, hashes: { sha256: hash } }),
    );
    files.set(`/targets/${hash}.${name}`, data);
  }
  const targetsMetadata = new Metadata(targets);
  targetsMetadata.sign(signerOf('targets'));
  const targetsBytes = bytesOf(targetsMetadata);

  const snapshotMetadata = new Metadata(
    new Snapshot({ ...common, meta: { 'targets.json': new MetaFile({ version: 1 }) } }),
  );
  snapshotMetadata.sign(signerOf('snapshot'));
  const snapshotBytes = bytesOf(snapshotMetadata);

  const timestampMetadata = new Metadata(
    new Timestamp({
      ...common,
      snapshotMeta: new MetaFile({
        version: 1,
        length: snapshotBytes.length,
        hashes: { sha256: sha256(snapshotBytes) },
      }),
    }),
  );
  timestampMetadata.sign(signerOf('timestamp'));

  const rootBytes = bytesOf(rootMetadata);
  files.set('/1.root.json', rootBytes);
  files.set('/1.targets.json', targetsBytes);
  files.set('/1.snapshot.json', snapshotBytes);
  files.set('/timestamp.json', bytesOf(timestampMetadata));
  const rootPath = join(options.dir, 'tuf-root.json');
  await writeFile(rootPath, rootBytes);

  const received: string[] = [];
  const server = createServer((req: IncomingMessage, res: ServerResponse) => {
    const path = new URL(req.url ?? '/', 'http://loopback').pathname;
    received.push(`${req.method} ${path}`);
    const body = req.method === 'GET' ? files.get(path) : undefined;
    // 404 for `2.root.json` is how a client learns that the root it has is the newest.
    res.writeHead(body ? 200 : 404, { 'content-type': 'application/octet-stream' });
    res.end(body ?? 'not found');
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return {
    url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
    rootPath,
    requests: () => [...received],
    async stop() {
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}
