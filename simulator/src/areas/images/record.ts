// An image record as stored (the glance image plus where its bytes are) and its wire form.
import { iso } from '../../time.ts';
import type { ImageRec, Schemas } from '../../state.ts';

export function imageRecord(
  fields: Omit<Partial<ImageRec>, 'id'> & { id: string; name: string; owner: string },
  now: number,
): ImageRec {
  const id = fields.id;
  return {
    status: 'queued',
    size: null,
    virtual_size: null,
    visibility: 'private',
    description: '',
    disk_format: null,
    container_format: 'bare',
    virt_type: null,
    min_cpu: '1',
    min_ram: 1,
    min_disk: 1,
    user_name: null,
    created_at: iso(now),
    updated_at: iso(now),
    checksum: null,
    cas_ostype: null,
    vmware_ostype: null,
    sysdisk_type: null,
    hw_vif_model: 'virtio',
    disk_bus: 'virtio',
    vmware_password: null,
    'os-region-name': '',
    file: `/v2/images/${id}/file`,
    self: `/v2/images/${id}`,
    schema: '/v2/schemas/image',
    tags: [],
    protected: false,
    image_type: 'image',
    instance_uuid: null,
    blob: null,
    ...fields,
  };
}

export function toImage(rec: ImageRec): Schemas['Image'] {
  const { blob: _blob, ...image } = rec;
  return image;
}
