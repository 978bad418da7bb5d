// extractTarGzip's rules on single entries (the whole against Flux's own puller is in
// __tests__/cli/pull.test.ts): what is refused, what is skipped, what the limit counts.
import { readdir } from 'node:fs/promises';
import { Readable } from 'node:stream';
import { afterAll, describe, expect, it } from 'vitest';
import { UserError } from '../../src/errors.js';
import { extractTarGzip } from '../../src/artifact/extract.js';
import { craftedLayer, type Entry } from '../cli/crafted.js';
import { scratchDirectories } from '../support/end-to-end.js';

const scratch = scratchDirectories();
afterAll(() => scratch.removeAll());

async function extract(entries: Entry[], maxBytes = 0) {
  const dir = await scratch.make('extract-');
  const layer = await craftedLayer(entries);
  const run = extractTarGzip(Readable.from([layer]), dir, { maxBytes, what: 'the layer' });
  return { dir, run };
}

describe('extractTarGzip', () => {
  it.each(['a/../b.yaml', '..', 'a/..'])("refuses the name '%s'", async (name) => {
    const { run } = await extract([{ name, mode: 0o644, content: 'x' }]);
    await expect(run).rejects.toThrow(UserError);
    await expect(run).rejects.toThrow(/whose name Flux refuses/);
  });

  it('refuses a FIFO, which Flux does not extract', async () => {
    const { run } = await extract([{ name: 'pipe', type: 'fifo', mode: 0o644 }]);
    await expect(run).rejects.toThrow(/is a fifo/);
  });

  it('skips symbolic links and reports them', async () => {
    const { dir, run } = await extract([
      { name: 'a.yaml', mode: 0o644, content: 'a' },
      { name: 'l', type: 'symlink', linkname: '/etc/passwd' },
    ]);
    expect(await run).toMatchObject({ files: 1, skippedSymlinks: ['l'] });
    expect(await readdir(dir)).toEqual(['a.yaml']);
  });

  it('counts the content of every entry against the limit, as it comes', async () => {
    const entries: Entry[] = [
      { name: 'one', mode: 0o644, content: Buffer.alloc(600) },
      { name: 'two', mode: 0o644, content: Buffer.alloc(600) },
    ];
    await expect((await extract(entries, 1200)).run).resolves.toMatchObject({ bytes: 1200 });
    const { dir, run } = await extract(entries, 1199);
    await expect(run).rejects.toThrow(/at 'two'/);
    expect(await readdir(dir)).toEqual(['one']);
  });

  it('refuses what is not a gzip-compressed tar', async () => {
    const dir = await scratch.make('extract-');
    const run = extractTarGzip(Readable.from([Buffer.from('plain text')]), dir, {
      maxBytes: 0,
      what: 'the layer',
    });
    await expect(run).rejects.toThrow(/not a valid gzip-compressed tar/);
  });
});
