// Child processes of the benchmark: start, wait until they answer, sample their memory, and make
// sure none outlives the bench (normal end, error or Ctrl-C).
import { spawn, type ChildProcess } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { request } from 'node:http';

export interface Child {
  name: string;
  port: number;
  proc: ChildProcess;
  /** Largest resident set seen (VmHWM, else sampled VmRSS), in bytes; null where /proc is missing. */
  peakRss(): number | null;
  /** CPU seconds (user + system) the child has used so far; null where /proc is missing. */
  cpuSeconds(): number | null;
  /** Last lines the child printed, for error messages. */
  output(): string;
  stop(): Promise<void>;
}

const live = new Set<ChildProcess>();
let handlersInstalled = false;

/** Kills every child still running; safe to call from an 'exit' handler (synchronous). */
export function killAll(signal: NodeJS.Signals = 'SIGKILL'): void {
  for (const proc of live) if (proc.exitCode === null && proc.signalCode === null) proc.kill(signal);
}

function installHandlers(): void {
  if (handlersInstalled) return;
  handlersInstalled = true;
  process.on('exit', () => killAll());
  for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP'] as const) {
    process.once(signal, () => {
      console.error(`\nbench: ${signal}, stopping servers`);
      killAll('SIGTERM');
      setTimeout(() => process.exit(130), 300).unref();
    });
  }
}

/** A free TCP port on 127.0.0.1. */
export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      server.close(() => resolve(port));
    });
  });
}

/** Reads VmHWM/VmRSS of `pid` in bytes. */
function memoryOf(pid: number): { hwm: number; rss: number } | null {
  try {
    const status = readFileSync(`/proc/${pid}/status`, 'utf8');
    const kb = (key: string) => Number(new RegExp(`^${key}:\\s+(\\d+) kB`, 'm').exec(status)?.[1] ?? 0) * 1024;
    return { hwm: kb('VmHWM'), rss: kb('VmRSS') };
  } catch {
    return null;
  }
}

/** utime + stime of `pid`, in seconds (fields 14 and 15 of /proc/<pid>/stat, in clock ticks). */
function cpuSecondsOf(pid: number): number | null {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    return (Number(fields[11]) + Number(fields[12])) / 100;
  } catch {
    return null;
  }
}

/** Busy CPU seconds of the whole machine so far, all cores together (from /proc/stat). */
export function machineCpuSeconds(): number | null {
  try {
    const fields = (readFileSync('/proc/stat', 'utf8').split('\n')[0] ?? '').trim().split(/\s+/).slice(1).map(Number);
    const [user = 0, nice = 0, system = 0, , , irq = 0, softirq = 0, steal = 0] = fields;
    return (user + nice + system + irq + softirq + steal) / 100;
  } catch {
    return null;
  }
}

/** CPU use of the machine and of the bench's own processes (this one and its children) at one moment. */
export interface CpuSnapshot { at: number; machine: number | null; ours: number; children: (number | null)[] }

export function cpuSnapshot(children: Child[]): CpuSnapshot {
  const self = process.cpuUsage();
  const each = children.map((c) => c.cpuSeconds());
  const ours = (self.user + self.system) / 1e6 + each.reduce<number>((sum, v) => sum + (v ?? 0), 0);
  return { at: performance.now(), machine: machineCpuSeconds(), ours, children: each };
}

/** Cores' worth of CPU that processes outside the bench used since `since` (null without /proc). */
export function otherCores(children: Child[], since: CpuSnapshot): number | null {
  const now = cpuSnapshot(children);
  if (now.machine === null || since.machine === null) return null;
  return Math.max(0, (now.machine - since.machine) - (now.ours - since.ours)) / ((now.at - since.at) / 1000);
}

/**
 * Waits until no child is still working (autocannon abandons in-flight requests at the end of a
 * run, and a slow server keeps chewing on them) and the rest of the machine is quiet too, so
 * neither steals CPU from the next case. Gives up after `timeoutMs` and says how long it took.
 */
export async function waitQuiet(children: Child[], timeoutMs = 60_000): Promise<{ seconds: number; otherCores: number | null }> {
  const started = performance.now();
  for (;;) {
    const before = cpuSnapshot(children);
    await new Promise((r) => setTimeout(r, 500));
    const other = otherCores(children, before);
    const after = cpuSnapshot(children);
    const childBusy = after.children.some((v, i) => v !== null && before.children[i] != null && v - (before.children[i] as number) > 0.025);
    const seconds = (performance.now() - started) / 1000;
    if ((!childBusy && (other === null || other < 0.1)) || seconds * 1000 > timeoutMs) return { seconds, otherCores: other };
  }
}

/** Starts `node <args>` with `env`, sampling its memory every 100 ms, and waits until `readyPath` answers 200. */
export async function startChild(name: string, port: number, args: string[], env: NodeJS.ProcessEnv, readyPath = '/'): Promise<Child> {
  installHandlers();
  const proc = spawn(process.execPath, args, { env, stdio: ['ignore', 'pipe', 'pipe'] });
  live.add(proc);
  const lines: string[] = [];
  const keep = (chunk: Buffer) => {
    lines.push(...chunk.toString('utf8').split('\n').filter(Boolean));
    if (lines.length > 40) lines.splice(0, lines.length - 40);
  };
  proc.stdout?.on('data', keep);
  proc.stderr?.on('data', keep);
  let peak: number | null = null;
  const sample = () => {
    const memory = proc.pid ? memoryOf(proc.pid) : null;
    if (memory) peak = Math.max(peak ?? 0, memory.hwm, memory.rss);
  };
  const timer = setInterval(sample, 100);
  timer.unref();
  const exited = new Promise<void>((resolve) => proc.once('exit', () => { clearInterval(timer); live.delete(proc); resolve(); }));

  const child: Child = {
    name, port, proc,
    peakRss: () => { if (proc.exitCode === null) sample(); return peak; },
    cpuSeconds: () => (proc.pid ? cpuSecondsOf(proc.pid) : null),
    output: () => lines.join('\n'),
    async stop() {
      if (proc.exitCode !== null || proc.signalCode !== null) return;
      sample();
      clearInterval(timer);
      proc.kill('SIGTERM');
      const killer = setTimeout(() => proc.kill('SIGKILL'), 5000);
      await exited;
      clearTimeout(killer);
    },
  };

  const deadline = Date.now() + 60_000;
  for (;;) {
    if (proc.exitCode !== null || proc.signalCode !== null) throw new Error(`${name} exited before answering:\n${child.output()}`);
    if (await answers200(port, readyPath)) return child;
    if (Date.now() > deadline) throw new Error(`${name} did not answer within 60 s:\n${child.output()}`);
    await new Promise((r) => setTimeout(r, 100));
  }
}

function answers200(port: number, path: string): Promise<boolean> {
  return new Promise((resolve) => {
    const req = request({ host: '127.0.0.1', port, path, method: 'GET' }, (res) => {
      res.resume();
      res.on('end', () => resolve(res.statusCode === 200));
    });
    req.on('error', () => resolve(false));
    req.setTimeout(2000, () => req.destroy());
    req.end();
  });
}

/** One plain GET (no accept-encoding): status, headers and the exact body bytes. */
export function httpGet(port: number, path: string): Promise<{ status: number; headers: Record<string, string | string[] | undefined>; body: Buffer }> {
  return new Promise((resolve, reject) => {
    const req = request({ host: '127.0.0.1', port, path, method: 'GET' }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (c: Buffer) => chunks.push(c));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body: Buffer.concat(chunks) }));
      res.on('error', reject);
    });
    req.on('error', reject);
    req.end();
  });
}

/** How busy `server` (at `index` in the snapshot) was since `since`: cores, and CPU milliseconds per answered request. */
export function serverCpu(server: Child, since: CpuSnapshot, index: number, requests: number): { serverCpuCores: number | null; serverCpuMsPerRequest: number | null } {
  const before = since.children[index] ?? null;
  const after = server.cpuSeconds();
  if (before === null || after === null) return { serverCpuCores: null, serverCpuMsPerRequest: null };
  const seconds = (performance.now() - since.at) / 1000;
  return { serverCpuCores: (after - before) / seconds, serverCpuMsPerRequest: requests > 0 ? ((after - before) * 1000) / requests : null };
}
