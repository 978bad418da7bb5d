// Chart.lock as Helm reads and rewrites it (helm/helm `pkg/chart/v2/dependency.go` `Lock`): Helm
// keeps the parsed lock, not the file, and `helm package` writes it back marshalled (so comments
// and unknown fields go, and `generated` is rewritten as Go prints a time).
import { UserError, ErrorCode } from '../../errors.js';
import { DEPENDENCY_SHAPE, type Origin } from './chart-metadata.js';
import { goJsonValue } from './go-json.js';
import { decodeShape, parseYaml, ShapeError, YamlSyntaxError, type Shape } from './go-yaml.js';
import { helmYamlBytes } from './helm-yaml.js';

export const LOCK_FILE = 'Chart.lock';

const LOCK_SHAPE: Shape = {
  struct: { generated: 'string', digest: 'string', dependencies: { list: DEPENDENCY_SHAPE } },
  always: ['generated', 'digest', 'dependencies'],
};

const RFC3339 =
  /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2}):(\d{2})(?:\.(\d{1,9}))?(Z|[+-]\d{2}:\d{2})$/;

/** Go's zero time, which an absent `generated` marshals to. */
const ZERO_TIME = '0001-01-01T00:00:00Z';

function lockError(origin: Origin, problem: string): UserError {
  return new UserError(
    ErrorCode.CHART_LOCK_INVALID,
    `${origin.file} ${problem}. Regenerate it with 'helm dependency update'.`,
    { input: origin.input },
  );
}

/** A time as Go's `time.Time` JSON writes it back: no trailing zeros, `Z` for a zero offset. */
function goTime(text: string, origin: Origin): string {
  const match = RFC3339.exec(text);
  if (!match) throw lockError(origin, `has 'generated: ${text}', which is not an RFC 3339 time`);
  const [, date1, date2, date3, hours, minutes, seconds, fraction, zone] = match;
  const digits = (fraction ?? '').replace(/0+$/, '');
  const offset = zone === '+00:00' || zone === '-00:00' ? 'Z' : zone;
  return `${date1}-${date2}-${date3}T${hours}:${minutes}:${seconds}${digits && `.${digits}`}${offset}`;
}

/** The lock as Helm would write it into the archive. */
export function rewriteChartLock(text: string, origin: Origin): Buffer {
  let lock: Record<string, unknown>;
  try {
    lock = (decodeShape(parseYaml(text), LOCK_SHAPE, '') ?? {}) as Record<string, unknown>;
  } catch (error) {
    if (error instanceof YamlSyntaxError)
      throw lockError(origin, `is not valid YAML: ${error.message}`);
    if (error instanceof ShapeError)
      throw lockError(origin, `does not fit Helm's Chart.lock: ${error.message}`);
    throw error;
  }
  lock.generated = typeof lock.generated === 'string' ? goTime(lock.generated, origin) : ZERO_TIME;
  return helmYamlBytes(goJsonValue(lock, LOCK_SHAPE));
}
