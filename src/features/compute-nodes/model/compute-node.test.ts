import { describe, expect, it } from 'vitest';
import {
  canDelete,
  canMoveManager,
  toAddRequest,
  toCheckRequest,
  toEditValues,
  toUpdateRequest,
  type EditableNode,
} from './compute-node';

const NODE: EditableNode = {
  hostName: 'cpn-01',
  vmType: 2,
  hostIp: '10.125.26.11',
  userName: 'admin',
  password: 'Cloud@s2026',
  poolName: 'pool1',
  vxlanOverlayMode: 3,
  storageZone: 'cinder01',
  clusterName: 'cluster1',
  clusterId: '1',
  initMode: 'cas_api',
  vswitch: [{ netName: 'Y2Fz', device: 'vxlan' }],
  pci: null,
  transport_url: 'rabbit://openstack@mq',
  allPass: 'cloudos',
  resourceNode: 'host',
  useLocalStorage: true,
  linkClone: false,
  mode: 'expand',
  ip: '172.25.80.30',
  virtType: 'CAS',
  zone: 'zone-a',
  hypervisors: 3,
  servers: 4,
};

const conn = {
  vmType: 2 as const,
  protocal: 'http' as const,
  hostIp: ' 10.125.26.11 ',
  userName: 'admin',
  password: 'secret1',
};

describe('compute node model', () => {
  it('asks CAS with no switch type and VMware with one', () => {
    expect(toCheckRequest(conn)).toMatchObject({
      vmType: 2,
      hostIp: '10.125.26.11',
      switchType: '',
    });
    expect(toCheckRequest({ ...conn, vmType: 1 }).switchType).toBe('vswitch');
  });

  it('builds the add request from the chosen cluster and networks', () => {
    const req = toAddRequest(
      conn,
      {
        hostName: ' cpn-new ',
        clusterId: '1',
        poolName: 'pool1',
        storageZone: 'cinder191',
        vxlanOverlayMode: 3,
        initMode: 'vmware_api',
        networks: ['Y2Fz', 'bWdtdA==', 'dm0='],
      },
      [
        {
          clusterId: '1',
          clusterName: 'cluster1',
          hostServer: [],
          vswitches: [],
          proxySwitches: [],
        },
      ],
      [
        { netName: 'Y2Fz', type: 'vswitch', device: 'vxlan', isDisabled: false },
        { netName: 'bWdtdA==', type: 'vswitch', device: 'vswitch0', isDisabled: true },
        { netName: 'dm0=', type: 'vswitch', device: 'vSwitch0', isDisabled: false },
      ],
    );
    expect(req).toMatchObject({
      hostName: 'cpn-new',
      clusterName: 'cluster1',
      clusterId: '1',
      vswitch: [{ netName: 'Y2Fz', device: 'vxlan' }],
      pci: null,
    });
  });

  it('refuses deleting a node that runs servers', () => {
    expect(canDelete({ servers: 2 })).toBe('hasServers');
    expect(canDelete({ servers: 0 })).toBe(true);
  });

  it('sends the whole node on edit, keeping the password when left blank', () => {
    const values = { ...toEditValues(NODE), poolName: ' pool2 ' };
    const req = toUpdateRequest(NODE, values);
    expect(req).toMatchObject({ hostName: 'cpn-01', poolName: 'pool2', password: 'Cloud@s2026' });
    expect(req).not.toHaveProperty('servers');
    expect(req).not.toHaveProperty('virtType');
    expect(toUpdateRequest(NODE, { ...values, password: 'n3w-secret' }).password).toBe(
      'n3w-secret',
    );
  });

  it('keeps the manager address while the node runs servers', () => {
    expect(canMoveManager(NODE)).toBe('hasServersMove');
    expect(canMoveManager({ servers: 0 })).toBe(true);
  });
});
