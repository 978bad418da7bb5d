// A Sigstore service receives the OIDC token and the signatures: https:// only, plain HTTP only on
// loopback (a private test deployment), the same rule for the URL inputs and a signing config's.
import { describe, expect, it } from 'vitest';
import { serviceURLProblem } from '../../src/sign/service-url.js';

describe('a Sigstore service URL', () => {
  it.each([
    'https://fulcio.sigstore.dev',
    'https://rekor.example.com:8443/path',
    'http://127.0.0.1:3000',
    'http://localhost:8080',
    'http://[::1]:9000',
  ])('may be %s', (url) => {
    expect(serviceURLProblem(url)).toBeUndefined();
  });

  it('may not be plain HTTP to a host off loopback', () => {
    expect(serviceURLProblem('http://rekor.example.com')).toBe(
      "'http://rekor.example.com' is not an https:// URL (plain HTTP only for loopback)",
    );
  });

  it('may not be another scheme', () => {
    expect(serviceURLProblem('ftp://127.0.0.1/fulcio')).toMatch(/is not an https:\/\/ URL/);
  });

  it('must be a URL', () => {
    expect(serviceURLProblem('fulcio.example.com')).toBe(
      "'fulcio.example.com' is not a URL: give an https:// address",
    );
  });
});
