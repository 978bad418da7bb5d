// Progress of content on its way: a pass-through that reports the bytes seen so far.
import { Transform } from 'node:stream';

export function countingTransform(report: (bytesSoFar: number) => void): Transform {
  let seen = 0;
  return new Transform({
    transform(chunk: Buffer, _encoding, callback) {
      seen += chunk.length;
      report(seen);
      callback(null, chunk);
    },
  });
}
