// What server create refers to and the documents give no API for (api-notes I-31): networks,
// volumes and security groups, read through nova's proxy APIs. The data is seeded; the servers
// area changes volumes (boot from volume, delete) and checks security-group names.
import { createHash } from 'node:crypto';
import type { components } from '../../../openapi/generated/schema.d.ts';
import type { Area, Ctx } from '../area.ts';
import { novaTime } from './keypairs.ts';
import type { SecurityGroupRec, State, VolumeRec } from '../state.ts';

type S = components['schemas'];

/** States persisted before these collections existed lack them. */
export function reference(state: State) {
  const s = state as Partial<State>;
  s.volumes ??= [];
  s.securityGroups ??= [];
  s.networks ??= [];
  return s as State;
}

export function volumeWire(v: VolumeRec): S['ComputeVolume'] {
  return {
    id: v.id,
    displayName: v.name,
    displayDescription: v.description,
    status: v.status,
    size: v.size,
    availabilityZone: v.az,
    volumeType: v.volume_type,
    bootable: v.bootable,
    attachments: v.attachments.map((a) => ({
      id: v.id,
      volumeId: v.id,
      serverId: a.server_id,
      device: a.device,
    })),
    createdAt: novaTime(v.created),
    metadata: { ...v.metadata },
  };
}

/** The project's security groups; `default` exists for every project even when not stored. */
export function securityGroupsOf(state: State, project: string): SecurityGroupRec[] {
  const mine = reference(state).securityGroups.filter((g) => g.tenant_id === project);
  if (mine.some((g) => g.name === 'default')) return mine;
  const hex = createHash('md5').update(`default-sg:${project}`).digest('hex');
  const id = `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20, 32)}`;
  return [{ id, name: 'default', description: 'default', tenant_id: project, rules: [] }, ...mine];
}

const project = (ctx: Ctx) => ctx.params.tenant_id ?? '';

export const computeReferenceArea: Area = {
  handlers: {
    listComputeNetworks: (ctx) => {
      const p = project(ctx);
      const networks = reference(ctx.sim.state)
        .networks.filter((n) => n.shared || n.tenant_id === p)
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
      const p = project(ctx);
      const volumes = reference(ctx.sim.state)
        .volumes.filter((v) => v.tenant_id === p)
        .sort((a, b) => b.created - a.created || (a.id < b.id ? -1 : 1))
        .map(volumeWire);
      return { status: 200, body: { volumes } };
    },
    listComputeSecurityGroups: (ctx) => {
      const groups = securityGroupsOf(ctx.sim.state, project(ctx)).sort(
        (a, b) =>
          Number(b.name === 'default') - Number(a.name === 'default') ||
          a.name.localeCompare(b.name),
      );
      return { status: 200, body: { security_groups: groups } };
    },
  },
};
