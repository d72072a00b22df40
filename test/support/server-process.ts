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

/** What a finished `dateline` command printed, and its exit code. */
export interface RunResult { code: number | null; stdout: string; stderr: string }

/** Runs `dateline <args>` to the end, with `input` on standard input if given. */
export function runCli(args: string[], env: NodeJS.ProcessEnv, input?: string): Promise<RunResult> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, [BIN, ...args], { env: { ...process.env, ...env }, stdio: [input === undefined ? 'ignore' : 'pipe', 'pipe', 'pipe'] });
    if (input !== undefined) child.stdin?.end(input);
    let stdout = '';
    let stderr = '';
    child.stdout?.on('data', (d: Buffer) => { stdout += d; });
    child.stderr?.on('data', (d: Buffer) => { stderr += d; });
    child.on('close', (code) => resolve({ code, stdout, stderr }));
  });
}

/** Polls `check` every 50 ms for up to `ms`; how long it took to hold, or -1 if it never did. */
export async function waitFor(check: () => Promise<boolean>, ms: number): Promise<number> {
  const start = Date.now();
  while (Date.now() - start < ms) {
    if (await check()) return Date.now() - start;
    await new Promise((r) => setTimeout(r, 50));
  }
  return -1;
}
