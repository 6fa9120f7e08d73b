// A typed image for model tests (not a fixture the UI renders: pages only show API data).
import type { Image } from './types';

export function makeImage(over: Partial<Image> = {}): Image {
  return {
    id: 'img-1',
    name: 'centos',
    status: 'active',
    visibility: 'private',
    min_cpu: '1',
    min_ram: 1024,
    min_disk: 20,
    created_at: '2026-11-01T00:00:00.000Z',
    protected: false,
    owner: 'p1',
    virt_type: 'CAS',
    disk_format: 'qcow2',
    cas_ostype: 'linux|CentOS 7(64-bit)',
    image_type: 'image',
    description: '',
    ...over,
  };
}
