// Reads the raw header fields of an (uncompressed) tar, straight from the 512-byte blocks of the
// POSIX ustar format, so tests can check what the bytes say without trusting any tar library.

export interface RawTarHeader {
  /** The full name: PAX `path` when present, else USTAR prefix + name. */
  name: string;
  /** The `name` field of the block as written (before any PAX record applies). */
  nameField: string;
  typeflag: string;
  mode: number;
  uid: number;
  gid: number;
  size: number;
  mtime: number;
  /** `ustar\0` + `00` for POSIX ustar. */
  magic: string;
  uname: string;
  gname: string;
  /** Whether a PAX extended header (typeflag `x`) came before this entry. */
  pax: boolean;
}

function text(block: Buffer, start: number, length: number): string {
  const field = block.subarray(start, start + length);
  const end = field.indexOf(0);
  return field.subarray(0, end === -1 ? length : end).toString('utf8');
}

function octal(block: Buffer, start: number, length: number): number {
  return parseInt(text(block, start, length).trim() || '0', 8);
}

function paxRecords(data: Buffer): Record<string, string> {
  const records: Record<string, string> = {};
  let offset = 0;
  while (offset < data.length) {
    const space = data.indexOf(0x20, offset);
    const length = parseInt(data.subarray(offset, space).toString('ascii'), 10);
    const record = data.subarray(space + 1, offset + length - 1).toString('utf8');
    const equals = record.indexOf('=');
    records[record.slice(0, equals)] = record.slice(equals + 1);
    offset += length;
  }
  return records;
}

export function readTarHeaders(tar: Buffer): RawTarHeader[] {
  const headers: RawTarHeader[] = [];
  let offset = 0;
  let pending: Record<string, string> | undefined;
  while (offset + 512 <= tar.length) {
    const block = tar.subarray(offset, offset + 512);
    if (block.every((byte) => byte === 0)) break;
    const size = octal(block, 124, 12);
    const typeflag = String.fromCharCode(block[156]!);
    const dataStart = offset + 512;
    offset = dataStart + Math.ceil(size / 512) * 512;
    if (typeflag === 'x') {
      pending = paxRecords(tar.subarray(dataStart, dataStart + size));
      continue;
    }
    const nameField = text(block, 0, 100);
    const prefix = text(block, 345, 155);
    headers.push({
      name: pending?.path ?? (prefix ? `${prefix}/${nameField}` : nameField),
      nameField,
      typeflag,
      mode: octal(block, 100, 8),
      uid: octal(block, 108, 8),
      gid: octal(block, 116, 8),
      size,
      mtime: octal(block, 136, 12),
      magic: block.subarray(257, 265).toString('latin1'),
      uname: text(block, 265, 32),
      gname: text(block, 297, 32),
      pax: pending !== undefined,
    });
    pending = undefined;
  }
  return headers;
}
