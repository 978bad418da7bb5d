// The workflow token for ghcr.io: the last credential source, only for GitHub's registry.
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { workflowTokenCredential } from '../../src/github/credentials.js';
import { dockerConfigCredentials, firstCredential } from '../../src/oci/credentials.js';
import { recordingLog } from '../support/recording-log.js';

let scratch: string;
beforeAll(async () => {
  scratch = await mkdtemp(join(tmpdir(), 'workflow-token-test-'));
});
afterAll(() => rm(scratch, { recursive: true, force: true }));

describe('the workflow token', () => {
  it('is used for ghcr.io with the actor as user name, masked with its Basic form', async () => {
    const log = recordingLog();
    expect(await workflowTokenCredential('ghs_example', 'octocat', log)('ghcr.io')).toMatchObject({
      username: 'octocat',
      password: 'ghs_example',
    });
    expect(log.masked).toContain('ghs_example');
    expect(log.masked).toContain(Buffer.from('octocat:ghs_example').toString('base64'));
  });

  it('is never sent to another registry', async () => {
    const credential = workflowTokenCredential('ghs_example', 'octocat', recordingLog());
    expect(await credential('registry.example.com')).toBeUndefined();
  });

  it('loses to the Docker config, where docker/login-action put a token', async () => {
    const dir = join(scratch, 'docker');
    await mkdir(dir);
    await writeFile(
      join(dir, 'config.json'),
      JSON.stringify({ auths: { 'ghcr.io': { auth: Buffer.from('bot:pat').toString('base64') } } }),
    );
    const log = recordingLog();
    const credentials = firstCredential(
      dockerConfigCredentials({ directory: dir, log }),
      workflowTokenCredential('ghs_example', 'octocat', log),
    );
    expect(await credentials('ghcr.io')).toMatchObject({ username: 'bot', password: 'pat' });
  });
});
