import { describe, expect, it } from 'vitest';
import {
  canCreateServer,
  createServerPath,
  fromTemplate,
  NAME_PATTERN,
  serverTypeOf,
  toCreateRequest,
  toUpdateRequest,
  type ServerTemplate,
} from './server-template';

const TPL: ServerTemplate = {
  uuid: '7f82d460-418a-46d4-942f-45dafad030e8',
  name: 'zjj',
  description: '',
  metadata: {
    normUuid: '38e42432-06a5-47a3-b47d-f078ed03795d',
    storageType: '普通',
    imageSrc: 'normal',
    storagePool: '',
    projectId: 'p1',
  },
  user_uuid: 'u1',
  availability_zone: 'caz19',
  azone_uuid: 'z1',
  image_uuid: 'i1',
  flavor_uuid: 'f1',
};
const ZONES = [
  { id: 'z1', zone: 'caz19' },
  { id: 'z2', zone: 'kvm_pool2' },
];

describe('server template model', () => {
  it('round-trips the documented example through the form', () => {
    const v = fromTemplate(TPL);
    expect(toUpdateRequest(TPL, v, ZONES)).toEqual(TPL);
  });

  it('builds a create body for the organisation, naming the zone by its id', () => {
    const body = toCreateRequest(
      {
        name: ' web_1 ',
        normUuid: TPL.metadata.normUuid,
        imageId: 'i2',
        flavorId: 'f2',
        zoneId: 'z2',
        storageType: '普通',
      },
      { projectId: 'p9', userId: 'u9', zones: ZONES },
    );
    expect(body).toMatchObject({
      name: 'web_1',
      description: '',
      availability_zone: 'kvm_pool2',
      azone_uuid: 'z2',
      user_uuid: 'u9',
      metadata: { projectId: 'p9', imageSrc: 'normal', storagePool: '' },
    });
    expect('uuid' in body).toBe(false);
  });

  it('accepts only letters, digits and underscores in names', () => {
    expect(NAME_PATTERN.test('web_01')).toBe(true);
    for (const bad of ['web-01', 'a b', '模板']) expect(NAME_PATTERN.test(bad)).toBe(false);
  });

  it('names the server type and guards creating a server in another organisation', () => {
    expect(serverTypeOf(TPL)).toBe('normal');
    expect(serverTypeOf({ metadata: { ...TPL.metadata, normUuid: 'x' } })).toBeUndefined();
    expect(canCreateServer(TPL, 'p1')).toBe(true);
    expect(canCreateServer(TPL, 'p2')).toBe('otherProject');
    expect(createServerPath(TPL)).toBe(`/servers?drawer=create&template=${TPL.uuid}`);
  });
});

describe('goneRefs', () => {
  it('names the references missing from loaded lists only', async () => {
    const { goneRefs } = await import('./gone-refs');
    const ref = { image_uuid: 'i1', flavor_uuid: 'f1', azone_uuid: 'z1' };
    expect(goneRefs(ref, { images: ['i2'], flavors: undefined, zones: ['z1'] })).toEqual([
      'imageId',
    ]);
    expect(goneRefs(ref, { images: [], flavors: ['f2'], zones: [] })).toEqual([
      'imageId',
      'flavorId',
      'zoneId',
    ]);
  });
});
