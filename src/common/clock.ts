/** The source of "now". Services take a Clock so tests can pin time instead of sleeping. */
export interface Clock {
  now(): Date;
}

/** The wall clock. */
export const systemClock: Clock = { now: () => new Date() };

/** A clock that stays where it is put; for tests and for replaying imports. */
export function fixedClock(start: Date): Clock & { set(date: Date): void; advance(ms: number): void } {
  let current = new Date(start);
  return {
    now: () => new Date(current),
    set: (date) => { current = new Date(date); },
    advance: (ms) => { current = new Date(current.getTime() + ms); },
  };
}
