import { generateKeyPairSync, verify } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { describeFailure, UserError, type Surface } from '../../src/errors.js';
import { loadCosignKey } from '../../src/sign/cosign-key.js';
import {
  COSIGN_FIXTURE_KEY,
  COSIGN_FIXTURE_PASSWORD,
  COSIGN_FIXTURE_PUBLIC_KEY,
} from '../support/end-to-end.js';
import { encryptCosignKey } from './cosign-key-writer.js';

async function signsVerifiably(pem: string, password?: string) {
  const key = await loadCosignKey(pem, password);
  const data = Buffer.from('payload');
  const { signature } = await key.signer.sign(data);
  return verify('sha256', data, key.publicKeyPEM, signature);
}

async function failure(promise: Promise<unknown>): Promise<UserError> {
  const error = await promise.then(
    () => undefined,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(UserError);
  return error as UserError;
}

describe('the key written by cosign generate-key-pair (fixtures/cosign)', () => {
  const pem = readFileSync(COSIGN_FIXTURE_KEY, 'utf8');

  it('decrypts with its password and signs what its public key verifies', async () => {
    expect(await signsVerifiably(pem, COSIGN_FIXTURE_PASSWORD)).toBe(true);
  });

  it('has the public key cosign wrote beside it', async () => {
    const key = await loadCosignKey(pem, COSIGN_FIXTURE_PASSWORD);
    expect(key.publicKeyPEM.trim()).toBe(readFileSync(COSIGN_FIXTURE_PUBLIC_KEY, 'utf8').trim());
  });

  it('with a wrong password, fails naming cosign-password and not the password', async () => {
    const error = await failure(loadCosignKey(pem, 'wrong-horse'));
    expect(error.input).toBe('cosign-password');
    expect(error.message).toMatch(/does not decrypt 'cosign-key'/);
    expect(error.message).not.toContain('wrong-horse');
  });

  it('with no password, says none was given rather than that it is wrong', async () => {
    const error = await failure(loadCosignKey(pem, ''));
    expect(describeFailure(error).message).toBe(
      "Input 'cosign-password': not given, and 'cosign-key' is encrypted: give the password " +
        'the key was generated with (cosign’s COSIGN_PASSWORD).',
    );
    expect(describeFailure(error, CLI).message).toBe(
      '--cosign-password: COSIGN_PASSWORD is not set (nor --cosign-password), and the key file ' +
        'is encrypted: set it to the password the key was generated with.',
    );
  });

  it('given cosign.pub, asks for the secret in the action and the file in the CLI', async () => {
    const error = await failure(loadCosignKey(readFileSync(COSIGN_FIXTURE_PUBLIC_KEY, 'utf8')));
    expect(describeFailure(error).message).toContain('Give the contents of cosign.key');
    expect(describeFailure(error, CLI).message).toMatch(
      /^--cosign-key: the file is not a private key \(it is a PUBLIC KEY\)\. Give the file cosign\.key/,
    );
  });
});

/** The CLI's publish: every input is a flag of its name. */
const CLI: Surface = { kind: 'cli', flag: (input) => `--${input}` };

it('round-trips a key encrypted here in cosign’s format', async () => {
  const { privateKey, publicKey } = generateKeyPairSync('ec', { namedCurve: 'P-256' });
  const key = await loadCosignKey(encryptCosignKey(privateKey, 's3cret'), 's3cret');
  expect(key.publicKeyPEM).toBe(publicKey.export({ format: 'pem', type: 'spki' }));
});

it('reads the older ENCRYPTED COSIGN PRIVATE KEY label and an empty password', async () => {
  const { privateKey } = generateKeyPairSync('ec', { namedCurve: 'P-256' });
  const pem = encryptCosignKey(privateKey, '', 'ENCRYPTED COSIGN PRIVATE KEY');
  expect(await signsVerifiably(pem)).toBe(true);
});

it('accepts unencrypted PKCS#8 and SEC1 EC keys', async () => {
  const { privateKey } = generateKeyPairSync('ec', { namedCurve: 'P-256' });
  const pkcs8 = privateKey.export({ format: 'pem', type: 'pkcs8' }).toString();
  const sec1 = privateKey.export({ format: 'pem', type: 'sec1' }).toString();
  expect(await signsVerifiably(pkcs8)).toBe(true);
  expect(await signsVerifiably(sec1)).toBe(true);
});

it('masks the password and every line of the key as it reads them', async () => {
  const { privateKey } = generateKeyPairSync('ec', { namedCurve: 'P-256' });
  const pem = encryptCosignKey(privateKey, 'pw');
  const masked: string[] = [];
  await loadCosignKey(pem, 'pw', (s) => masked.push(s));
  const body = pem.split('\n').filter((line) => line && !line.startsWith('-----'));
  expect(masked).toEqual(expect.arrayContaining(['pw', ...body]));
});

it('refuses a public key, naming cosign-key and what to give instead', async () => {
  const { publicKey } = generateKeyPairSync('ec', { namedCurve: 'P-256' });
  const pem = publicKey.export({ format: 'pem', type: 'spki' }).toString();
  const error = await failure(loadCosignKey(pem));
  expect(error.input).toBe('cosign-key');
  expect(error.message).toMatch(/PUBLIC KEY.*cosign\.key/);
});

it('refuses text that is no key at all', async () => {
  const error = await failure(loadCosignKey('hello'));
  expect(error.input).toBe('cosign-key');
});

it('refuses an Ed25519 key, which cosign and Flux do not verify over SHA-256', async () => {
  const { privateKey } = generateKeyPairSync('ed25519');
  const error = await failure(loadCosignKey(encryptCosignKey(privateKey, 'pw'), 'pw'));
  expect(error.input).toBe('cosign-key');
  expect(error.message).toMatch(/ed25519 keys are not supported/);
});

it('refuses a key whose scrypt cost would exhaust the runner', async () => {
  const { privateKey } = generateKeyPairSync('ec', { namedCurve: 'P-256' });
  const [begin, ...rest] = encryptCosignKey(privateKey, 'pw').trim().split('\n');
  const end = rest.pop()!;
  const body = JSON.parse(Buffer.from(rest.join(''), 'base64').toString()) as {
    kdf: { params: { N: number } };
  };
  body.kdf.params.N = 2 ** 30;
  const crafted = [begin, Buffer.from(JSON.stringify(body)).toString('base64'), end].join('\n');
  const error = await failure(loadCosignKey(crafted, 'pw'));
  expect(error.message).toMatch(/scrypt parameters/);
});
