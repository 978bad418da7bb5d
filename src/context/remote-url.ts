// The https address of a Git remote, for the `source` annotation. Remotes come in several
// spellings (https with credentials, ssh://, scp-like user@host:path, git://); the annotation is
// public, so whatever userinfo the remote URL carried must never reach it.

const SCP_LIKE = /^(?:[^@/]+@)?([^:/]+):(?!\/)(.+)$/;

/** `https://host/org/repo` for a remote URL, or undefined for a local path or unknown form. */
export function httpsRepositoryUrl(remote: string): string | undefined {
  const scp = SCP_LIKE.exec(remote);
  if (scp && !remote.includes('://')) return join('https:', scp[1] ?? '', scp[2] ?? '');
  let url: URL;
  try {
    url = new URL(remote);
  } catch {
    return undefined;
  }
  switch (url.protocol) {
    case 'https:':
    case 'http:':
      // `host` keeps a web port; an ssh or git port means nothing to https, so those drop it.
      return join(url.protocol, url.host, url.pathname);
    case 'ssh:':
    case 'git:':
    case 'git+ssh:':
    case 'ssh+git:':
      return join('https:', url.hostname, url.pathname);
    default:
      return undefined;
  }
}

function join(protocol: string, host: string, path: string): string | undefined {
  const clean = path.replace(/^\/+|\/+$/g, '').replace(/\.git$/, '');
  return host && clean ? `${protocol}//${host}/${clean}` : undefined;
}
