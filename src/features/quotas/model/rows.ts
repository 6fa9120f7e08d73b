// The organisations table's rows: each organisation with its limits and pressure.
import type { AbsoluteLimits } from '@/api/resources/quotas';
import { pressure, type ResourceKey } from './usage';

export type OrgQuotaRow = {
  id: string;
  name: string;
  enabled: boolean;
  limits: AbsoluteLimits;
  pressure: number;
  pressureResource: ResourceKey | null;
};

/** Joins the limits to the organisations by id; limits of an unknown id keep the id as name. */
export function toRows(
  limits: readonly AbsoluteLimits[] | undefined,
  projects: readonly { id: string; name: string; enabled: boolean }[] | undefined,
): OrgQuotaRow[] | undefined {
  if (!limits) return undefined;
  const byId = new Map((projects ?? []).map((p) => [p.id, p]));
  return limits.map((l) => {
    const p = byId.get(l.projectId);
    const worst = pressure(l);
    return {
      id: l.projectId,
      name: p?.name ?? l.projectId,
      enabled: p?.enabled ?? true,
      limits: l,
      pressure: worst.ratio,
      pressureResource: worst.resource,
    };
  });
}
