import { expect, test } from 'vitest';
import { httpsRepositoryUrl } from '../../src/context/remote-url.js';

test.each([
  ['https://github.com/org/repo.git', 'https://github.com/org/repo'],
  ['https://github.com/org/repo', 'https://github.com/org/repo'],
  ['https://x-access-token:ghs_secret@github.com/org/repo.git', 'https://github.com/org/repo'],
  [
    'https://gitlab.example.com:8443/group/sub/repo.git/',
    'https://gitlab.example.com:8443/group/sub/repo',
  ],
  ['http://git.internal/org/repo.git', 'http://git.internal/org/repo'],
  ['git@github.com:org/repo.git', 'https://github.com/org/repo'],
  ['github.com:org/repo', 'https://github.com/org/repo'],
  ['ssh://git@github.com:22/org/repo.git', 'https://github.com/org/repo'],
  ['git://git.kernel.org/pub/scm/git/git.git', 'https://git.kernel.org/pub/scm/git/git'],
])('%s → %s', (remote, url) => {
  expect(httpsRepositoryUrl(remote)).toBe(url);
});

test.each(['/srv/git/repo.git', '../repo', 'file:///srv/git/repo.git', 'https://github.com/'])(
  '%s has no https address',
  (remote) => {
    expect(httpsRepositoryUrl(remote)).toBeUndefined();
  },
);
