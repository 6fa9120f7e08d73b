// What server create refers to and the documents give no API for (api-notes I-31): networks,
// volumes and security groups, read through nova's proxy APIs. The data is seeded; the servers
// area changes volumes (boot from volume, delete) and checks security-group names.
import { defineHandlers, type Area } from '../../area.ts';
import { volumesByProject } from './indexes.ts';
import { securityGroupsOf, volumeWire } from './wire.ts';

const handlers = defineHandlers({
  listComputeNetworks: (ctx) => {
    const p = ctx.params.tenant_id;
    const networks = ctx.sim.state.networks
      .filter((n) => n.shared || n.tenant_id === p)
      .sort((a, b) => a.name.localeCompare(b.name))
      .map((n) => ({
        id: n.id,
        label: n.name,
        cidr: n.cidr,
        shared: n.shared,
        project_id: n.tenant_id,
      }));
    return { status: 200, body: { networks } };
  },
  listComputeVolumesDetail: (ctx) => {
    const volumes = [...(volumesByProject(ctx.sim).get(ctx.params.tenant_id) ?? [])]
      .sort((a, b) => b.created - a.created || (a.id < b.id ? -1 : 1))
      .map(volumeWire);
    return { status: 200, body: { volumes } };
  },
  listComputeSecurityGroups: (ctx) => {
    const groups = securityGroupsOf(ctx.sim, ctx.params.tenant_id).sort(
      (a, b) =>
        Number(b.name === 'default') - Number(a.name === 'default') || a.name.localeCompare(b.name),
    );
    return { status: 200, body: { security_groups: groups } };
  },
});

export const computeReferenceArea = {
  handlers,
  defaults: (s) => {
    s.networks ??= [];
    s.volumes ??= [];
    s.securityGroups ??= [];
  },
} satisfies Area;
