// Which services a signing config gives signing, chosen as cosign v3 chooses them (sigstore-go's
// SelectService and SelectServices), and the one-line refusals of configs that cannot be used.
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { UserError } from '../../src/errors.js';
import { sigstoreServices, type ServiceSettings } from '../../src/sign/services.js';
import {
  readSigningConfig,
  SIGNING_CONFIG_MEDIA_TYPE,
  selectSigningServices,
} from '../../src/sign/signing-config.js';

const NOW = new Date('2026-06-01T00:00:00Z');
const YEAR_AGO = '2025-06-01T00:00:00Z';
const MONTH_AGO = '2026-05-01T00:00:00Z';
const LAST_WEEK = '2026-05-25T00:00:00Z';
const NEXT_MONTH = '2026-07-01T00:00:00Z';

interface ServiceJSON {
  url: string;
  majorApiVersion: number;
  validFor: { start: string; end?: string };
  operator: string;
}

const service = (
  url: string,
  majorApiVersion: number,
  start: string,
  extra: Partial<ServiceJSON> = {},
): ServiceJSON => ({
  url,
  majorApiVersion,
  validFor: { start },
  operator: new URL(url).hostname,
  ...extra,
});

const FULCIO = service('https://fulcio.example.com', 1, YEAR_AGO);
const REKOR_V1 = service('https://rekor.example.com', 1, YEAR_AGO);
const REKOR_V2 = service('https://log2026-1.rekor.example.com', 2, MONTH_AGO);
const TSA = service('https://timestamp.example.com/api/v1/timestamp', 1, YEAR_AGO);

function config(fields: Record<string, unknown>) {
  return { mediaType: SIGNING_CONFIG_MEDIA_TYPE, caUrls: [FULCIO], ...fields };
}

let dir: string;
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'signing-config-'));
});
afterAll(() => rm(dir, { recursive: true, force: true }));

/** The services `json` selects now, read from a file as the input gives it. */
async function select(json: unknown, keyless = true) {
  await writeFile(join(dir, 'signing_config.json'), JSON.stringify(json));
  const read = await readSigningConfig('signing_config.json', dir);
  return selectSigningServices(read, 'signing_config.json', keyless, NOW);
}

async function refusal(action: Promise<unknown>): Promise<UserError> {
  const error = await action.catch((e: unknown) => e);
  expect(error).toBeInstanceOf(UserError);
  return error as UserError;
}

describe('choosing the services', () => {
  it('takes Rekor v2 over v1 when both are valid, as cosign does', async () => {
    const services = await select(
      config({
        rekorTlogUrls: [REKOR_V1, REKOR_V2],
        rekorTlogConfig: { selector: 'ANY' },
        tsaUrls: [TSA],
        tsaConfig: { selector: 'ANY' },
      }),
    );
    expect(services).toEqual({
      fulcioURL: 'https://fulcio.example.com',
      tlogs: [{ url: 'https://log2026-1.rekor.example.com', apiVersion: 2 }],
      tsaURLs: ['https://timestamp.example.com/api/v1/timestamp'],
      signingConfig: 'signing_config.json',
    });
  });

  it('takes Rekor v1 while the v2 log has not started, or once it has ended', async () => {
    for (const validFor of [{ start: NEXT_MONTH }, { start: YEAR_AGO, end: LAST_WEEK }]) {
      const services = await select(
        config({
          rekorTlogUrls: [REKOR_V1, { ...REKOR_V2, validFor }],
          rekorTlogConfig: { selector: 'ANY' },
        }),
      );
      expect(services.tlogs).toEqual([{ url: 'https://rekor.example.com', apiVersion: 1 }]);
    }
  });

  it('takes the Fulcio with the newest start', async () => {
    const newer = service('https://fulcio-2026.example.com', 1, MONTH_AGO);
    const services = await select(config({ caUrls: [FULCIO, newer] }));
    expect(services.fulcioURL).toBe('https://fulcio-2026.example.com');
  });

  it('with ALL, takes the newest log of each operator', async () => {
    // Last year's shard and this year's, of one operator, and another operator's log.
    const shard = service('https://log2025-1.rekor.example.com', 2, YEAR_AGO);
    const other = service('https://rekor.other.example', 2, YEAR_AGO);
    const operator = 'rekor.example.com';
    const services = await select(
      config({
        rekorTlogUrls: [{ ...shard, operator }, { ...REKOR_V2, operator }, other],
        rekorTlogConfig: { selector: 'ALL' },
        tsaUrls: [TSA],
        tsaConfig: { selector: 'ANY' },
      }),
    );
    expect(services.tlogs.map((log) => log.url).sort()).toEqual([
      'https://log2026-1.rekor.example.com',
      'https://rekor.other.example',
    ]);
  });

  it('with EXACT, takes that many timestamp authorities', async () => {
    const other = service('https://tsa.other.example/api/v1/timestamp', 1, YEAR_AGO);
    const services = await select(
      config({ tsaUrls: [TSA, other], tsaConfig: { selector: 'EXACT', count: 2 } }),
    );
    expect(services.tsaURLs.sort()).toEqual([
      'https://timestamp.example.com/api/v1/timestamp',
      'https://tsa.other.example/api/v1/timestamp',
    ]);
    expect(services.tlogs).toEqual([]);
  });

  it('asks nothing of Fulcio for a key', async () => {
    const services = await select(config({ caUrls: [] }), false);
    expect(services.fulcioURL).toBe('');
  });
});

describe('refusing a config that cannot be used, in one line naming the input', () => {
  it.each([
    {
      name: 'EXACT more than there are',
      json: config({ tsaUrls: [TSA], tsaConfig: { selector: 'EXACT', count: 2 } }),
      says: /asks for EXACT 2 TSA \(tsaUrls\), and 1 \(one an operator\) is valid now/,
    },
    {
      name: 'logs without a selector',
      json: config({ rekorTlogUrls: [REKOR_V1] }),
      says: /lists Rekor \(rekorTlogUrls\) without a selector: give its config a selector/,
    },
    {
      name: 'no Fulcio valid now',
      json: config({ caUrls: [service('https://fulcio.example.com', 1, NEXT_MONTH)] }),
      says: /lists no Fulcio \(caUrls\) valid now with API version 1/,
    },
    {
      name: 'only a Rekor API we do not speak',
      json: config({
        rekorTlogUrls: [service('https://rekor.example.com', 3, YEAR_AGO)],
        rekorTlogConfig: { selector: 'ANY' },
      }),
      says: /lists no Rekor \(rekorTlogUrls\) valid now with API version 2 or 1/,
    },
    {
      name: 'a service in plain HTTP off loopback',
      json: config({
        rekorTlogUrls: [service('http://rekor.example.com', 1, YEAR_AGO)],
        rekorTlogConfig: { selector: 'ANY' },
      }),
      says: /'http:\/\/rekor\.example\.com' is not an https:\/\/ URL/,
    },
    {
      name: 'a trusted root given for a signing config',
      json: { mediaType: 'application/vnd.dev.sigstore.trustedroot+json;version=0.1' },
      says: /is not a signing config: its mediaType is .*trustedroot.*cosign signing-config create/,
    },
  ])('$name', async ({ json, says }) => {
    const error = await refusal(select(json));
    expect(error.message).toMatch(/^Input 'signing-config': signing_config\.json /);
    expect(error.message).toMatch(says);
    expect(error.message).not.toContain('\n');
  });

  it('a file that is not there, or not JSON', async () => {
    const missing = await refusal(readSigningConfig('nowhere.json', dir));
    expect(missing.message).toMatch(
      /^Input 'signing-config': cannot read nowhere\.json \(ENOENT\)/,
    );
    await writeFile(join(dir, 'broken.json'), '{"mediaType": ');
    const broken = await refusal(readSigningConfig('broken.json', dir));
    expect(broken.message).toMatch(/^Input 'signing-config': broken\.json is not JSON/);
  });
});

describe('what Rekor v2 asks of the other inputs', () => {
  const settings = (over: Partial<ServiceSettings> = {}): ServiceSettings => ({
    fulcioUrl: 'https://fulcio.sigstore.dev',
    rekorUrl: 'https://rekor.sigstore.dev',
    tsaUrl: undefined,
    signingConfig: 'v2.json',
    signatureFormat: 'bundle',
    cosignKey: undefined,
    keyTlogUpload: false,
    ...over,
  });
  const v2Only = config({ rekorTlogUrls: [REKOR_V2], rekorTlogConfig: { selector: 'ANY' } });
  const withTSA = { ...v2Only, tsaUrls: [TSA], tsaConfig: { selector: 'ANY' } };

  it('keyless signing needs a TSA beside it, as cosign says', async () => {
    await writeFile(join(dir, 'v2.json'), JSON.stringify(v2Only));
    const error = await refusal(sigstoreServices(settings(), dir));
    expect(error.input).toBe('signing-config');
    expect(error.message).toMatch(
      /selects Rekor v2 .* and no TSA: keyless signing needs a timestamp authority/,
    );
  });

  it('the legacy .sig cannot carry its entry: signature-format bundle is asked for', async () => {
    await writeFile(join(dir, 'v2.json'), JSON.stringify(withTSA));
    const error = await refusal(sigstoreServices(settings({ signatureFormat: 'both' }), dir));
    expect(error.input).toBe('signature-format');
    expect(error.message).toMatch(/'both' writes the legacy \.sig.*set 'signature-format: bundle'/);
  });

  it('a key that logs nothing may still write both forms', async () => {
    await writeFile(join(dir, 'v2.json'), JSON.stringify(v2Only));
    const services = await sigstoreServices(
      settings({ signatureFormat: 'both', cosignKey: 'a key' }),
      dir,
    );
    expect(services.tlogs).toEqual([{ url: 'https://log2026-1.rekor.example.com', apiVersion: 2 }]);
  });

  it('without a signing config, the URL inputs: Rekor v1', async () => {
    const services = await sigstoreServices(settings({ signingConfig: undefined }), dir);
    expect(services).toEqual({
      fulcioURL: 'https://fulcio.sigstore.dev',
      tlogs: [{ url: 'https://rekor.sigstore.dev', apiVersion: 1 }],
      tsaURLs: [],
    });
  });
});
