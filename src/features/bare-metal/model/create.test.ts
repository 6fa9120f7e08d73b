import { describe, expect, it } from 'vitest';
import {
  ALIAS,
  bareMetalZoneOf,
  flavorFitsNode,
  isDeployable,
  nodeCapableFlavors,
  nodePortMap,
  portChoices,
  reusedPorts,
  SERVER_NAME,
  toBareMetalBody,
  type BmCreateValues,
} from './create';

const values: BmCreateValues = {
  name: 'bms-web',
  zone: 'iron1',
  nodeId: '',
  flavorId: 'f1',
  imageId: 'i1',
  networking: 'flat',
  networks: ['n1'],
  auth: 'password',
  password: 'zaq1@WSX',
  passwordConfirm: 'zaq1@WSX',
};
const ctx = { userName: 'admin', zoneId: 'z1', accessKey: 'c0h0eGZm' };

describe('toBareMetalBody', () => {
  it('builds the flat body of 004:L14868 with the accessKey in metadata (004:L15609)', () => {
    expect(toBareMetalBody({ ...values, alias: 'web', description: 'd' }, ctx)).toEqual({
      server: {
        name: 'bms-web',
        imageRef: 'i1',
        flavorRef: 'f1',
        networks: [{ uuid: 'n1' }],
        security_groups: [{ name: 'default' }],
        adminPass: 'zaq1@WSX',
        availability_zone: 'iron1',
        config_drive: true,
        metadata: {
          user_name: 'admin',
          zone_uuid: 'z1',
          enableAdminPass: '1',
          extraType: 'BareMetal',
          alias: 'web',
          description: 'd',
          accessKey: 'c0h0eGZm',
        },
      },
    });
  });

  it('builds the multi-tenant body of 004:L15131: port map, gateway network, h3c_extend_api', () => {
    const body = toBareMetalBody(
      {
        ...values,
        nodeId: 'node-1',
        networking: 'multiTenant',
        networks: ['n1', 'n2'],
        ports: { n1: 'p1', n2: 'pg1' },
        gateway: 'n2',
        auth: 'imageDefault',
      },
      ctx,
    );
    expect(body.server.availability_zone).toBe('iron1:iron1:node-1');
    expect(body.server.networks).toEqual([
      { uuid: 'n1', enable_gateway: 'false' },
      { uuid: 'n2', enable_gateway: 'true' },
    ]);
    expect(body.server.metadata).toMatchObject({
      node_port_map: 'n1:p1,n2:pg1',
      force_gw_network: 'n2',
      h3c_extend_api: 'true',
      enableAdminPass: '0',
      extraType: 'BareMetal',
    });
    expect(body.server).not.toHaveProperty('adminPass');
  });

  it('makes the first network the gateway when none is chosen', () => {
    const body = toBareMetalBody(
      { ...values, networking: 'multiTenant', networks: ['a', 'b'], ports: { a: 'x', b: 'y' } },
      { ...ctx, accessKey: undefined },
    );
    expect(body.server.metadata?.force_gw_network).toBe('a');
    expect(body.server.metadata).not.toHaveProperty('accessKey');
  });
});

describe('placement and ports', () => {
  it('composes availability_zone as zone:compute-node:node (004:L14915)', () => {
    expect(bareMetalZoneOf('iron1')).toBe('iron1');
    expect(bareMetalZoneOf('iron1', 'abc')).toBe('iron1:iron1:abc');
  });

  it('pairs every network with its port, in network order', () => {
    expect(nodePortMap(['n2', 'n1'], { n1: 'p1', n2: 'p2' })).toBe('n2:p2,n1:p1');
  });

  it('offers bonds and the ports outside a bond', () => {
    const choices = portChoices(
      [
        { uuid: 'p1', address: 'aa', portgroup_uuid: null },
        { uuid: 'p2', address: 'bb', portgroup_uuid: 'g1' },
      ],
      [{ uuid: 'g1', name: 'bond0', address: null }],
    );
    expect(choices).toEqual([
      { id: 'g1', kind: 'portgroup', label: 'bond0' },
      { id: 'p1', kind: 'port', label: 'aa' },
    ]);
  });

  it('finds a port wired to two networks', () => {
    expect([...reusedPorts(['a', 'b', 'c'], { a: 'p', b: 'p', c: 'q' })]).toEqual(['p']);
    expect(reusedPorts(['a'], undefined).size).toBe(0);
  });
});

describe('node-capable flavors', () => {
  const node = { properties: { cpus: '32', memory_mb: '131072', local_gb: '500' } };
  const f = (id: string, vcpus: number, ram: number, disk: number, disabled = false) => ({
    id,
    name: id,
    vcpus,
    ram,
    disk,
    'OS-FLV-DISABLED:disabled': disabled,
  });

  it('fits a flavor within the node hardware; unknown hardware fits', () => {
    expect(flavorFitsNode(f('a', 32, 131072, 500), node)).toBe(true);
    expect(flavorFitsNode(f('b', 64, 1024, 10), node)).toBe(false);
    expect(flavorFitsNode(f('c', 1, 262144, 10), node)).toBe(false);
    expect(flavorFitsNode(f('d', 999, 999999, 9999), { properties: {} })).toBe(true);
  });

  it('keeps enabled flavors fitting some node; all enabled ones without nodes (tenants)', () => {
    const all = [f('a', 8, 1024, 10), f('b', 64, 1024, 10), f('c', 1, 512, 1, true)];
    const ids = (xs: { id: string }[]) => xs.map((x) => x.id);
    // @ts-expect-error -- the test flavors carry only the fields the filter reads
    expect(ids(nodeCapableFlavors(all, [node]))).toEqual(['a']);
    // @ts-expect-error -- as above
    expect(ids(nodeCapableFlavors(all, undefined))).toEqual(['a', 'b']);
    // @ts-expect-error -- as above
    expect(nodeCapableFlavors(all, [])).toEqual([]);
  });

  it('deploys only onto available, unmaintained, free, unlocked nodes', () => {
    const n = {
      provision_state: 'available' as const,
      maintenance: false,
      instance_uuid: null,
      reservation: null,
    };
    expect(isDeployable(n)).toBe(true);
    expect(isDeployable({ ...n, maintenance: true })).toBe(false);
    expect(isDeployable({ ...n, instance_uuid: 's' })).toBe(false);
    expect(isDeployable({ ...n, reservation: 'c1' })).toBe(false);
    expect(isDeployable({ ...n, provision_state: 'manageable' })).toBe(false);
  });
});

describe('name rules (the contract patterns)', () => {
  it('accepts hostnames and rejects the rest', () => {
    expect(SERVER_NAME.test('bms-01')).toBe(true);
    expect(SERVER_NAME.test('1bms')).toBe(false);
    expect(SERVER_NAME.test('bms-')).toBe(false);
    expect(ALIAS.test('生产 裸金属')).toBe(true);
    expect(ALIAS.test('.x')).toBe(false);
    expect(ALIAS.test('a/b')).toBe(false);
  });
});
