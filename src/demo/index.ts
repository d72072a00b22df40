/** The demo newsroom: original content that makes a fresh install look like a real site. */
export { seedDemo, type DemoOutcome } from './demo-seed.ts';
export { seedDemoComments } from './demo-comments.ts';
/** The story the demo discussion is under. */
export const DEMO_LEAD_SLUG = 'tram-line-4-extension-consultation-opens';
