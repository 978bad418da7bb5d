// A seeded random fault schedule for the registry proxy: each request meets a fault with a given
// probability, of a kind drawn from the same generator, so one seed replays the same schedule for
// the same sequence of requests. The kinds are the failures real registries and the networks in
// front of them produce: 5xx answers, 429 with Retry-After, connections reset before or in the
// middle of a request body, answers cut off part-way, and stalls that never answer.
import type { Socket } from 'node:net';
import { Readable } from 'node:stream';
import {
  bodyOf,
  type Next,
  type ProxyHandler,
  type ProxyRequest,
  type ProxyResponse,
} from './proxy.js';

export const FAULT_KINDS = [
  'status-500',
  'status-502',
  'status-503',
  'rate-limited',
  'reset-before-body',
  'reset-during-body',
  'truncated-answer',
  'stall',
] as const;

export type FaultKind = (typeof FAULT_KINDS)[number];

/** mulberry32: a small, fast generator with a 32-bit state, good enough for schedules. */
export function seededRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export interface FaultScheduleOptions extends FaultOptions {
  seed: number;
  /** The probability that a request meets a fault. */
  rate: number;
  /** The kinds to draw from (all by default). */
  kinds?: readonly FaultKind[];
}

export interface FaultSchedule {
  handler: ProxyHandler;
  /** Requests seen, and faults injected by kind. */
  requests(): number;
  injected(): Record<FaultKind, number>;
}

const errorBody = (code: string, message: string) =>
  JSON.stringify({ errors: [{ code, message, detail: 'injected by the fault schedule' }] });

function hasBody(req: ProxyRequest): boolean {
  return Number(req.headers['content-length'] ?? 0) > 0 || !!req.headers['transfer-encoding'];
}

/** Reads `bytes` of the request body (or all of it), then stops reading. */
function readPart(req: ProxyRequest, bytes: number): Promise<void> {
  return new Promise((resolve) => {
    let seen = 0;
    const onData = (chunk: Buffer) => {
      seen += chunk.length;
      if (seen < bytes) return;
      req.raw.pause();
      req.raw.off('data', onData);
      resolve();
    };
    req.raw.on('data', onData);
    req.raw.once('end', () => resolve());
  });
}

export interface FaultOptions {
  /** `Retry-After` of the 429s, in seconds (default 1). */
  retryAfterSeconds?: number;
  /** A stalled request is dropped after this long if the client has not given up first. */
  stallLimitMs?: number;
}

/** Holds the connection open, answering nothing, until the client gives up (or `limitMs`). */
function stall(socket: Socket, limitMs: number): Promise<ProxyResponse> {
  return new Promise((resolve) => {
    const end = () => {
      clearTimeout(timer);
      resolve({ destroy: true });
    };
    const timer = setTimeout(end, limitMs);
    socket.once('close', end);
  });
}

/** The registry's answer with its headers, but only the first half of its body, then a reset. */
async function truncated(req: ProxyRequest, answer: ProxyResponse): Promise<ProxyResponse> {
  if ('destroy' in answer) return answer;
  const body = await bodyOf(answer);
  // An empty answer cannot be cut short: it is lost instead (the request did take effect).
  if (body.length < 2) return { destroy: true };
  const socket = req.raw.socket;
  async function* half() {
    yield body.subarray(0, Math.floor(body.length / 2));
    await new Promise((resolve) => setTimeout(resolve, 20));
    socket.destroy();
  }
  return { ...answer, body: Readable.from(half()) };
}

/** Answers `req` with the fault `kind` (forwarding it first when the fault needs the answer). */
export async function inject(
  kind: FaultKind,
  req: ProxyRequest,
  next: Next,
  options: FaultOptions = {},
): Promise<ProxyResponse> {
  switch (kind) {
    case 'status-500':
    case 'status-502':
    case 'status-503': {
      const status = Number(kind.slice(-3));
      const body = errorBody('UNAVAILABLE', `injected ${status}`);
      return { status, headers: { 'content-type': 'application/json' }, body };
    }
    case 'rate-limited':
      return {
        status: 429,
        headers: {
          'content-type': 'application/json',
          'retry-after': String(options.retryAfterSeconds ?? 1),
        },
        body: errorBody('TOOMANYREQUESTS', 'injected rate limit'),
      };
    case 'reset-before-body':
      return { destroy: true };
    case 'reset-during-body': {
      const length = Number(req.headers['content-length'] ?? 0);
      if (hasBody(req)) await readPart(req, length > 1 ? length / 2 : 1);
      return { destroy: true };
    }
    case 'truncated-answer':
      return truncated(req, await next());
    case 'stall':
      return stall(req.raw.socket, options.stallLimitMs ?? 60_000);
  }
}

/** Answers the next requests that `match` with `kinds`, one each, then lets them through. */
export function faultQueue(
  match: (req: ProxyRequest) => boolean,
  kinds: FaultKind[],
  options: FaultOptions = {},
): ProxyHandler {
  const queue = [...kinds];
  return (req, next) => {
    const kind = match(req) ? queue.shift() : undefined;
    return kind ? inject(kind, req, next, options) : next();
  };
}

export function faultSchedule(options: FaultScheduleOptions): FaultSchedule {
  const random = seededRandom(options.seed);
  const kinds = options.kinds ?? FAULT_KINDS;
  const counts = Object.fromEntries(FAULT_KINDS.map((k) => [k, 0])) as Record<FaultKind, number>;
  let seen = 0;
  const handler: ProxyHandler = (req, next) => {
    seen++;
    if (random() >= options.rate) return next();
    const kind = kinds[Math.floor(random() * kinds.length)]!;
    counts[kind]++;
    return inject(kind, req, next, options);
  };
  return {
    handler,
    requests: () => seen,
    injected: () => ({ ...counts }),
  };
}
