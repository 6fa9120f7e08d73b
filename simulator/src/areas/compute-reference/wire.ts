// Volumes as nova's os-volumes proxy shows them, and a project's security groups.
import { createHash } from 'node:crypto';
import type { Sim } from '../../sim.ts';
import type { Schemas, SecurityGroupRec, VolumeRec } from '../../state.ts';
import { novaTime } from '../../time.ts';
import { securityGroupsByProject } from './indexes.ts';

export function volumeWire(v: VolumeRec): Schemas['ComputeVolume'] {
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
export function securityGroupsOf(sim: Sim, project: string): SecurityGroupRec[] {
  const mine = [...(securityGroupsByProject(sim).get(project) ?? [])];
  if (mine.some((g) => g.name === 'default')) return mine;
  const hex = createHash('md5').update(`default-sg:${project}`).digest('hex');
  const id = `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20, 32)}`;
  return [{ id, name: 'default', description: 'default', tenant_id: project, rules: [] }, ...mine];
}
