// Who may see and change an image, and what makes image fields valid beyond their schemas.
import type { AuthContext } from '../../auth.ts';
import { badRequest, forbidden } from '../../errors.ts';
import type { Sim } from '../../sim.ts';
import type { ImageRec, Schemas } from '../../state.ts';
import { imageRecord } from './record.ts';
import { randomUUID } from 'node:crypto';

export const visible = (auth: AuthContext, img: ImageRec) =>
  auth.isAdmin || img.visibility === 'public' || img.owner === auth.token.projectId;

export function requireOwner(auth: AuthContext, img: ImageRec) {
  if (!auth.isAdmin && img.owner !== auth.token.projectId) {
    throw forbidden(
      `Image ${img.id} belongs to another project; only its owner or an administrator may change it.`,
    );
  }
}

export function requirePublishRight(auth: AuthContext, visibility: string | undefined) {
  if (visibility === 'public' && !auth.isAdmin) {
    throw forbidden('Only a cloud administrator may make an image public.');
  }
}

const OS_TYPE_FIELDS: ('cas_ostype' | 'vmware_ostype')[] = ['cas_ostype', 'vmware_ostype'];

/** The OS-type rule of create (api-notes I-26), re-checked after a PATCH. */
export function checkOsTypes(
  sim: Sim,
  img: Pick<ImageRec, 'cas_ostype' | 'vmware_ostype' | 'virt_type' | 'sysdisk_type'>,
) {
  for (const field of OS_TYPE_FIELDS) {
    const value = img[field];
    if (value && !sim.state.imageTypes.some((t) => t.operatingSystem === value)) {
      throw badRequest(`${field} "${value}" is not the operatingSystem of any image type.`, [
        { path: `body/${field}`, message: 'is not a known image type' },
      ]);
    }
  }
  if (!img.cas_ostype && !img.vmware_ostype)
    throw badRequest('An image needs cas_ostype or vmware_ostype.');
  if (img.virt_type === 'CAS' && !img.cas_ostype) throw badRequest('A CAS image needs cas_ostype.');
  if (img.virt_type === 'VMware' && (!img.vmware_ostype || !img.sysdisk_type)) {
    throw badRequest('A VMware image needs vmware_ostype and sysdisk_type.');
  }
}

type Fields = Schemas['ImageFields'];

function fieldsToRecord(f: Fields): Partial<ImageRec> {
  return {
    name: f.name,
    description: f.description ?? '',
    visibility: f.visibility,
    disk_format: f.disk_format ?? null,
    virt_type: f.virt_type ?? null,
    container_format: f.container_format ?? 'bare',
    min_cpu: String(f.min_cpu),
    min_ram: f.min_ram,
    min_disk: f.min_disk,
    cas_ostype: f.cas_ostype ?? null,
    vmware_ostype: f.vmware_ostype ?? null,
    sysdisk_type: f.sysdisk_type ?? null,
    disk_bus: f.disk_bus ?? 'virtio',
    hw_vif_model: f.hw_vif_model ?? 'virtio',
    'os-region-name': f['os-region-name'] ?? '',
    user_name: f.user_name ?? null,
    vmware_password: f.vmware_password ?? null,
  };
}

/** A new image of the caller's project from create (or FTP import) fields. */
export function newImage(
  sim: Sim,
  auth: AuthContext,
  f: Fields,
  extra: Partial<ImageRec> = {},
): ImageRec {
  const now = sim.now();
  const img = imageRecord(
    {
      user_name: auth.user.name,
      ...fieldsToRecord(f),
      ...extra,
      id: randomUUID(),
      owner: auth.token.projectId,
      name: f.name ?? '',
    },
    now,
  );
  sim.state.images.push(img);
  return img;
}
