// A packaged subchart (`charts/*.tgz`, as `helm dependency build` leaves them) read as Helm reads
// an archive (helm/helm `pkg/chart/loader/archive/archive.go` LoadArchiveFiles): directories and
// PAX headers skipped, the first path component dropped, paths that climb out or are absolute
// refused, at most 5 MiB a file and 100 MiB in all, a UTF-8 byte order mark removed. `helm package`
// writes such a subchart out expanded, as a directory under `charts/`, and so do we.
import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { createGunzip } from 'node:zlib';
import { extract as tarExtract } from 'tar-stream';
import { UserError, ErrorCode } from '../../errors.js';
import { MAX_CHART_FILE_BYTES, type ChartFile } from './chart-walk.js';

/** Helm refuses to load a chart larger than this once decompressed. */
export const MAX_CHART_BYTES = 100 * 1024 * 1024;

export const UTF8_BOM = Buffer.from([0xef, 0xbb, 0xbf]);

/** Helm drops a UTF-8 byte order mark from the start of every file it loads. */
export function withoutBom(data: Buffer): Buffer {
  return data.subarray(0, 3).equals(UTF8_BOM) ? data.subarray(3) : data;
}

/** The files of a chart archive, named from the chart root; `shown` names the archive in errors. */
export async function readChartArchive(
  archive: Buffer,
  shown: string,
  input: string,
): Promise<ChartFile[]> {
  const refuse = (problem: string, cause?: unknown) =>
    new UserError(
      ErrorCode.CHART_SUBCHART_INVALID,
      `${shown} is not a chart archive Helm can load: ${problem}. Rebuild it with ` +
        `'helm dependency build'.`,
      { input, cause },
    );
  const files: ChartFile[] = [];
  let remaining = MAX_CHART_BYTES;
  const extract = tarExtract();
  const reading = (async () => {
    for await (const entry of extract) {
      const { header } = entry;
      const chunks: Buffer[] = [];
      let size = 0;
      for await (const chunk of entry as AsyncIterable<Buffer>) {
        size += chunk.length;
        if (size > MAX_CHART_FILE_BYTES) throw refuse(`${header.name} is larger than 5 MiB`);
        chunks.push(chunk);
      }
      // tar-stream applies PAX headers itself; Helm reads any other entry (a link too) as a file.
      if (header.type === 'directory') continue;
      const delimiter = header.name.includes('\\') ? '\\' : '/';
      const name = header.name.split(delimiter).slice(1).join('/');
      const parts = name.split('/').filter((part) => part !== '' && part !== '.');
      if (name.startsWith('/')) throw refuse(`${header.name} is an absolute path`);
      if (parts.length === 0) throw refuse(`${header.name} is outside the chart's directory`);
      if (parts[0] === '..' || parts.includes('..')) {
        throw refuse(`${header.name} refers to a parent directory`);
      }
      remaining -= size;
      if (remaining <= 0) throw refuse('it is larger than 100 MiB decompressed');
      const content = withoutBom(Buffer.concat(chunks));
      files.push({ name: parts.join('/'), content, size: content.length });
    }
  })();
  try {
    await Promise.all([pipeline(Readable.from([archive]), createGunzip(), extract), reading]);
  } catch (error) {
    if (error instanceof UserError) throw error;
    throw refuse(String((error as Error).message ?? error), error);
  }
  if (files.length === 0) throw refuse('it holds no files');
  return files;
}
