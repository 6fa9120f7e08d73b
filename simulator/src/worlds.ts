// Named worlds (test control only): every request carrying `x-sim-world: <name>` or the cookie
// `sim_world=<name>` is served from that world's own state, seeded on first use, so end-to-end
// tests run in parallel without resetting or waiting for each other. Without --control, and for
// requests that name no world, the default (persisted) world answers.
import type { IncomingHttpHeaders } from 'node:http';
import { Sim, type AreaHooks, type SimOptions } from './sim.ts';

const NAME = /^[A-Za-z0-9_-]{1,64}$/;
/** Worlds beyond this many are dropped, least recently used first (a crashed test leaks its own). */
const MAX_WORLDS = 64;

export function worldName(headers: IncomingHttpHeaders): string | null {
  const header = headers['x-sim-world'];
  const fromHeader = Array.isArray(header) ? header[0] : header;
  if (fromHeader) return NAME.test(fromHeader) ? fromHeader : null;
  const cookie = headers.cookie;
  if (!cookie) return null;
  for (const part of cookie.split(';')) {
    const [k, v] = part.trim().split('=', 2);
    if (k === 'sim_world' && v && NAME.test(v)) return v;
  }
  return null;
}

export class Worlds {
  readonly default: Sim;
  /** Settles once the default world is durable (a fresh seed written, an old file imported). */
  readonly ready: Promise<void>;
  private named = new Map<string, Sim>();
  private opts: SimOptions;
  private areas: AreaHooks[];
  private started = false;

  constructor(opts: SimOptions, areas: AreaHooks[]) {
    this.opts = opts;
    this.areas = areas;
    this.default = new Sim(opts);
    this.ready = this.default.setup(areas);
  }

  /** The world a request names (creating it), or the default world. */
  of(headers: IncomingHttpHeaders): Sim {
    if (!this.opts.control) return this.default;
    const name = worldName(headers);
    return name ? this.get(name) : this.default;
  }

  get(name: string): Sim {
    let world = this.named.get(name);
    if (world) {
      // Map order is insertion order: re-inserting marks it most recently used.
      this.named.delete(name);
      this.named.set(name, world);
      return world;
    }
    world = new Sim({ ...this.opts, dataFile: null, reset: true }, name);
    // In memory only: its setup has nothing to wait for.
    void world.setup(this.areas);
    if (this.started) world.start();
    this.named.set(name, world);
    while (this.named.size > MAX_WORLDS) {
      const oldest = this.named.keys().next().value;
      if (oldest === undefined) break;
      this.drop(oldest);
    }
    return world;
  }

  drop(name: string): boolean {
    const world = this.named.get(name);
    if (!world) return false;
    void world.stop();
    this.named.delete(name);
    return true;
  }

  get size() {
    return this.named.size;
  }

  start() {
    this.started = true;
    this.default.start();
    for (const w of this.named.values()) w.start();
  }

  async stop() {
    const worlds = [this.default, ...this.named.values()];
    this.named.clear();
    await Promise.all(worlds.map((w) => w.stop()));
  }
}
