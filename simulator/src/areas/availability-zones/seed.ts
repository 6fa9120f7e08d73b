// Seeded availability zones of every kind (nova, cinder, ironic) and which organisations have them.
import type { Rng } from '../../rng.ts';
import type { AzoneProjectRec, AzoneRec, State } from '../../state.ts';
import type { ProjectIds } from '../identity/seed.ts';

const az = (
  id: string,
  zone: string,
  labelName: string,
  virtType: string,
  resourceType: string,
): AzoneRec => ({
  id,
  labelName,
  description: '',
  zone,
  virtType,
  resourceType,
  deleted: 0,
});

export function seedAzones(rng: Rng, p: ProjectIds): Pick<State, 'azones' | 'azoneProjects'> {
  const azones = [
    az('7ec57105-33bc-43df-b750-dbc2438a5339', 'cas191p1c1', 'cas191p1c1', 'CAS', 'nova'),
    az(rng.uuid(), 'cinder191', 'cinder191', 'CAS', 'cinder'),
    az(rng.uuid(), 'caz19', 'caz19', 'CAS', 'nova'),
    az(rng.uuid(), 'vmw_dc01', 'VMware-DC01', 'VMware', 'nova'),
    az(rng.uuid(), 'kvm_pool2', 'KVM-Pool-2', 'KVM', 'nova'),
    az(rng.uuid(), 'iron1', 'iron1', 'BareMetal', 'ironic'),
  ];
  const azIds = azones.map((a) => a.id);
  const azoneProjects: AzoneProjectRec[] = [
    // The cloud administrators' organisation holds every zone.
    ...azIds.map((azoneId) => ({ azoneId, projectId: p.admin })),
    { azoneId: azIds[0] ?? '', projectId: p.chengdu },
    { azoneId: azIds[1] ?? '', projectId: p.chengdu },
    { azoneId: azIds[2] ?? '', projectId: p.mianyang },
    { azoneId: azIds[3] ?? '', projectId: p.mianyang },
    { azoneId: azIds[0] ?? '', projectId: p.rd },
    { azoneId: azIds[4] ?? '', projectId: p.rd },
    { azoneId: azIds[2] ?? '', projectId: p.finance },
  ];
  return { azones, azoneProjects };
}
