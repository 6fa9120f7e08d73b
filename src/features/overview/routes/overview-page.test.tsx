import { describe, expect, it } from 'vitest';
import { screen, within } from '@testing-library/react';
import { loadNamespace } from '@/i18n';
import { json, stubFetch, type StubRequest } from '@/testing/fetch-stub';
import { signIn } from '@/testing/factories';
import { renderWithProviders } from '@/testing/render';
import { Component as OverviewPage } from './overview-page';

const P = 'p-chengdu';

const images =
  (totals: { all: number; active: number; snapshots: number }) => (req: StubRequest) => {
    const q = req.url.searchParams;
    const total =
      q.get('status') === 'active'
        ? totals.active
        : q.get('image_type') === 'snapshot'
          ? totals.snapshots
          : totals.all;
    return json(200, { images: [], total });
  };

const summary = (counts: Record<string, number>) => (req: StubRequest) => {
  const n = counts[req.url.searchParams.get('status') ?? ''] ?? 0;
  return json(200, {
    servers: Array.from({ length: n }, (_, i) => ({ id: `s${i}`, name: `s${i}`, links: [] })),
  });
};

const absolute = {
  projectId: P,
  maxTotalInstances: 10,
  totalInstancesUsed: 4,
  maxTotalCores: 20,
  totalCoresUsed: 19,
  maxTotalRAMSize: -1,
  totalRAMUsed: 2048,
  maxTotalVolumes: -1,
  totalVolumesUsed: 0,
  maxTotalVolumeGigabytes: -1,
  totalGigabytesUsed: 0,
  maxTotalSnapshots: -1,
  totalSnapshotsUsed: 0,
};

async function renderOverview(language: 'en-US' | 'zh-CN' = 'en-US') {
  await loadNamespace('overview');
  return renderWithProviders(<OverviewPage />, { language, path: '/overview' });
}

describe('overview page (tenant)', () => {
  it('shows its servers by status, quota usage and images, each number a link', async () => {
    signIn('member');
    stubFetch({
      'GET /os/image/v1/v2/images': images({ all: 1234, active: 20, snapshots: 3 }),
      [`GET /os/compute/v1/v2/${P}/servers`]: summary({ ACTIVE: 3, ERROR: 1 }),
      [`GET /os/compute/v1/v2/${P}/servers/detail`]: () => json(200, { servers: [] }),
      [`GET /os/kinton/v1/keystone/${P}/limits`]: () =>
        json(200, { all_limits: [{ rate: [], absolute }] }),
    });
    await renderOverview();
    const servers = await screen.findByRole('list', { name: /Servers by status/ });
    const error = await within(servers).findByRole('link', { name: /Error\s*1/ });
    expect(error.getAttribute('href')).toBe('/servers?status=ERROR');
    expect(within(servers).getByRole('link', { name: /Running\s*3/ })).toBeTruthy();
    expect(await screen.findByText('4 servers in all')).toBeTruthy();
    expect(await screen.findByText('19 of 20')).toBeTruthy();
    expect(screen.getByText('1,234').closest('a')?.getAttribute('href')).toBe('/images');
    expect(screen.getByText('Nothing has changed recently.')).toBeTruthy();
  });

  it('lets a failed panel fail alone, with a retry', async () => {
    signIn('member');
    stubFetch({
      'GET /os/image/v1/v2/images': images({ all: 0, active: 0, snapshots: 0 }),
      [`GET /os/compute/v1/v2/${P}/servers`]: summary({}),
      [`GET /os/compute/v1/v2/${P}/servers/detail`]: () => json(200, { servers: [] }),
      [`GET /os/kinton/v1/keystone/${P}/limits`]: () =>
        json(500, { code: '500', msg: 'keystone is down' }),
    });
    await renderOverview('zh-CN');
    const quota = await screen.findByRole('region', { name: '配额使用' });
    expect(await within(quota).findByText('此面板加载失败。')).toBeTruthy();
    expect(within(quota).getByRole('button', { name: /重试/ })).toBeTruthy();
    expect(await screen.findByText('此组织中还没有镜像。')).toBeTruthy();
    expect(await screen.findByText('还没有云主机。')).toBeTruthy();
  });
});
