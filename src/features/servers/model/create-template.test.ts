import { describe, expect, it } from 'vitest';
import { prefillFromTemplate } from './create-template';

const TPL = {
  uuid: 't1',
  name: 'web_base',
  description: '',
  metadata: {
    normUuid: '38e42432-06a5-47a3-b47d-f078ed03795d',
    storageType: '普通',
    imageSrc: 'normal',
    projectId: 'p1',
  },
  user_uuid: 'u1',
  availability_zone: 'caz19',
  azone_uuid: 'z1',
  image_uuid: 'i1',
  flavor_uuid: 'f1',
};

describe('prefillFromTemplate', () => {
  it('seeds image, flavor and zone when the wizard offers them', () => {
    const p = prefillFromTemplate(TPL, {
      images: [{ id: 'i1', status: 'active' }],
      flavors: [{ id: 'f1', 'OS-FLV-DISABLED:disabled': false }],
      zones: [{ zone: 'caz19' }],
    });
    expect(p).toEqual({
      name: 'web_base',
      values: { source: 'image', imageId: 'i1', flavorId: 'f1', zone: 'caz19' },
      gone: [],
    });
  });

  it('leaves a deleted image, a disabled flavor and a lost zone empty and names them', () => {
    const p = prefillFromTemplate(TPL, {
      images: [{ id: 'i2', status: 'active' }],
      flavors: [{ id: 'f1', 'OS-FLV-DISABLED:disabled': true }],
      zones: [{ zone: 'other' }],
    });
    expect(p.values).toEqual({ source: 'image' });
    expect(p.gone).toEqual([
      { ref: 'image', value: 'i1' },
      { ref: 'flavor', value: 'f1' },
      { ref: 'zone', value: 'caz19' },
    ]);
  });

  it('does not offer an image that exists but is not active', () => {
    const p = prefillFromTemplate(TPL, {
      images: [{ id: 'i1', status: 'deactivated' }],
      flavors: [{ id: 'f1' }],
      zones: [{ zone: 'caz19' }],
    });
    expect(p.gone.map((g) => g.ref)).toEqual(['image']);
  });
});
