// Host aggregates (004 §1.14): the form ↔ request mapping, the delete guard, and which compute
// hosts may join an aggregate (a host belongs to one zone: only hosts of the aggregate's zone or
// of no zone yet can be added).
import type { components } from '@contract/schema';

type S = components['schemas'];
export type Aggregate = S['Aggregate'];
export type AggregateCreate = S['AggregateCreate'];
export type AggregateUpdate = S['AggregateUpdate'];

export const NAME_MAX = 16;

export type FormValues = { name: string; zone: string };

export const toCreateRequest = (v: FormValues): AggregateCreate => ({
  aggregate: { name: v.name.trim(), availability_zone: v.zone },
});

/** Only what changed (the service refuses moving an aggregate that has hosts). */
export function toUpdateRequest(a: Aggregate, v: FormValues): AggregateUpdate {
  const name = v.name.trim();
  return {
    aggregate: {
      ...(name !== a.name ? { name } : {}),
      ...(v.zone !== a.availability_zone ? { availability_zone: v.zone } : {}),
    },
  };
}

export const fromAggregate = (a: Aggregate): FormValues => ({
  name: a.name,
  zone: a.availability_zone,
});

/** Why an aggregate cannot be deleted (an i18n key under aggregates:guards), or true. */
export const canDelete = (a: Aggregate): true | 'hasHosts' => (a.hosts.length ? 'hasHosts' : true);

/** Why a host cannot be chosen, or true. */
export type Candidate = { host: string; zone: string | undefined; ok: true | 'otherZone' };

/**
 * The compute hosts not yet members, each with whether it may join: `hostZone` is the zone each
 * host is known to be in (from the zones' services); a host with no known zone is in nova's
 * default zone and joins the aggregate's.
 */
export function candidateHosts(
  a: Aggregate,
  hosts: readonly string[],
  hostZone: ReadonlyMap<string, string>,
): Candidate[] {
  return hosts
    .filter((h) => !a.hosts.includes(h))
    .map((host) => {
      const zone = hostZone.get(host);
      const ok = zone === undefined || zone === 'nova' || zone === a.availability_zone;
      return { host, zone, ok: ok ? true : 'otherZone' };
    });
}
