/** One cached response, stored already compressed so a hit costs no CPU beyond the send. */
export interface CachedPage {
  status: number;
  headers: Record<string, string>;
  identity: Buffer;
  gzip: Buffer;
  brotli: Buffer;
  etag: string;
  tags: string[];
}

/**
 * Rendered pages in process memory, bounded by bytes (least recently used leaves first) and
 * indexed by tag, so a purge drops exactly the pages that showed what changed.
 */
export class PageCache {
  private readonly entries = new Map<string, CachedPage>();
  private readonly byTag = new Map<string, Set<string>>();
  private bytes = 0;
  /** Bumped by every purge, so a render that began before one knows not to store its result. */
  generation = 0;

  constructor(private readonly maxBytes: number) {}

  get(key: string): CachedPage | undefined {
    const entry = this.entries.get(key);
    if (entry) {
      // Re-inserting moves the key to the back of the Map's order: the LRU end is the front.
      this.entries.delete(key);
      this.entries.set(key, entry);
    }
    return entry;
  }

  set(key: string, entry: CachedPage): void {
    const size = sizeOf(entry);
    if (size > this.maxBytes) return;
    this.delete(key);
    this.entries.set(key, entry);
    this.bytes += size;
    for (const tag of entry.tags) {
      let keys = this.byTag.get(tag);
      if (!keys) this.byTag.set(tag, (keys = new Set()));
      keys.add(key);
    }
    for (const oldest of this.entries.keys()) {
      if (this.bytes <= this.maxBytes) break;
      this.delete(oldest);
    }
  }

  /** Drops every page carrying any of `tags`; `*` drops everything. */
  purge(tags: readonly string[]): number {
    this.generation += 1;
    if (tags.includes('*')) {
      const n = this.entries.size;
      this.clear();
      return n;
    }
    let dropped = 0;
    for (const tag of tags) {
      const keys = this.byTag.get(tag);
      if (!keys) continue;
      for (const key of [...keys]) if (this.delete(key)) dropped += 1;
    }
    return dropped;
  }

  clear(): void {
    this.entries.clear();
    this.byTag.clear();
    this.bytes = 0;
  }

  get size(): number { return this.entries.size; }
  get byteSize(): number { return this.bytes; }

  private delete(key: string): boolean {
    const entry = this.entries.get(key);
    if (!entry) return false;
    this.entries.delete(key);
    this.bytes -= sizeOf(entry);
    for (const tag of entry.tags) {
      const keys = this.byTag.get(tag);
      keys?.delete(key);
      if (keys?.size === 0) this.byTag.delete(tag);
    }
    return true;
  }
}

function sizeOf(entry: CachedPage): number {
  return entry.identity.length + entry.gzip.length + entry.brotli.length + 256;
}
