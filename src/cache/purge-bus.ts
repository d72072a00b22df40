import pg from 'pg';
import type { Clock } from '../common/clock.ts';
import type { DatabaseHandle, Db } from '../db/index.ts';
import { PURGE_CHANNEL, deletePurgesBefore, findLastPurgeId, findPurgesAfter, insertPurge } from './purge.repository.ts';

export type PurgeListener = (tags: string[]) => void;

const OWN_IDS_LIMIT = 1000;
const PURGE_PAGE = 1000;

/**
 * Carries "these cache tags changed" from writers to every page cache: at once within this
 * process, and to other processes on the same database through the purge log (woken by
 * LISTEN/NOTIFY on PostgreSQL, by SQLite's data_version counter on the embedded database).
 */
export class PurgeBus {
  private readonly listeners = new Set<PurgeListener>();
  private lastSeenId = 0;
  private timer: NodeJS.Timeout | null = null;
  private listenClient: pg.Client | null = null;
  private lastDataVersion = -1;
  private polling = false;
  private lastPrune = 0;
  /** Purges this process logged and already applied; the log must not apply them twice. */
  private readonly ownIds = new Set<number>();

  constructor(private readonly handle: DatabaseHandle, private readonly clock: Clock) {}

  /**
   * Logs a purge inside the caller's transaction and returns its log id; pass that id to
   * {@link announce} once the transaction has committed.
   */
  async record(db: Db, tags: string[]): Promise<number | null> {
    return tags.length > 0 ? insertPurge(db, this.handle.dialect, tags, this.clock.now().toISOString()) : null;
  }

  /** Purges this process's caches now; `ownId` marks a logged purge this process need not re-apply. */
  announce(tags: string[], ownId: number | null = null): void {
    if (ownId !== null) {
      // Bounded: on SQLite a lone process never reads its own rows back to clear them.
      if (this.ownIds.size >= OWN_IDS_LIMIT) this.ownIds.delete(this.ownIds.values().next().value as number);
      this.ownIds.add(ownId);
    }
    for (const listener of this.listeners) listener(tags);
  }

  subscribe(listener: PurgeListener): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  /** Starts following purges made by other processes. */
  async start(intervalMs = 200): Promise<void> {
    this.lastSeenId = await findLastPurgeId(this.handle.db);
    if (this.handle.postgresUrl) await this.listen(this.handle.postgresUrl);
    this.timer = setInterval(() => void this.poll(), intervalMs);
    this.timer.unref();
  }

  async stop(): Promise<void> {
    if (this.timer) clearInterval(this.timer);
    this.timer = null;
    await this.listenClient?.end().catch(() => undefined);
    this.listenClient = null;
  }

  private async listen(url: string): Promise<void> {
    const client = new pg.Client({ connectionString: url });
    client.on('error', () => { this.listenClient = null; });
    client.on('notification', () => void this.poll(true));
    await client.connect();
    await client.query(`LISTEN ${PURGE_CHANNEL}`);
    this.listenClient = client;
  }

  /** Reads new purge-log rows; cheap when nothing changed (SQLite: one pragma read). */
  private async poll(force = false): Promise<void> {
    if (this.polling) return;
    this.polling = true;
    try {
      await this.prune();
      const sqlite = this.handle.sqlite;
      if (sqlite && !force) {
        const version = Number(sqlite.pragma('data_version', { simple: true }));
        if (version === this.lastDataVersion) return;
        this.lastDataVersion = version;
      }
      for (;;) {
        const rows = await findPurgesAfter(this.handle.db, this.lastSeenId, PURGE_PAGE);
        for (const row of rows) {
          this.lastSeenId = Math.max(this.lastSeenId, row.id);
          if (this.ownIds.delete(row.id)) continue;
          this.announce(row.tags.split(' ').filter(Boolean));
        }
        if (rows.length < PURGE_PAGE) break;
      }
    } catch {
      // A failed poll is retried on the next tick; pages stay cached meanwhile.
    } finally {
      this.polling = false;
    }
  }

  private async prune(): Promise<void> {
    const now = Date.now();
    if (now - this.lastPrune < 60_000 && this.lastPrune !== 0) return;
    this.lastPrune = now;
    await deletePurgesBefore(this.handle.db, new Date(this.clock.now().getTime() - 3_600_000).toISOString());
  }
}
