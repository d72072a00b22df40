import { describe, expect, it } from 'vitest';
import { backgroundSweep } from './background-sweep.ts';

const tick = (ms: number) => new Promise((r) => setTimeout(r, ms));

describe('backgroundSweep', () => {
  it('folds a burst of pokes into one sweep', async () => {
    let runs = 0;
    const s = backgroundSweep(async () => { runs += 1; }, () => undefined, 20);
    for (let i = 0; i < 50; i += 1) s.poke();
    await tick(80);
    expect(runs).toBe(1);
    s.stop();
  });

  it('never runs two sweeps at once, and runs again for a write that came during a sweep', async () => {
    let running = 0; let most = 0; let runs = 0;
    const s = backgroundSweep(async () => { running += 1; most = Math.max(most, running); runs += 1; await tick(30); running -= 1; }, () => undefined);
    const first = s.runNow();
    const second = s.runNow();
    await Promise.all([first, second]);
    expect(most).toBe(1);
    expect(runs).toBe(2);
  });

  it('reports a failing sweep and keeps working', async () => {
    const errors: unknown[] = [];
    let fail = true; let ok = 0;
    const s = backgroundSweep(async () => { if (fail) { fail = false; throw new Error('boom'); } ok += 1; }, (e) => errors.push(e));
    await s.runNow();
    await s.runNow();
    expect(errors).toHaveLength(1);
    expect(ok).toBe(1);
  });
});
