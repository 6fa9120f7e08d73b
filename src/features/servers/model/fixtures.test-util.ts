// Typed servers, flavors and images for tests (page tests answer stubbed HTTP with them).
import type { components } from '@contract/schema';
import type { Flavor, Server } from './types';

type Image = components['schemas']['Image'];

export function makeServer(over: Partial<Server> = {}): Server {
  return {
    id: '82750972-9c36-4ed6-9d8c-26fb57aeba88',
    name: 'web-1',
    status: 'ACTIVE',
    created: '2026-11-01T00:00:00Z',
    updated: '2026-11-01T00:05:00Z',
    hostId: 'h1',
    addresses: {},
    flavor: { id: 'f-small', links: [] },
    image: { id: 'img-centos', links: [] },
    user_id: 'u-alice',
    tenant_id: 'p-chengdu',
    metadata: {},
    key_name: null,
    links: [],
    'OS-EXT-AZ:availability_zone': 'az1',
    'OS-EXT-SRV-ATTR:host': 'cvk01',
    'OS-EXT-SRV-ATTR:hypervisor_hostname': 'cvknode01',
    'OS-EXT-SRV-ATTR:instance_name': 'instance-00000001',
    'OS-EXT-STS:vm_state': 'active',
    'OS-EXT-STS:task_state': null,
    'OS-EXT-STS:power_state': 1,
    'OS-SRV-USG:launched_at': '2026-11-01T00:01:00Z',
    'OS-DCF:diskConfig': 'MANUAL',
    accessIPv4: '',
    accessIPv6: '',
    config_drive: false,
    'os-extended-volumes:volumes_attached': [],
    security_groups: [{ name: 'default' }],
    ...over,
  };
}

export function makeFlavor(over: Partial<Flavor> = {}): Flavor {
  return {
    id: 'f-small',
    name: 'm1.small',
    links: [],
    ram: 2048,
    vcpus: 1,
    disk: 20,
    swap: 0,
    'OS-FLV-DISABLED:disabled': false,
    'os-flavor-access:is_public': true,
    rxtx_factor: 1,
    'OS-FLV-EXT-DATA:ephemeral': 0,
    ...over,
  };
}

export function makeImage(over: Partial<Image> = {}): Image {
  return {
    id: 'img-centos',
    name: 'CentOS-7.9',
    status: 'active',
    visibility: 'public',
    min_cpu: '1',
    min_ram: 0,
    min_disk: 0,
    created_at: '2026-11-01T00:00:00.000Z',
    protected: false,
    owner: 'p-admin',
    virt_type: 'CAS',
    disk_format: 'qcow2',
    cas_ostype: 'linux|CentOS 7(64-bit)',
    ...over,
  };
}
