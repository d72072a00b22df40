import { Command, CommanderError } from 'commander';
import { ROLES } from '../accounts/index.ts';
import { isAppError } from '../common/app-error.ts';
import { loadConfig } from '../config/index.ts';
import { DEMO_LEAD_SLUG, seedDemo, seedDemoComments } from '../demo/index.ts';
import { serve } from '../server/main.ts';
import { startRuntime } from '../server/runtime.ts';
import { registerCommentsCommand } from './comments.command.ts';
import { registerImportCommand } from './import.command.ts';

/** Builds the `dateline` command; exported so tests can run it without a child process. */
export function buildCli(): Command {
  const program = new Command('dateline')
    .description('Dateline: a self-hosted news publishing platform.')
    .exitOverride();

  program.command('serve')
    .description('Run the site (migrates the database and, on an empty one, adds the demo newsroom).')
    .action(async () => serve(loadConfig()));

  program.command('migrate')
    .description('Bring the database schema up to date and exit.')
    .action(async () => {
      const runtime = await startRuntime(loadConfig());
      await runtime.close();
      console.log('Dateline: the database is up to date.');
    });

  program.command('demo')
    .description('Add the demo newsroom to an empty database.')
    .option('--reset', 'delete ALL content first, then add the demo newsroom')
    .action(async (options: { reset?: boolean }) => {
      const runtime = await startRuntime(loadConfig());
      try {
        if (options.reset) await runtime.writer.deleteAll();
        const outcome = await seedDemo(runtime.writer, runtime.clock);
        if (outcome.created) await seedDemoComments(runtime.comments, runtime.clock, DEMO_LEAD_SLUG);
        console.log(outcome.created
          ? `Dateline: added the demo newsroom (${outcome.articles} articles).`
          : 'Dateline: the database already has content, so no demo content was added (use --reset to replace everything).');
      } finally {
        await runtime.close();
      }
    });
  const user = program.command('user').description('Manage newsroom accounts.');
  user.command('add')
    .description('Add a user; the password is read from standard input (a prompt on a terminal).')
    .requiredOption('--email <email>', 'their email address (also their sign-in name)')
    .requiredOption('--role <role>', `one of: ${ROLES.join(', ')}`)
    .option('--name <name>', 'their display name (default: the part of the email before @)')
    .action(async (options: { email: string; role: string; name?: string }) => {
      const password = await readPassword();
      const runtime = await startRuntime(loadConfig());
      try {
        await runtime.accounts.createUser({ email: options.email, role: options.role, name: options.name ?? options.email.split('@')[0] ?? options.email, password });
        console.log(`Dateline: added ${options.email.trim().toLowerCase()} as ${options.role}.`);
      } finally {
        await runtime.close();
      }
    });
  registerCommentsCommand(program);
  registerImportCommand(program);
  return program;
}

/** Reads a password: from a prompt (not echoed) on a terminal, else the first line of standard input. */
async function readPassword(): Promise<string> {
  if (process.stdin.isTTY) {
    process.stdout.write('Password: ');
    process.stdin.setRawMode(true);
  }
  const chunks: Buffer[] = [];
  for await (const chunk of process.stdin) {
    chunks.push(chunk as Buffer);
    if (Buffer.concat(chunks).includes(process.stdin.isTTY ? 13 : 10)) break;
  }
  if (process.stdin.isTTY) {
    process.stdin.setRawMode(false);
    process.stdout.write('\n');
  }
  process.stdin.pause();
  return Buffer.concat(chunks).toString('utf8').split(/\r?\n|\r/)[0] ?? '';
}

/** Runs the CLI; every failure ends as one clear line on stderr and a non-zero exit. */
export async function runCli(argv: string[]): Promise<void> {
  try {
    await buildCli().parseAsync(argv, { from: 'user' });
  } catch (error) {
    if (error instanceof CommanderError) {
      process.exitCode = error.exitCode;
      return;
    }
    const message = isAppError(error) && error.expose ? error.message : `unexpected error: ${(error as Error).message}`;
    for (const line of message.split('\n')) console.error(`dateline: ${line}`);
    process.exitCode = isAppError(error) && error.status < 500 ? 2 : 1;
  }
}

