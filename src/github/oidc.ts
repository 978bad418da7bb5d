// The keyless identity in GitHub Actions: the job's OIDC token for the `sigstore` audience, from
// @actions/core, which Fulcio turns into a certificate naming the workflow.
import * as core from '@actions/core';
import { UserError, ErrorCode } from '../errors.js';
import type { IdentityTokenSource } from '../sign/types.js';

const REQUEST_URL = 'ACTIONS_ID_TOKEN_REQUEST_URL';
const REQUEST_TOKEN = 'ACTIONS_ID_TOKEN_REQUEST_TOKEN';

/**
 * @actions/core's client sets no timeout: a token endpoint that stops answering would hold the job
 * until GitHub cancels it, hours later.
 */
const TOKEN_TIMEOUT_MS = 60_000;

export function actionsIdentityToken(): IdentityTokenSource {
  const env = process.env;
  return {
    check() {
      if (env[REQUEST_URL] && env[REQUEST_TOKEN]) return;
      throw new UserError(
        ErrorCode.SIGN_NO_ID_TOKEN,
        "Keyless signing ('sign: true') needs a GitHub OIDC token, and this job cannot request one " +
          `(${REQUEST_URL} and ${REQUEST_TOKEN} are not set). Grant it with ` +
          '`permissions: id-token: write` on the job or workflow. Pull requests from forks never ' +
          "get one: sign only on pushes, or give 'cosign-key' to sign with a key instead.",
        { input: 'sign' },
      );
    },
    async getToken() {
      this.check();
      // The runner masks the request token in the log; this is for any other place it could go.
      core.setSecret(env[REQUEST_TOKEN]!);
      try {
        // getIDToken masks the token it returns.
        return await withTimeout(core.getIDToken('sigstore'), TOKEN_TIMEOUT_MS);
      } catch (error) {
        throw new UserError(
          ErrorCode.SIGN_ID_TOKEN_FAILED,
          `Could not get a GitHub OIDC token for Sigstore (${oneLine(error)}). Check that the job ` +
            'has `permissions: id-token: write`; re-run the job if GitHub had an outage.',
          { input: 'sign', cause: error },
        );
      }
    },
  };
}

/** @actions/core's message spreads over lines with padding; the annotation keeps to one. */
function oneLine(error: unknown): string {
  const message = error instanceof Error ? error.message : String(error);
  return message.replace(/\s*\n\s*/g, ' ').trim();
}

function withTimeout<T>(promise: Promise<T>, ms: number): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`no answer within ${ms / 1000} s`)), ms);
  });
  return Promise.race([promise, timeout]).finally(() => clearTimeout(timer));
}
