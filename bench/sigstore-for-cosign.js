// The loopback Sigstore (__tests__/support/sigstore.ts, @sigstore/mock's handlers) as cosign v3
// can sign against it: a forwarding server in front of it that makes four answers what the real
// services give, where the mock differs and cosign (sigstore-go) depends on it. Nothing else is
// changed; the certificates, log entries and tokens are the mock's own. The action talks to the
// stack directly (its client accepts the mock as it is).
//
// 1. The Actions token endpoint: cosign sends `Authorization: bearer …` (sigstore/cosign
//    pkg/providers/github/github.go); the scheme is case-insensitive (RFC 9110 §11.1) and GitHub
//    accepts it, the mock compares `Bearer …` exactly.
// 2. Fulcio's request: sigstore-go sends the ID token in the Authorization header, not in the body
//    (sigstore/sigstore-go pkg/sign/certificate.go); real Fulcio takes it from either (sigstore/
//    fulcio pkg/server/grpc_server.go), the mock only from `credentials.oidcIdentityToken`.
// 3. Fulcio's answer: 200 from real Fulcio's v2 API, which sigstore-go requires; the mock says 201.
// 4. Rekor's answer to a new entry: real Rekor names the entry in an ETag header, which
//    sigstore-go reads the entry by (pkg/sign/transparency.go); the mock sends none.
import { Buffer } from 'node:buffer';
import { createServer, request } from 'node:http';
import { URL } from 'node:url';

async function bodyOf(stream) {
  const chunks = [];
  for await (const chunk of stream) chunks.push(chunk);
  return Buffer.concat(chunks);
}

function forward(upstream, method, path, headers, body) {
  return new Promise((resolve, reject) => {
    const outgoing = request(
      { host: upstream.hostname, port: upstream.port, method, path, headers },
      (incoming) =>
        bodyOf(incoming).then(
          (bytes) => resolve({ status: incoming.statusCode, headers: incoming.headers, bytes }),
          reject,
        ),
    );
    outgoing.on('error', reject);
    outgoing.end(body);
  });
}

async function handle(upstream, req) {
  let body = await bodyOf(req);
  const headers = { ...req.headers };
  delete headers.host;
  const token = /^bearer (.+)$/i.exec(headers.authorization ?? '')?.[1];
  if (token) headers.authorization = `Bearer ${token}`; // 1
  const fulcio = req.url.startsWith('/fulcio/');
  if (fulcio && token) {
    const json = JSON.parse(body.toString('utf8'));
    json.credentials ??= { oidcIdentityToken: token }; // 2
    body = Buffer.from(JSON.stringify(json));
  }
  headers['content-length'] = String(body.length);
  const answer = await forward(upstream, req.method, req.url, headers, body);
  const answerHeaders = { ...answer.headers, 'content-length': String(answer.bytes.length) };
  delete answerHeaders['transfer-encoding'];
  let status = answer.status;
  if (fulcio && status === 201) status = 200; // 3
  const newEntry = req.method === 'POST' && req.url.startsWith('/rekor/api/v1/log/entries');
  if (newEntry && status === 201) {
    answerHeaders.etag = Object.keys(JSON.parse(answer.bytes.toString('utf8')))[0]; // 4
  }
  return { status, headers: answerHeaders, bytes: answer.bytes };
}

/**
 * A server in front of the stack at `stack.fulcioURL`'s origin. Returns its origin (the stack's
 * paths under it: /fulcio, /rekor, /oidc/token) and `stop()`.
 */
export async function sigstoreForCosign(stack) {
  const upstream = new URL(stack.fulcioURL);
  const server = createServer((req, res) => {
    handle(upstream, req).then(
      ({ status, headers, bytes }) => {
        res.writeHead(status, headers);
        res.end(bytes);
      },
      (error) => {
        res.writeHead(502, { 'content-type': 'text/plain' });
        res.end(`sigstore-for-cosign: ${error.message}`);
      },
    );
  });
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
  return {
    origin: `http://127.0.0.1:${server.address().port}`,
    stop: () =>
      new Promise((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
