// What a written template must point at (004 §1.11, api-notes Part 5: image, flavor, AZ, user,
// organisation, server type). Checked on every write; a stored template may outlive its image or
// flavor, so readers never rely on these holding later.
import type { AuthContext } from '../../auth.ts';
import { badRequest, forbidden } from '../../errors.ts';
import type { Schemas, State } from '../../state.ts';
import { imageVisibleTo, novaZonesOf } from './scope.ts';

type Fields = Schemas['ServerTemplateFields'];

const bad = (field: string, msg: string) =>
  badRequest(msg, [{ path: `body/${field}`, message: msg }]);

export function checkRefs(state: State, auth: AuthContext, f: Fields) {
  const projectId = f.metadata.projectId;
  if (!auth.isAdmin && projectId !== auth.token.projectId)
    throw forbidden(
      `metadata.projectId ${projectId} is not the project of this token (${auth.token.projectId}).`,
    );
  if (!state.projects.some((p) => p.id === projectId))
    throw bad('metadata/projectId', `Project ${projectId} could not be found.`);
  if (!state.users.some((u) => u.id === f.user_uuid))
    throw bad('user_uuid', `User ${f.user_uuid} could not be found.`);
  if (!state.norms.some((n) => n.uuid === f.metadata.normUuid))
    throw bad('metadata/normUuid', `Server type ${f.metadata.normUuid} is not a known norm.`);
  const zone = novaZonesOf(state, projectId).find((z) => z.id === f.azone_uuid);
  if (!zone)
    throw bad(
      'azone_uuid',
      `Availability zone ${f.azone_uuid} is not a compute zone of project ${projectId}.`,
    );
  if (zone.zone !== f.availability_zone)
    throw bad(
      'availability_zone',
      `availability_zone ${f.availability_zone} is not the name of zone ${zone.id} (${zone.zone}).`,
    );
  const image = state.images.find((i) => i.id === f.image_uuid);
  if (!image || !imageVisibleTo(projectId)(image))
    throw bad('image_uuid', `Image ${f.image_uuid} could not be found.`);
  if (image.status !== 'active')
    throw bad('image_uuid', `Image ${image.name} is ${image.status}, not active.`);
  const flavor = state.flavors.find((x) => x.id === f.flavor_uuid);
  if (!flavor) throw bad('flavor_uuid', `Flavor ${f.flavor_uuid} could not be found.`);
  if (flavor.disabled) throw bad('flavor_uuid', `Flavor ${flavor.name} is disabled.`);
}
