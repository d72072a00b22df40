import { join } from 'node:path';
import { can, createAccountsService, createPasswordResetService, createResetMailer, createUsersService } from '../accounts/index.ts';
import { createCommentsService, createMailer } from '../comments/index.ts';
import { backgroundSweep, type BackgroundSweep } from '../common/background-sweep.ts';
import type { Clock } from '../common/clock.ts';
import { PageCache, PurgeBus } from '../cache/index.ts';
import type { Config } from '../config/index.ts';
import { cacheTags, createWriteRunner, createContentReader, createContentWriter, createCorrectionsService, createPreviewLinks, createPublicationWatcher, createRevisionService, createWorkflow } from '../content/index.ts';
import { createTaxonomyWriter } from '../content/index.ts';
import type { DatabaseHandle } from '../db/index.ts';
import { createRelatedFinder } from '../related/index.ts';
import { createTopicIndexer, createTopicsService } from '../topics/index.ts';
import { createSearch } from '../search/index.ts';
import { createSiteService, loadAssetUrls } from '../site/index.ts';
import { createLocalDiskStorage, createMediaService } from '../media/index.ts';

/** Every service of one process, wired once; the app and the CLI take what they need from it. */
export function createServices(handle: DatabaseHandle, config: Readonly<Config>, clock: Clock) {
  const purges = new PurgeBus(handle, clock);
  const content = createContentReader(handle.db, clock);
  const writer = createContentWriter(handle.db, clock, purges);
  const workflow = createWorkflow(handle.db, clock, purges);
  const revisions = createRevisionService(handle.db, writer);
  const previews = createPreviewLinks(handle.db, clock, config.siteUrl);
  const corrections = createCorrectionsService(handle.db, clock, purges);
  const related = createRelatedFinder(handle.db, clock, content, purges);
  const taxonomy = createTaxonomyWriter(handle.db, clock, purges);
  const accounts = createAccountsService(handle.db, clock);
  const users = createUsersService(handle.db, clock, accounts, content);
  const passwordResets = createPasswordResetService({ db: handle.db, clock, siteUrl: config.siteUrl, mailer: createResetMailer(config.smtpUrl, config.mailFrom) });
  const comments = createCommentsService({
    db: handle.db, clock, purges, siteUrl: config.siteUrl, mailer: createMailer(config.smtpUrl, config.mailFrom),
    moderatorEmails: async () => (await users.list()).filter((u) => !u.disabled && can(u.role, 'comment.moderate')).map((u) => u.email),
    siteTitle: async () => (await content.getSiteSettings()).title,
    logError: (error, message) => console.error(`${message}: ${error instanceof Error ? error.message : String(error)}`),
  });
  const topics = createTopicsService(handle.db, clock, createWriteRunner(handle.db, purges), content);
  const topicIndexer = createTopicIndexer(handle.db, clock, createWriteRunner(handle.db, purges));
  const site = createSiteService({ content, related, redirects: taxonomy, comments, topics, siteUrl: config.siteUrl, assets: loadAssetUrls() });
  const cache = config.pageCache === 'on' ? new PageCache(config.pageCacheMaxBytes) : null;
  // Derived indexes (search, related lists, topics) follow content writes in the background:
  // every purge pokes them; `dateline import` and tests run them to completion with sweepAll.
  const search = createSearch(handle.db, handle.dialect, clock, content);
  const indexes: DerivedIndex[] = [
    // Topics before related lists, which weigh shared topics: a command's sweepAll then
    // computes each list once (in the background a list follows its topics when they arrive).
    { name: 'topics', sweep: () => topicIndexer.sweep() },
    { name: 'related', sweep: () => related.sweep() },
    { name: 'search', sweep: () => search.sweep() },
  ];
  const sweeps = new Map<string, BackgroundSweep>(indexes.map((index) => [index.name, backgroundSweep(
    index.sweep, (error) => console.error(`Dateline: updating the ${index.name} index failed: ${error instanceof Error ? error.message : String(error)}`),
  )]));
  // Only a serving process follows writes in the background (`start`); a command or a test that
  // wants the indexes current says so with sweepAll, and is not surprised by sweeps of its own.
  let following = false;
  const indexing = {
    sweeps,
    /** Brings every derived index up to date now. */
    async sweepAll(): Promise<void> { for (const sweep of sweeps.values()) await sweep.runNow(); },
    start(intervalMs = 30_000): void { following = true; for (const sweep of sweeps.values()) sweep.start(intervalMs); },
    stop(): void { following = false; for (const sweep of sweeps.values()) sweep.stop(); },
    get following(): boolean { return following; },
  };
  purges.subscribe((tags) => {
    // A comment thread changing (held, approved, closed) changes no article: the indexes need no
    // sweep for it, and on a busy comment day those sweeps would be most of the work.
    if (following && !tags.every(isCommentTag)) for (const sweep of sweeps.values()) sweep.poke();
    cache?.purge(tags);
    related.forget();
    if (tags.includes(cacheTags.everything) || tags.includes(cacheTags.sections)) site.forgetFrame();
    if (tags.includes(cacheTags.everything)) comments.forgetSettings();
  });
  const publications = createPublicationWatcher(handle.db, clock, (tags) => purges.announce(tags));
  const media = createMediaService({
    db: handle.db, clock, storage: createLocalDiskStorage(join(config.dataDir, 'media')),
    maxBytes: config.mediaMaxBytes, maxPixels: config.mediaMaxPixels,
  });
  return { handle, config, clock, purges, indexing, topics, topicIndexer, search, comments, content, writer, workflow, revisions, previews, taxonomy, corrections, related, site, cache, publications, accounts, passwordResets, users, media };
}

const COMMENT_TAG = cacheTags.comments(0).replace(/0$/, '');
const isCommentTag = (tag: string) => tag.startsWith(COMMENT_TAG);

/** An index derived from articles, kept up to date by sweeps (see common/background-sweep.ts). */
interface DerivedIndex { name: string; sweep: () => Promise<unknown> }

export type Services = ReturnType<typeof createServices>;
