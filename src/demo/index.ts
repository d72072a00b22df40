/** The demo newsroom: original content that makes a fresh install look like a real site. */
export { seedDemo, type DemoOutcome } from './demo-seed.ts';
