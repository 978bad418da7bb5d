// Layers written entry by entry, for what no tool would package: links, odd modes, names Flux
// refuses; pushed to a test registry as a Flux artifact (config, one content layer, annotations).
import { gzipSync } from 'node:zlib';
import { pack, type Header } from 'tar-stream';
import { rawPushBlob, rawPushManifest } from '../support/raw-client.js';
import type { TestRegistry } from '../support/registry.js';

export type Entry = Partial<Header> & { name: string; content?: Buffer | string };

/** A gzipped tar of `entries`, in order. */
export async function craftedLayer(entries: Entry[]): Promise<Buffer> {
  const tar = pack();
  const chunks: Buffer[] = [];
  tar.on('data', (chunk: unknown) => chunks.push(chunk as Buffer));
  const ended = new Promise<void>((resolve) => tar.on('end', () => resolve()));
  for (const { content, ...header } of entries) {
    const data = Buffer.from(content ?? '');
    await new Promise<void>((resolve, reject) => {
      tar.entry({ ...header, size: data.length }, data, (error) =>
        error ? reject(error) : resolve(),
      );
    });
  }
  tar.finalize();
  await ended;
  return gzipSync(Buffer.concat(chunks));
}

/** Pushes `layer` as a Flux artifact at `<repository>:<tag>`; returns the manifest digest. */
export async function pushArtifact(
  registry: TestRegistry,
  repository: string,
  tag: string,
  layer: Buffer,
  annotations: Record<string, string> = {},
): Promise<string> {
  const config = Buffer.from('{}');
  const configDigest = await rawPushBlob(registry, undefined, repository, config);
  const layerDigest = await rawPushBlob(registry, undefined, repository, layer);
  const manifest = Buffer.from(
    JSON.stringify({
      schemaVersion: 2,
      mediaType: 'application/vnd.oci.image.manifest.v1+json',
      config: {
        mediaType: 'application/vnd.cncf.flux.config.v1+json',
        digest: configDigest,
        size: config.length,
      },
      layers: [
        {
          mediaType: 'application/vnd.cncf.flux.content.v1.tar+gzip',
          digest: layerDigest,
          size: layer.length,
        },
      ],
      annotations,
    }),
  );
  const response = await rawPushManifest(registry, undefined, repository, tag, manifest);
  if (response.status !== 201) throw new Error(`push ${tag}: ${response.status}`);
  return response.headers.get('docker-content-digest')!;
}
