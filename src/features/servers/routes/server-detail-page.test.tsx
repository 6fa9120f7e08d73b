import { describe, expect, it } from 'vitest';
import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { Route, Routes } from 'react-router';
import { loadNamespace } from '@/i18n';
import { json, stubFetch, type StubRequest } from '@/testing/fetch-stub';
import { projectsResponse, signIn } from '@/testing/factories';
import { createTestQueryClient, renderWithProviders } from '@/testing/render';
import { makeFlavor, makeImage, makeServer } from '../model/fixtures.test-util';
import { Component as ServerDetailPage } from './server-detail-page';

const ID = '82750972-9c36-4ed6-9d8c-26fb57aeba88';

const references = (tenant: string) => ({
  [`GET /os/compute/v1/v2/${tenant}/flavors/f-small`]: () => json(200, { flavor: makeFlavor() }),
  'GET /os/image/v1/v2/images/img-centos': () => json(200, makeImage()),
  'GET /os/kinton/v1/v3/projects': () => json(200, projectsResponse('admin', 'chengdu')),
});

const Page = () => (
  <Routes>
    <Route path="/servers/:id" element={<ServerDetailPage />} />
  </Routes>
);

describe('server detail page', () => {
  it("opens another project's server for an administrator from a bare /servers/<id> link, and acts under the server's own project", async () => {
    signIn('admin');
    const actions: string[] = [];
    stubFetch({
      ...references('p-admin'),
      // nova answers an administrator for any project's server under the admin's own path.
      [`GET /os/compute/v1/v2/p-admin/servers/${ID}`]: () =>
        json(200, {
          server: makeServer({
            id: ID,
            name: 'db-7',
            tenant_id: 'p-chengdu',
            status: 'SHUTOFF',
            'OS-EXT-STS:vm_state': 'stopped',
            'OS-EXT-STS:power_state': 4,
          }),
        }),
      [`POST /os/compute/v1/v2/p-chengdu/servers/${ID}/action`]: (req: StubRequest) => {
        actions.push(JSON.stringify(req.body));
        return new Response(null, { status: 202 });
      },
    });
    await loadNamespace('servers');
    await renderWithProviders(<Page />, { path: `/servers/${ID}` });
    expect(await screen.findByRole('heading', { name: 'db-7' })).toBeTruthy();
    expect(await screen.findByText('chengdu')).toBeTruthy();
    await userEvent.click(screen.getByRole('button', { name: /Start/ }));
    await waitFor(() => expect(actions).toEqual(['{"os-start":null}']));
  });

  it('shows one localized error for a server that does not exist: on the page, not also as a toast', async () => {
    signIn('admin');
    const client = createTestQueryClient();
    stubFetch({
      ...references('p-admin'),
      [`GET /os/compute/v1/v2/p-admin/servers/${ID}`]: () =>
        json(404, { code: '404', msg: `Server ${ID} could not be found.`, data: null, total: 0 }),
    });
    await loadNamespace('servers');
    await renderWithProviders(<Page />, {
      path: `/servers/${ID}`,
      language: 'zh-CN',
      queryClient: client,
    });
    expect(
      await screen.findByText('不存在此 ID 的云主机，或它属于您无权查看的组织。'),
    ).toBeTruthy();
    expect(screen.queryByText(/could not be found/)).toBeNull();
    expect(screen.getAllByRole('alert')).toHaveLength(1);
    // The failed query opts out of the global error toast (query-client.ts): the page shows it.
    const [detail] = client.getQueryCache().findAll({ queryKey: ['servers', 'detail'] });
    expect(detail?.state.status).toBe('error');
    expect(detail?.meta).toEqual({ silent: true });
  });

  it('reads VM state and disk config as words in both languages, not raw values', async () => {
    signIn('member');
    stubFetch({
      ...references('p-chengdu'),
      'GET /os/kinton/v1/v3/projects': () => json(200, projectsResponse('chengdu')),
      [`GET /os/compute/v1/v2/p-chengdu/servers/${ID}`]: () =>
        json(200, { server: makeServer({ id: ID, name: 'web-1' }) }),
    });
    await loadNamespace('servers');
    const { unmount } = await renderWithProviders(<Page />, { path: `/servers/${ID}` });
    const vm = (await screen.findByText('VM state')).closest('tr');
    expect(vm?.textContent).toContain('Running');
    expect(vm?.textContent).not.toContain('running');
    const disk = screen.getByText('Disk config').closest('tr');
    expect(disk?.textContent).toContain('Manual (partitions as in the image)');
    expect(disk?.textContent).not.toContain('MANUAL');
    unmount();

    await renderWithProviders(<Page />, { path: `/servers/${ID}`, language: 'zh-CN' });
    const zhDisk = (await screen.findByText('磁盘配置')).closest('tr');
    expect(zhDisk?.textContent).toContain('手动（保持镜像中的分区）');
  });
});
