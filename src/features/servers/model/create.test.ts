import { describe, expect, it } from 'vitest';
import {
  createContextOf,
  flavorFitsImage,
  quotaLines,
  serverNames,
  toCreateBody,
  toCreateRequests,
  type CreateValues,
} from './create';

const base: CreateValues = {
  source: 'image',
  imageId: 'img-1',
  zone: 'cas191p1c1',
  count: 1,
  flavorId: 'flv-1',
  networks: ['net-a', 'net-b'],
  securityGroups: ['default', 'web'],
  name: 'web',
  auth: 'password',
  password: 'Secret#123',
  passwordConfirm: 'Secret#123',
};
const ctx = { userName: 'alice', zoneId: 'az-1', volumeSize: 40 };

describe('toCreateBody', () => {
  it('builds the image-boot body with the documented metadata and gateway on the first network', () => {
    expect(
      toCreateBody({ ...base, alias: '网站', metadata: [{ key: 'env', value: 'prod' }] }, ctx),
    ).toEqual({
      server: {
        name: 'web',
        imageRef: 'img-1',
        flavorRef: 'flv-1',
        networks: [
          { uuid: 'net-a', enable_gateway: 'true' },
          { uuid: 'net-b', enable_gateway: 'false' },
        ],
        security_groups: [{ name: 'default' }, { name: 'web' }],
        adminPass: 'Secret#123',
        availability_zone: 'cas191p1c1',
        metadata: {
          env: 'prod',
          alias: '网站',
          user_name: 'alice',
          zone_uuid: 'az-1',
          enableAdminPass: '1',
          h3c_extend_api: 'true',
        },
      },
    });
  });
  it('sends the key pair, not a password, for key authentication; "0" for the image default', () => {
    const keyed = toCreateBody({ ...base, auth: 'keypair', keyName: 'ops' }, ctx).server;
    expect(keyed).toMatchObject({ key_name: 'ops' });
    expect(keyed).not.toHaveProperty('adminPass');
    const dflt = toCreateBody({ ...base, auth: 'imageDefault' }, ctx).server;
    expect(dflt.metadata?.enableAdminPass).toBe('0');
    expect(dflt).not.toHaveProperty('adminPass');
  });
  it('boots from a volume with block_device_mapping_v2 and no imageRef', () => {
    const body = toCreateBody({ ...base, source: 'volume', volumeId: 'vol-9' }, ctx);
    expect(body.server).not.toHaveProperty('imageRef');
    expect(body.server).toMatchObject({
      block_device_mapping_v2: [
        {
          uuid: 'vol-9',
          boot_index: 0,
          source_type: 'volume',
          destination_type: 'volume',
          delete_on_termination: false,
          volume_size: 40,
        },
      ],
    });
  });
  it('adds the scheduler hint for a server group', () => {
    expect(toCreateBody({ ...base, serverGroup: 'grp-1' }, ctx)['os:scheduler_hints']).toEqual({
      group: 'grp-1',
    });
  });
  it('never lets extra metadata override what the console sets', () => {
    const body = toCreateBody({ ...base, metadata: [{ key: 'user_name', value: 'mallory' }] }, ctx);
    expect(body.server.metadata?.user_name).toBe('alice');
  });
});

describe('serverNames', () => {
  it('keeps one name, numbers several', () => {
    expect(serverNames('web', 1)).toEqual(['web']);
    expect(serverNames('web', 3)).toEqual(['web-1', 'web-2', 'web-3']);
  });
});

describe('quotaLines', () => {
  const q = {
    maxTotalInstances: 10,
    totalInstancesUsed: 9,
    maxTotalCores: 40,
    totalCoresUsed: 30,
    maxTotalRAMSize: -1,
    totalRAMUsed: 100000,
  };
  it('adds count × flavor and flags what goes over; -1 is unlimited', () => {
    const lines = quotaLines(q, { vcpus: 4, ram: 8192 }, 2);
    expect(lines).toEqual([
      { resource: 'instances', used: 9, adding: 2, max: 10, over: true },
      { resource: 'cores', used: 30, adding: 8, max: 40, over: false },
      { resource: 'ram', used: 100000, adding: 16384, max: -1, over: false },
    ]);
  });
});

describe('flavorFitsImage', () => {
  it("enforces the image's min_ram, min_disk and min_cpu", () => {
    const img = { min_ram: 2048, min_disk: 40, min_cpu: '2' };
    expect(flavorFitsImage({ vcpus: 2, ram: 2048, disk: 40 }, img)).toBe(true);
    expect(flavorFitsImage({ vcpus: 1, ram: 4096, disk: 80 }, img)).toBe(false);
    expect(flavorFitsImage({ vcpus: 4, ram: 1024, disk: 80 }, img)).toBe(false);
    expect(flavorFitsImage({ vcpus: 4, ram: 4096, disk: 20 }, img)).toBe(false);
    expect(flavorFitsImage({ vcpus: 1, ram: 1, disk: 1 }, undefined)).toBe(true);
  });
});

describe('the requests the wizard sends', () => {
  it('takes the zone id and the boot volume size from the reference data', () => {
    const refs = {
      userName: 'alice',
      zones: [
        { id: 'az-0', zone: 'other' },
        { id: 'az-1', zone: 'cas191p1c1' },
      ],
      volumes: [{ id: 'vol-1', size: 40 }],
    };
    expect(createContextOf({ zone: 'cas191p1c1', volumeId: 'vol-1' }, refs)).toEqual({
      userName: 'alice',
      zoneId: 'az-1',
      volumeSize: 40,
    });
    // Not loaded (or gone): no id rather than a wrong one.
    expect(
      createContextOf({ zone: 'x' }, { userName: 'a', zones: undefined, volumes: undefined }),
    ).toEqual({ userName: 'a', zoneId: '', volumeSize: undefined });
  });

  it('sends one request per server, named name-1…, each with its own name', () => {
    const requests = toCreateRequests({ ...base, count: 3 }, ctx);
    expect(requests.map((r) => r.name)).toEqual(['web-1', 'web-2', 'web-3']);
    expect(requests.map((r) => r.body.server.name)).toEqual(['web-1', 'web-2', 'web-3']);
    expect(requests[0]?.body).toEqual(toCreateBody({ ...base, count: 3 }, ctx, 'web-1'));
  });

  it('sends a single request when booting from a volume, whatever the count', () => {
    const requests = toCreateRequests(
      { ...base, source: 'volume', volumeId: 'vol-1', count: 3 },
      ctx,
    );
    expect(requests.map((r) => r.name)).toEqual(['web']);
  });
});
