import { CommanderError, type Command } from 'commander';
import { PurgeBus } from '../cache/index.ts';
import { loadConfig } from '../config/index.ts';
import { createArticleImporter } from '../content/index.ts';
import { importNdjson, readLines, type NdjsonImportSummary } from '../importers/index.ts';
import { startRuntime } from '../server/runtime.ts';
import { terminalText } from './terminal-text.ts';

/**
 * Adds `dateline import ndjson FILE`: publishes the articles of a newline-delimited JSON file
 * (or standard input, `-`), matched to earlier imports by externalId, then brings search and
 * related lists up to date before exiting. Exits 1 when any line failed.
 */
export function registerImportCommand(program: Command): void {
  const imports = program.command('import').description('Import articles from other systems.');
  imports.command('ndjson')
    .summary('Publish articles from a file of JSON lines')
    .description('Publish articles from a file of JSON lines, one {"externalId","title","body",…} per line (see README, "Importing articles (NDJSON)"). '
      + 'Running it again updates changed articles and never duplicates. Bad lines are reported by number; the rest still import.')
    .argument('<file>', 'the file to read, or - for standard input')
    .option('--section <section>', 'section (slug or name) for lines that name none; default: the first section, or a new "News"')
    // A wrong invocation (a missing file argument, an unknown option) exits 2, as a missing file
    // does: 1 means "some lines failed", which scripts re-running an import act on.
    .exitOverride((error) => { throw error.exitCode === 0 ? error : new CommanderError(2, error.code, error.message); })
    .action(async (file: string, options: { section?: string }) => {
      const lines = await readLines(file);
      const runtime = await startRuntime(loadConfig());
      try {
        const started = performance.now();
        // A bus of its own: batches still log their purges for running servers, but do not poke
        // this process's index sweeps after every batch (re-sweeping a growing index over and
        // over made a 10,000-article import ten times slower); one sweep runs at the end.
        const quiet = new PurgeBus(runtime.handle, runtime.clock);
        const summary = await importNdjson(lines, createArticleImporter(runtime.handle.db, runtime.clock, quiet), {
          defaultSection: options.section,
          onFailure: (failure) => console.error(`dateline: line ${failure.line}: ${terminalText(failure.reason, 300)}`),
        });
        const imported = performance.now();
        await runtime.indexing.sweepAll();
        console.log(`${formatSummary(summary)} in ${seconds(imported - started)}; indexes updated in ${seconds(performance.now() - imported)}.`);
        if (summary.failed > 0) process.exitCode = 1;
      } finally {
        await runtime.close();
      }
    });
}

/** The summary line: "imported N, updated M, unchanged U, failed F". */
export function formatSummary(summary: NdjsonImportSummary): string {
  return `imported ${summary.imported}, updated ${summary.updated}, unchanged ${summary.unchanged}, failed ${summary.failed}`;
}

function seconds(ms: number): string {
  return `${(ms / 1000).toFixed(1)} s`;
}
