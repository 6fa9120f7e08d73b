// Answers of reads kept while nothing has changed: a GET answered from the same world, with the
// same URL, token and declared headers, is the same bytes until a write lands (any unit of work
// that touches a collection, a timer-driven transition, a reseed, code that took the raw state).
// It keeps a large list page from being rebuilt and re-serialized for each of 200 pollers: the
// work a read costs is then the request's own checks and the socket write ([S1]: p99 at 200
// connections). Entries also expire after `ttlMs`, so a field computed from the clock (a lease's
// time left, a metric's "last hour") is never older than that.
export type CachedRead = {
  status: number;
  headers: Record<string, string> | undefined;
  payload: Buffer;
};

type Entry = CachedRead & { stamp: string; at: number };

export class ReadCache {
  private entries = new Map<string, Entry>();
  private stamp = '';

  private readonly ttlMs: number;
  private readonly maxEntries: number;

  constructor(ttlMs: number, maxEntries = 512) {
    this.ttlMs = ttlMs;
    this.maxEntries = maxEntries;
  }

  get enabled() {
    return this.ttlMs > 0;
  }

  get(key: string, stamp: string, now: number): CachedRead | undefined {
    if (stamp !== this.stamp) {
      // Something changed: every answer kept so far may be wrong.
      this.entries.clear();
      this.stamp = stamp;
      return undefined;
    }
    const hit = this.entries.get(key);
    if (!hit) return undefined;
    if (hit.stamp !== stamp || now - hit.at >= this.ttlMs) {
      this.entries.delete(key);
      return undefined;
    }
    return hit;
  }

  /** Keeps an answer computed while the world was at `stamp` (taken before the handler ran). */
  set(key: string, stamp: string, now: number, read: CachedRead) {
    if (!this.enabled || stamp !== this.stamp) return;
    if (this.entries.size >= this.maxEntries) {
      const oldest = this.entries.keys().next().value;
      if (oldest !== undefined) this.entries.delete(oldest);
    }
    this.entries.set(key, { ...read, stamp, at: now });
  }
}
