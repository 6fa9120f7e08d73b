// Change tracking for the simulator's state. A request that may write works on a view of the
// state through proxies that note which records it touched: the store then commits exactly those
// records before the response leaves (no write costs time proportional to the whole state), and
// indexes over a collection know when to rebuild.
//
// The state's top-level keys are of three kinds, told apart by their value: arrays of records
// ("lists": servers, images, …), plain objects keyed by id ("maps": tokens, computeQuotas, …) and
// scalars (nextTaskId, …). A record is a list element or a map value; any write under it, however
// deep, marks the whole record dirty.

export type Kind = 'list' | 'map' | 'scalar';

export function kindOf(value: unknown): Kind {
  if (Array.isArray(value)) return 'list';
  if (typeof value === 'object' && value !== null) return 'map';
  return 'scalar';
}

/** What one unit of work (a request, a batch of due tasks) changed. */
export class ChangeSet {
  /** Records written in place, per list collection (raw objects). */
  readonly records = new Map<string, Set<object>>();
  /** List collections whose membership or order changed (push, filter and reassign, splice…). */
  readonly lists = new Set<string>();
  /** Keys written or deleted, per map collection. */
  readonly mapKeys = new Map<string, Set<string>>();
  /** Map collections replaced as a whole. */
  readonly maps = new Set<string>();
  readonly scalars = new Set<string>();

  get empty() {
    return (
      this.records.size === 0 &&
      this.lists.size === 0 &&
      this.mapKeys.size === 0 &&
      this.maps.size === 0 &&
      this.scalars.size === 0
    );
  }

  /** The collections this change set touched (for index invalidation). */
  touched(): Set<string> {
    return new Set([
      ...this.records.keys(),
      ...this.lists,
      ...this.mapKeys.keys(),
      ...this.maps,
      ...this.scalars,
    ]);
  }
}

type Raw = Record<string | symbol, unknown>;

const targets = new WeakMap<object, object>();

/** The raw object behind a tracking proxy (or the value itself). */
export function unwrap<T>(value: T): T {
  if (typeof value !== 'object' || value === null) return value;
  return (targets.get(value) as T | undefined) ?? value;
}

const isPlain = (v: unknown): v is Raw => {
  if (typeof v !== 'object' || v === null) return false;
  const proto: unknown = Object.getPrototypeOf(v);
  return proto === Object.prototype || proto === null || Array.isArray(v);
};

/**
 * Replaces tracking proxies inside a value about to be stored with their raw objects, so the raw
 * state never holds a proxy (`state.servers = state.servers.filter(…)` yields an array of them;
 * `{...server}` copies nested ones). Objects already in the state (`known`) are not descended.
 */
export function unwrapDeep<T>(value: T, known: (o: object) => boolean, depth = 0): T {
  if (typeof value !== 'object' || value === null) return value;
  const raw = targets.get(value);
  if (raw) return raw as T;
  if (depth > 0 && known(value)) return value;
  if (!isPlain(value) || Buffer.isBuffer(value)) return value;
  if (Array.isArray(value)) {
    for (let i = 0; i < value.length; i++) {
      const v: unknown = value[i];
      const u = unwrapDeep(v, known, depth + 1);
      if (u !== v) value[i] = u;
    }
    return value;
  }
  const obj: Raw = value;
  for (const key of Object.keys(obj)) {
    const v = obj[key];
    const u = unwrapDeep(v, known, depth + 1);
    if (u !== v) obj[key] = u;
  }
  return value;
}

export type Tracker = {
  /** The state as the unit of work sees it. */
  state: object;
  changes: ChangeSet;
  /** A record of `coll` as the unit of work sees it (for records found through an index). */
  wrap<T>(coll: string, record: T): T;
};

/**
 * A tracking view of `root`. `known(o)` tells whether an object is already a record of the state;
 * `bump(coll, members, appended)` is called on every write so indexes over the collection are
 * rebuilt; `members` is false only for a write inside a list's record (the list still holds the
 * same records), so an index keyed by what never changes (an id) can be kept across it. A record
 * added at a list's end (`push`) comes as `appended`, with `members` false: such an index takes
 * the new record in instead of being rebuilt.
 */
export function track(
  root: Raw,
  known: (o: object) => boolean,
  bump: (coll: string, members: boolean, appended?: object) => void,
): Tracker {
  const changes = new ChangeSet();
  // One proxy per raw object within this unit of work, so identity comparisons hold.
  const proxies = new WeakMap<object, object>();
  const store = (v: unknown) => unwrapDeep(v, known);

  const proxy = <T extends object>(target: T, handler: ProxyHandler<T>): T => {
    const existing = proxies.get(target);
    if (existing) return existing as T;
    const p = new Proxy(target, handler);
    proxies.set(target, p);
    targets.set(p, target);
    return p;
  };

  const markRecord = (coll: string, kind: Kind, top: object | string) => {
    bump(coll, kind !== 'list');
    if (kind === 'list') {
      let set = changes.records.get(coll);
      if (!set) changes.records.set(coll, (set = new Set()));
      set.add(top as object);
    } else {
      let set = changes.mapKeys.get(coll);
      if (!set) changes.mapKeys.set(coll, (set = new Set()));
      set.add(top as string);
    }
  };

  // Anything under a record: writes mark the record.
  const deep = (coll: string, kind: Kind, top: object | string, target: object): object =>
    proxy(target, {
      get(t, prop) {
        const v: unknown = Reflect.get(t, prop);
        const raw = unwrap(v);
        return isPlain(raw) ? deep(coll, kind, top, raw) : raw;
      },
      set(t, prop, v) {
        markRecord(coll, kind, top);
        return Reflect.set(t, prop, store(v));
      },
      deleteProperty(t, prop) {
        markRecord(coll, kind, top);
        return Reflect.deleteProperty(t, prop);
      },
      defineProperty(t, prop, desc) {
        markRecord(coll, kind, top);
        return Reflect.defineProperty(t, prop, { ...desc, value: store(desc.value) });
      },
    });

  const isIndex = (prop: string | symbol) =>
    typeof prop === 'string' && prop !== '' && String(Number(prop) >>> 0) === prop;

  const list = (coll: string, target: unknown[]): unknown[] =>
    proxy(target, {
      get(t, prop) {
        const v: unknown = Reflect.get(t, prop);
        if (isIndex(prop)) {
          const raw = unwrap(v);
          return typeof raw === 'object' && raw !== null ? deep(coll, 'list', raw, raw) : raw;
        }
        return v;
      },
      set(t, prop, v) {
        const value = store(v);
        // `push` sets the new element, then `length` to what it already is: nothing more moved.
        if (prop === 'length' && value === t.length) return true;
        const appended =
          isIndex(prop) && Number(prop) === t.length && typeof value === 'object' && value !== null;
        if (appended) bump(coll, false, value);
        else bump(coll, true);
        changes.lists.add(coll);
        return Reflect.set(t, prop, value);
      },
      deleteProperty(t, prop) {
        bump(coll, true);
        changes.lists.add(coll);
        return Reflect.deleteProperty(t, prop);
      },
    });

  const map = (coll: string, target: Raw): Raw =>
    proxy(target, {
      get(t, prop) {
        const v = t[prop];
        if (typeof prop !== 'string') return v;
        const raw = unwrap(v);
        return typeof raw === 'object' && raw !== null
          ? deep(coll, 'map', prop, raw as object)
          : raw;
      },
      set(t, prop, v) {
        if (typeof prop === 'string') markRecord(coll, 'map', prop);
        return Reflect.set(t, prop, store(v));
      },
      deleteProperty(t, prop) {
        if (typeof prop === 'string') markRecord(coll, 'map', prop);
        return Reflect.deleteProperty(t, prop);
      },
    });

  const state = proxy(root, {
    get(t, prop) {
      const v = t[prop];
      if (typeof prop !== 'string') return v;
      if (Array.isArray(v)) return list(prop, v);
      if (typeof v === 'object' && v !== null) return map(prop, v as Raw);
      return v;
    },
    set(t, prop, v) {
      if (typeof prop !== 'string') return Reflect.set(t, prop, v);
      const value = store(v);
      const kind = kindOf(value);
      bump(prop, true);
      if (kind === 'list') changes.lists.add(prop);
      else if (kind === 'map') changes.maps.add(prop);
      else changes.scalars.add(prop);
      t[prop] = value;
      return true;
    },
  });

  return {
    state,
    changes,
    wrap<T>(coll: string, record: T): T {
      const raw = unwrap(record);
      if (typeof raw !== 'object' || raw === null) return raw;
      return deep(coll, 'list', raw, raw) as T;
    },
  };
}
