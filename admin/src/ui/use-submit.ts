import { useState } from 'react';

/**
 * One request from a form at a time: `busy` while it runs (the submit button is disabled by it),
 * and the problem it ended with. `none` is the "no problem" value: it must keep its identity
 * across renders, because a memoised error summary takes focus whenever its list is new.
 * `toProblem` turns what the request threw into something to show.
 */
export function useSubmit<P>(none: P, toProblem: (error: unknown) => P) {
  const [busy, setBusy] = useState(false);
  const [problem, setProblem] = useState<P>(none);

  /** Runs `work` with the last problem cleared; a throw becomes the problem to show. */
  async function run(work: () => Promise<void>): Promise<void> {
    setBusy(true);
    setProblem(none);
    try {
      await work();
    } catch (error) {
      setProblem(toProblem(error));
    } finally {
      setBusy(false);
    }
  }

  return { busy, problem, setProblem, run };
}
