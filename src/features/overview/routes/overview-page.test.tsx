import { describe, expect, it } from 'vitest';
import { screen } from '@testing-library/react';
import { loadNamespace } from '@/i18n';
import { json, stubFetch, type StubRequest } from '@/testing/fetch-stub';
import { projectsResponse } from '@/testing/factories';
import { renderWithProviders } from '@/testing/render';
import { Component as OverviewPage } from './overview-page';

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

async function renderOverview(language: 'en-US' | 'zh-CN' = 'en-US') {
  await loadNamespace('overview');
  return renderWithProviders(<OverviewPage />, { language, path: '/overview' });
}

describe('overview page', () => {
  it('shows counts from the API', async () => {
    stubFetch({
      'GET /os/image/v1/v2/images': images({ all: 1234, active: 20, snapshots: 3 }),
      'GET /os/kinton/v1/v3/projects': () => json(200, projectsResponse('chengdu', 'mianyang')),
    });
    await renderOverview();
    expect(await screen.findByText('1,234')).toBeTruthy();
    expect(screen.getByText('20')).toBeTruthy();
    expect(screen.getByText('3')).toBeTruthy();
    expect(screen.getByText('2')).toBeTruthy();
    expect(screen.queryByText('No images in this project yet.')).toBeNull();
  });

  it('says so when the organization has no images', async () => {
    stubFetch({
      'GET /os/image/v1/v2/images': images({ all: 0, active: 0, snapshots: 0 }),
      'GET /os/kinton/v1/v3/projects': () => json(200, projectsResponse('chengdu')),
    });
    await renderOverview('zh-CN');
    expect(await screen.findByText('此组织中还没有镜像。')).toBeTruthy();
  });
});
