import { describe, expect, it } from 'vitest';
import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { loadNamespace } from '@/i18n';
import { json, stubFetch, type StubRequest } from '@/testing/fetch-stub';
import { projectsResponse, signIn } from '@/testing/factories';
import { renderWithProviders } from '@/testing/render';
import type { ServerGroup } from '../model/server-group';
import { Component as ServerGroupsPage } from './server-groups-page';

const LIST = 'GET /os/compute/v1/v2.1/os-server-groups';
const CREATE = 'POST /os/compute/v1/v2.1/os-server-groups';
const PROJECTS = 'GET /os/kinton/v1/v3/projects';

const M1 = '82750972-9c36-4ed6-9d8c-26fb57aeba88';
const M2 = '11111111-2222-3333-4444-555555555555';

const group = (over: Partial<ServerGroup> = {}): ServerGroup => ({
  id: '4568e3cd-f73f-40c6-87fd-ca32261c9c1f',
  name: 'db-ha',
  policies: ['anti-affinity'],
  members: [M1, M2],
  project_id: 'p-chengdu',
  user_id: 'u-alice',
  metadata: {},
  ...over,
});

async function renderPage(path = '/server-groups', language: 'en-US' | 'zh-CN' = 'en-US') {
  await loadNamespace('server-groups');
  return renderWithProviders(<ServerGroupsPage />, { path, language });
}

describe('server groups page', () => {
  it('lists groups with the policy and names each member server, linked to its page', async () => {
    signIn('member');
    const fetch = stubFetch({
      [LIST]: () => json(200, { server_groups: [group()] }),
      [PROJECTS]: () => json(200, projectsResponse('chengdu')),
      [`GET /os/compute/v1/v2/p-chengdu/servers/${M1}`]: () =>
        json(200, { server: { id: M1, name: 'db-1', tenant_id: 'p-chengdu' } }),
      // The second member no longer exists.
    });
    await renderPage();
    const row = (await screen.findByRole('button', { name: 'db-ha' })).closest('tr');
    if (!row) throw new Error('no row');
    expect(within(row).getByText('Anti-affinity')).toBeTruthy();
    expect(within(row).getByText('2 servers')).toBeTruthy();
    const link = await within(row).findByRole('link', { name: 'Open server db-1' });
    expect(link.textContent).toBe('db-1');
    expect(link.getAttribute('href')).toBe(`/servers/${M1}`);
    expect(await within(row).findByText(`Server ${M2} no longer exists`)).toBeTruthy();
    // Only the members shown were asked for, by id; no server list was loaded to name them.
    const paths = fetch.mock.calls.map(
      ([input]) =>
        new URL(input instanceof Request ? input.url : String(input), 'http://x').pathname,
    );
    expect(paths.filter((p) => p.includes('/servers'))).toEqual(
      expect.arrayContaining([
        `/os/compute/v1/v2/p-chengdu/servers/${M1}`,
        `/os/compute/v1/v2/p-chengdu/servers/${M2}`,
      ]),
    );
    expect(paths.some((p) => p.endsWith('/servers/detail'))).toBe(false);
    // A tenant sees its own project's groups only: no project column, no all_projects.
    expect(screen.queryByRole('columnheader', { name: /Organization/ })).toBeNull();
  });

  it('asks an administrator for every project and names them', async () => {
    signIn('admin');
    const seen: string[] = [];
    stubFetch({
      [LIST]: (req: StubRequest) => {
        seen.push(req.url.search);
        return json(200, { server_groups: [group()] });
      },
      [PROJECTS]: () => json(200, projectsResponse('chengdu')),
      [`GET /os/compute/v1/v2/p-chengdu/servers/${M1}`]: () =>
        json(200, { server: { id: M1, name: 'db-1', tenant_id: 'p-chengdu' } }),
    });
    await renderPage();
    expect(await screen.findByRole('columnheader', { name: /Organization/ })).toBeTruthy();
    expect(await screen.findByText('chengdu')).toBeTruthy();
    expect(seen).toEqual(['?all_projects=1']);
    // Another project's member: asked for, and linked, under its own project.
    const link = await screen.findByRole('link', { name: 'Open server db-1' });
    expect(link.getAttribute('href')).toBe(`/servers/${M1}?project=p-chengdu`);
  });

  it('offers to create the first group when there is none', async () => {
    signIn('member');
    stubFetch({
      [LIST]: () => json(200, { server_groups: [] }),
      [PROJECTS]: () => json(200, projectsResponse('chengdu')),
    });
    await renderPage('/server-groups', 'zh-CN');
    expect(await screen.findByText('暂无云主机组')).toBeTruthy();
    expect(screen.getAllByRole('button', { name: /创建云主机组/ })).toHaveLength(2);
  });

  it('refuses a bad name before sending, and puts the service field error on the field', async () => {
    signIn('member');
    const bodies: unknown[] = [];
    stubFetch({
      [LIST]: () => json(200, { server_groups: [] }),
      [PROJECTS]: () => json(200, projectsResponse('chengdu')),
      [CREATE]: (req) => {
        bodies.push(req.body);
        return json(400, {
          code: '400',
          msg: 'Invalid request body',
          data: null,
          total: 0,
          requestId: 'req-1',
          details: [{ path: 'body/server_group/name', message: 'is invalid: name rule' }],
        });
      },
    });
    const user = userEvent.setup();
    await renderPage('/server-groups?drawer=create');
    const drawer = await screen.findByRole('dialog');
    expect(within(drawer).getByText('Create server group')).toBeTruthy();
    const name = within(drawer).getByLabelText('Name');

    await user.type(name, 'db/ha');
    await user.click(within(drawer).getByRole('button', { name: 'Submit' }));
    expect(
      await within(drawer).findByText('The name may not contain / : * ? " < > |'),
    ).toBeTruthy();
    expect(bodies).toEqual([]);

    await user.clear(name);
    await user.type(name, '数据库组');
    await user.click(within(drawer).getByRole('radio', { name: 'Affinity' }));
    await user.click(within(drawer).getByRole('button', { name: 'Submit' }));
    expect(await within(drawer).findByText('is invalid: name rule')).toBeTruthy();
    expect(bodies).toEqual([{ server_group: { name: '数据库组', policies: ['affinity'] } }]);
    // Still open, with what was typed.
    expect(screen.getByRole('dialog')).toBeTruthy();
    expect(within(drawer).getByLabelText('Name')).toHaveProperty('value', '数据库组');
  });
});
