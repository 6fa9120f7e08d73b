// What the areas declare about themselves: the collections each owns (with the defaults a state
// saved before the area existed gets) and the handlers, one per operation and area.
import { describe, expect, it } from 'vitest';
import { SIM_AREAS } from '../src/areas/registry.ts';
import { seedState } from '../src/seed.ts';
import type { State } from '../src/state.ts';

/** Keys of the state that belong to the store and the task runner, not to an area. */
const STORE_KEYS = ['version', 'seed', 'scale', 'tasks', 'nextTaskId'];

describe('areas', () => {
  it('own every collection of the state, each collection exactly one area', () => {
    const owners = new Map<string, number[]>();
    SIM_AREAS.forEach((area, i) => {
      const filled: Partial<State> = {};
      area.defaults?.(filled);
      for (const key of Object.keys(filled)) owners.set(key, [...(owners.get(key) ?? []), i]);
    });
    const collections = Object.keys(seedState(1, 1)).filter((k) => !STORE_KEYS.includes(k));
    expect([...owners.keys()].sort()).toEqual(collections.sort());
    expect([...owners].filter(([, areas]) => areas.length > 1)).toEqual([]);
  });

  it('fill only what a loaded state lacks', () => {
    const seeded = seedState(7, 1);
    const before = JSON.stringify(seeded);
    for (const area of SIM_AREAS) area.defaults?.(seeded);
    expect(JSON.stringify(seeded)).toBe(before);
  });

  it('give a state saved before them what their handlers rely on', () => {
    const { servers, flavors, azones } = seedState(7, 1);
    const old: Partial<State> = { servers, flavors, azones };
    for (const area of SIM_AREAS) area.defaults?.(old);
    expect(old.leases).toEqual([]);
    expect(old.nextInstanceNo).toBe(servers.length + 1);
    expect(old.nextKeypairId).toBe(1);
    // Hypervisors are derived from the servers already there, as the seed derives them.
    expect(old.hypervisors?.length).toBe(seedState(7, 1).hypervisors.length);
  });

  it('handle each operation in one area only', () => {
    const seen = new Map<string, number>();
    for (const area of SIM_AREAS)
      for (const id of Object.keys(area.handlers)) seen.set(id, (seen.get(id) ?? 0) + 1);
    expect([...seen].filter(([, n]) => n > 1)).toEqual([]);
  });
});
