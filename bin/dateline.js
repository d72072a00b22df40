#!/usr/bin/env node
// The `dateline` command. TypeScript sources load through tsx, so `npx dateline` works
// straight after `npm ci` with no build step.
import { register } from 'tsx/esm/api';

register();
await import('../src/cli/main.ts');
