// A project's compute usage, counted from its servers, and the quota check (api-notes 4.8).
import { SimError } from '../../errors.ts';
import type { Sim } from '../../sim.ts';
import type { ComputeQuotaRec } from '../../state.ts';
import { flavorsById } from '../flavors/indexes.ts';
import { serversByProject } from './indexes.ts';

const QUOTA_KEYS: (keyof ComputeQuotaRec)[] = ['instances', 'cores', 'ram'];

export function usage(sim: Sim, project: string): ComputeQuotaRec {
  const flavor = flavorsById(sim);
  const used = { instances: 0, cores: 0, ram: 0 };
  for (const s of serversByProject(sim).get(project) ?? []) {
    const f = flavor(s.flavor_id);
    used.instances += 1;
    used.cores += f?.vcpus ?? 0;
    used.ram += f?.ram ?? 0;
  }
  return used;
}

/** 403 "Quota exceeded" when adding `delta` to the project's usage passes a limit (4.8). */
export function checkQuota(sim: Sim, project: string, delta: ComputeQuotaRec) {
  const limits = sim.state.computeQuotas[project];
  if (!limits) return;
  const used = usage(sim, project);
  for (const key of QUOTA_KEYS) {
    const limit = limits[key];
    if (delta[key] <= 0 || limit < 0) continue;
    if (used[key] + delta[key] > limit) {
      throw new SimError(
        403,
        `Quota exceeded for ${key}: Requested ${delta[key]}, but already used ${used[key]} of ${limit} ${key}.`,
        { reason: 'Forbidden' },
      );
    }
  }
}
