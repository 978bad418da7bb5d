// Independent readers of what we write: skopeo for registries and OCI layouts, GNU tar for tarballs.
import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import type { TestRegistry, TestUser } from './registry.js';

const run = promisify(execFile);

export interface ToolResult {
  stdout: Buffer;
  stderr: string;
}

async function tool(command: string, args: string[], hint: string): Promise<ToolResult> {
  try {
    const { stdout, stderr } = await run(command, args, {
      encoding: 'buffer',
      maxBuffer: 512 * 1024 * 1024,
    });
    return { stdout, stderr: stderr.toString() };
  } catch (error) {
    const e = error as NodeJS.ErrnoException & { stderr?: Buffer };
    if (e.code === 'ENOENT')
      throw new Error(`${command} is not installed: ${hint}`, { cause: error });
    throw new Error(`${command} ${args.join(' ')} failed: ${e.stderr?.toString() ?? e.message}`, {
      cause: error,
    });
  }
}

/** Runs skopeo (Debian package `skopeo`). */
export function skopeo(args: string[]): Promise<ToolResult> {
  return tool('skopeo', args, "install it with 'apt-get install skopeo'");
}

/** `--creds` / `--tls-verify=false` for a test registry, as skopeo takes them. */
export function skopeoRegistryFlags(user?: TestUser, flag = '--creds'): string[] {
  return ['--tls-verify=false', ...(user ? [`${flag}=${user.username}:${user.password}`] : [])];
}

/** The exact manifest bytes skopeo reads at `<repo>:<tag>` (or `@digest`) in a test registry. */
export async function skopeoInspectRaw(
  registry: TestRegistry,
  reference: string,
  user: TestUser | undefined = registry.users.writer,
): Promise<Buffer> {
  const { stdout } = await skopeo([
    'inspect',
    '--raw',
    ...skopeoRegistryFlags(user),
    `docker://${registry.host}/${reference}`,
  ]);
  return stdout;
}

/** Runs GNU tar (Debian package `tar`). */
export function gnuTar(args: string[]): Promise<ToolResult> {
  return tool('tar', args, "install it with 'apt-get install tar'");
}
