// Lookups of flavors other areas make per row (a server's flavor, a host's load).
import type { Sim } from '../../sim.ts';
import type { FlavorRec } from '../../state.ts';

/** Flavors by id; call once per request and look rows up in the result. */
export function flavorsById(sim: Sim): (id: string) => FlavorRec | undefined {
  const index = sim.index('flavors', 'id', (f) => f.id);
  return (id) => index.get(id)?.[0];
}
