import { describe, expect, it } from 'vitest';
import { serverNextCursor } from '@/api/resources/servers';
import { hostFilterValue, toListParams, type ServersUrlState } from './list-params';

const state = (over: Partial<ServersUrlState> = {}): ServersUrlState => ({
  pageSize: 20,
  cursor: undefined,
  search: '',
  filters: {
    status: undefined,
    flavor: undefined,
    image: undefined,
    zone: undefined,
    project: undefined,
    host: undefined,
  },
  ...over,
});
const tenant = { isAdmin: false, projectId: 'p1' };
const admin = { isAdmin: true, projectId: 'p-admin' };

describe('toListParams', () => {
  it('pages with limit and marker, and searches by name', () => {
    expect(toListParams(state({ cursor: 's-20', search: 'web' }), tenant)).toMatchObject({
      limit: 20,
      marker: 's-20',
      name: 'web',
    });
    expect(toListParams(state(), tenant).name).toBeUndefined();
  });

  it("renames the URL's filters to nova's: zone, project, host", () => {
    const params = toListParams(
      state({
        filters: {
          status: 'ACTIVE',
          flavor: 'f1',
          image: 'i1',
          zone: 'az-1',
          project: 'p9',
          host: hostFilterValue('cn-1'),
        },
      }),
      admin,
    );
    expect(params).toMatchObject({
      status: 'ACTIVE',
      flavor: 'f1',
      image: 'i1',
      availability_zone: 'az-1',
      tenant_id: 'p9',
      host: '^cn-1$',
      all_tenants: 'true',
    });
    expect(params).not.toHaveProperty('zone');
    expect(params).not.toHaveProperty('project');
  });

  it('asks for every project only for an administrator, and ignores a tenant project filter', () => {
    const filtered = state({ filters: { ...state().filters, project: 'p9' } });
    const params = toListParams(filtered, tenant);
    expect(params.all_tenants).toBeUndefined();
    expect(params.tenant_id).toBeUndefined();
  });
});

describe('serverNextCursor', () => {
  const page = (next: boolean) => ({
    servers: [{ id: 's1' }, { id: 's2' }],
    servers_links: next ? [{ rel: 'next' }] : [],
  });
  it('is the last server when nova links a next page, none otherwise', () => {
    expect(serverNextCursor(page(true))).toBe('s2');
    expect(serverNextCursor(page(false))).toBeUndefined();
    expect(serverNextCursor(undefined)).toBeUndefined();
  });
});
