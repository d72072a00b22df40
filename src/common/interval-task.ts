/**
 * Runs a check every `intervalMs` until stopped, one run at a time (a slow run is not joined by
 * the next tick), without keeping the process alive. Failures are left to the check itself.
 */
export function intervalTask(check: () => Promise<unknown>) {
  let timer: NodeJS.Timeout | null = null;
  let running = false;

  /** Runs the check now unless a run is already going; false when skipped. */
  async function runOnce(): Promise<boolean> {
    if (running) return false;
    running = true;
    try {
      await check();
      return true;
    } finally {
      running = false;
    }
  }

  return {
    runOnce,
    start(intervalMs: number): void {
      timer ??= setInterval(() => void runOnce().catch(() => undefined), intervalMs);
      timer.unref();
    },
    stop(): void {
      if (timer) clearInterval(timer);
      timer = null;
    },
  };
}
