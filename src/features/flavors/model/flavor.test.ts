import { describe, expect, it } from 'vitest';
import {
  checkId,
  hasControlChar,
  stateOf,
  toCreateRequest,
  visibilityOf,
  type Flavor,
} from './flavor';

const flavor = (over: Partial<Flavor> = {}): Flavor => ({
  id: 'f1',
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
});

describe('flavor model', () => {
  it('maps the form to the request: trimmed name, no id when blank, defaults filled in', () => {
    expect(
      toCreateRequest({
        name: '  web.4c8g ',
        id: ' ',
        vcpus: 4,
        ram: 8192,
        disk: 60,
        isPublic: true,
      }),
    ).toEqual({
      flavor: {
        name: 'web.4c8g',
        vcpus: 4,
        ram: 8192,
        disk: 60,
        swap: 0,
        'OS-FLV-EXT-DATA:ephemeral': 0,
        'os-flavor-access:is_public': true,
        rxtx_factor: 1,
      },
    });
  });

  it('sends the id and every optional field when given', () => {
    const req = toCreateRequest({
      name: 'db',
      id: 'db-1',
      vcpus: 8,
      ram: 65536,
      disk: 0,
      swap: 4096,
      ephemeral: 100,
      isPublic: false,
      rxtxFactor: 2.5,
    });
    expect(req.flavor).toMatchObject({
      id: 'db-1',
      disk: 0,
      swap: 4096,
      'OS-FLV-EXT-DATA:ephemeral': 100,
      'os-flavor-access:is_public': false,
      rxtx_factor: 2.5,
    });
  });

  it('checks the id as the contract does', () => {
    expect(checkId('')).toBe(true);
    expect(checkId('HP_4.16-60')).toBe(true);
    expect(checkId('a'.repeat(37))).toBe('tooLong');
    expect(checkId('a b')).toBe('pattern');
    expect(checkId('规格')).toBe('pattern');
  });

  it('reads visibility and state', () => {
    expect(visibilityOf(flavor())).toBe('public');
    expect(visibilityOf(flavor({ 'os-flavor-access:is_public': false }))).toBe('private');
    expect(stateOf(flavor({ 'OS-FLV-DISABLED:disabled': true }))).toBe('disabled');
  });
});

describe('flavor names', () => {
  it('finds the control characters the platform refuses', () => {
    expect(hasControlChar('web.4c8g 大')).toBe(false);
    expect(hasControlChar('nul\u0000inside')).toBe(true);
    expect(hasControlChar('tab\there')).toBe(true);
    expect(hasControlChar('del\u007f')).toBe(true);
  });
});
