import { spawn, type ChildProcess } from 'node:child_process';

/** The `dateline` command, as a user runs it. */
export const BIN = new URL('../../bin/dateline.js', import.meta.url).pathname;

/**
 * Starts `command` (by default `dateline serve`) on a free port in its own process group and
 * resolves once it says where it listens. Stop it with `process.kill(-child.pid, 'SIGTERM')`.
 */
export function startServer(env: NodeJS.ProcessEnv, command: string[] = [process.execPath, BIN, 'serve'], timeoutMs = 30_000): Promise<{ child: ChildProcess; url: string }> {
  return new Promise((resolve, reject) => {
    const [file, ...args] = command as [string, ...string[]];
    const child = spawn(file, args, { env: { ...process.env, ...env, DATELINE_PORT: '0', DATELINE_HOST: '127.0.0.1', DATELINE_LOG_LEVEL: 'warn' }, stdio: ['ignore', 'pipe', 'pipe'], detached: true });
    let out = '';
    const timer = setTimeout(() => reject(new Error(`server did not start: ${out}`)), timeoutMs);
    child.stdout!.on('data', (d: Buffer) => {
      out += d;
      const match = /listening on (http:\/\/[\d.]+:\d+)/.exec(out);
      if (match) { clearTimeout(timer); resolve({ child, url: match[1] as string }); }
    });
    child.stderr!.on('data', (d: Buffer) => { out += d; });
    child.on('exit', () => reject(new Error(`server exited: ${out}`)));
  });
}
