// A structural check of an OCI image layout against image-spec `image-layout.md`, for layouts that
// hold artifacts (which Debian's oci-image-tool 1.0.0-rc1 cannot validate: it only knows the image
// config media type). Returns the problems found; an empty list means a valid layout.
import { createHash } from 'node:crypto';
import { readdir, readFile, stat } from 'node:fs/promises';
import { join } from 'node:path';

interface Descriptor {
  mediaType?: unknown;
  digest?: unknown;
  size?: unknown;
}

const DIGEST = /^(sha256:[a-f0-9]{64}|sha512:[a-f0-9]{128})$/;

export async function layoutProblems(dir: string): Promise<string[]> {
  const problems: string[] = [];
  const readJson = async (path: string): Promise<Record<string, unknown> | undefined> => {
    try {
      return JSON.parse(await readFile(path, 'utf8')) as Record<string, unknown>;
    } catch (error) {
      problems.push(`${path}: ${(error as Error).message}`);
      return undefined;
    }
  };

  const marker = await readJson(join(dir, 'oci-layout'));
  if (marker && marker.imageLayoutVersion !== '1.0.0') {
    problems.push('oci-layout: imageLayoutVersion is not "1.0.0"');
  }

  // Every blob's content matches its name, and nothing else lives under blobs/.
  for (const algorithm of await readdir(join(dir, 'blobs'))) {
    for (const name of await readdir(join(dir, 'blobs', algorithm))) {
      const content = await readFile(join(dir, 'blobs', algorithm, name));
      const actual = createHash(algorithm).update(content).digest('hex');
      if (actual !== name) problems.push(`blobs/${algorithm}/${name}: content digest is ${actual}`);
    }
  }
  const extra = (await readdir(dir)).filter(
    (f) => !['oci-layout', 'index.json', 'blobs'].includes(f),
  );
  if (extra.length) problems.push(`unexpected files at the top: ${extra.join(', ')}`);

  const checked = new Set<string>();
  const checkDescriptor = async (where: string, d: Descriptor, manifest: boolean) => {
    if (
      typeof d.mediaType !== 'string' ||
      typeof d.digest !== 'string' ||
      typeof d.size !== 'number'
    ) {
      problems.push(`${where}: a descriptor needs mediaType, digest and size`);
      return;
    }
    if (!DIGEST.test(d.digest)) {
      problems.push(`${where}: ${d.digest} is not a digest`);
      return;
    }
    const [algorithm, hex] = d.digest.split(':') as [string, string];
    const path = join(dir, 'blobs', algorithm, hex);
    const size = await stat(path).then(
      (s) => s.size,
      () => undefined,
    );
    if (size === undefined) return problems.push(`${where}: blob ${d.digest} is missing`);
    if (size !== d.size) problems.push(`${where}: ${d.digest} is ${size} bytes, not ${d.size}`);
    if (manifest && !checked.has(d.digest)) {
      checked.add(d.digest);
      await checkManifest(d.digest, path);
    }
  };
  const checkManifest = async (name: string, path: string) => {
    const m = await readJson(path);
    if (!m) return;
    if (m.schemaVersion !== 2) problems.push(`${name}: schemaVersion is not 2`);
    if (Array.isArray(m.manifests)) {
      for (const d of m.manifests as Descriptor[]) await checkDescriptor(name, d, true);
    } else {
      await checkDescriptor(`${name} config`, m.config ?? {}, false);
      if (!Array.isArray(m.layers)) problems.push(`${name}: no layers`);
      for (const d of (m.layers ?? []) as Descriptor[])
        await checkDescriptor(`${name} layer`, d, false);
    }
    if (m.subject) await checkDescriptor(`${name} subject`, m.subject, false);
  };

  const index = await readJson(join(dir, 'index.json'));
  if (index) {
    if (index.schemaVersion !== 2) problems.push('index.json: schemaVersion is not 2');
    if (!Array.isArray(index.manifests)) problems.push('index.json: manifests is not a list');
    else
      for (const d of index.manifests as Descriptor[]) await checkDescriptor('index.json', d, true);
  }
  return problems;
}
