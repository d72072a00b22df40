export interface BackgroundSweep {
  /** Asks for a sweep soon; calls within the debounce window share one run. */
  poke(): void;
  /** Runs a sweep now (after any run already going) and resolves when it is done. */
  runNow(): Promise<void>;
  /** Sweeps now and then every `intervalMs` as a safety net for missed pokes. */
  start(intervalMs: number): void;
  stop(): void;
}

/**
 * Keeps a derived index (search documents, related lists, topics) up to date in the background:
 * writes poke it, a short debounce folds a burst of writes (an import, a bulk publish) into one
 * sweep, and a slow interval catches anything a poke missed (another node's write, a restart).
 * Sweeps must be idempotent; this only guarantees one at a time in this process.
 */
export function backgroundSweep(sweep: () => Promise<unknown>, onError: (error: unknown) => void, debounceMs = 250): BackgroundSweep {
  let timer: NodeJS.Timeout | null = null;
  let current: Promise<void> | null = null;
  let interval: NodeJS.Timeout | null = null;
  const once = async () => { try { await sweep(); } catch (error) { onError(error); } };

  let queued: Promise<void> | null = null;
  function runNow(): Promise<void> {
    if (!current) {
      current = once().finally(() => { current = null; });
      return current;
    }
    // A write that lands during a sweep may be missed by it: everyone arriving meanwhile shares
    // one more sweep after it.
    queued ??= current.then(() => { queued = null; return runNow(); });
    return queued;
  }

  return {
    poke() {
      if (timer) return;
      timer = setTimeout(() => { timer = null; void runNow(); }, debounceMs);
      timer.unref();
    },
    runNow,
    start(intervalMs: number) {
      void runNow();
      interval ??= setInterval(() => void runNow(), intervalMs);
      interval.unref();
    },
    stop() {
      if (timer) clearTimeout(timer);
      timer = null;
      if (interval) clearInterval(interval);
      interval = null;
    },
  };
}
