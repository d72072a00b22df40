// The entry point bin/dateline.js bundles and runs: the CLI with this process's arguments.
import { runCli } from './main.ts';

await runCli(process.argv.slice(2));
