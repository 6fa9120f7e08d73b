import { describe, expect, it } from 'vitest';
import { screen, within } from '@testing-library/react';
import { loadNamespace } from '@/i18n';
import { json, stubFetch } from '@/testing/fetch-stub';
import { projectsResponse, signIn } from '@/testing/factories';
import { renderWithProviders } from '@/testing/render';
import type { ServerTemplate } from '../model/server-template';
import { Component as ServerTemplatesPage } from './server-templates-page';

const LIST = 'GET /os/kinton/v1/cloudos/server/templates';
const PROJECTS = 'GET /os/kinton/v1/v3/projects';

const tpl = (over: Partial<ServerTemplate> = {}): ServerTemplate => ({
  uuid: 't-1',
  name: 'web_base',
  description: 'Web 前端',
  metadata: {
    normUuid: '38e42432-06a5-47a3-b47d-f078ed03795d',
    storageType: '普通',
    imageSrc: 'normal',
    storagePool: '',
    projectId: 'p-chengdu',
  },
  user_uuid: 'u-alice',
  availability_zone: 'caz19',
  azone_uuid: 'z-1',
  image_uuid: 'i-live',
  flavor_uuid: 'f-1',
  ...over,
});

describe('server templates page', () => {
  it('names images and flavors by id, marks a deleted image, never loads a catalogue', async () => {
    signIn('member');
    const fetch = stubFetch({
      [LIST]: () => json(200, [tpl(), tpl({ uuid: 't-2', name: 'db_old', image_uuid: 'i-gone' })]),
      [PROJECTS]: () => json(200, projectsResponse('chengdu')),
      'GET /os/image/v1/v2/images/i-live': () =>
        json(200, { id: 'i-live', name: 'CentOS-7.9', status: 'active' }),
      'GET /os/compute/v1/v2/p-chengdu/flavors/f-1': () =>
        json(200, { flavor: { id: 'f-1', name: 'm1.small', vcpus: 1, ram: 2048, disk: 20 } }),
    });
    await loadNamespace('server-templates');
    renderWithProviders(<ServerTemplatesPage />, { path: '/server-templates' });
    const live = (await screen.findByRole('button', { name: 'web_base' })).closest('tr');
    const old = screen.getByRole('button', { name: 'db_old' }).closest('tr');
    if (!live || !old) throw new Error('no rows');
    expect(await within(live).findByText('CentOS-7.9')).toBeTruthy();
    expect((await within(live).findAllByText('m1.small')).length).toBeGreaterThan(0);
    expect(within(live).getByText('General purpose')).toBeTruthy();
    expect(await within(old).findByText('Image deleted')).toBeTruthy();
    const paths = fetch.mock.calls.map(
      ([input]) =>
        new URL(input instanceof Request ? input.url : String(input), 'http://x').pathname,
    );
    expect(paths).not.toContain('/os/image/v1/v2/images');
    expect(paths.some((p) => p.endsWith('/flavors/detail'))).toBe(false);
    // A tenant sees its own organisation's templates: no organisation column.
    expect(screen.queryByRole('columnheader', { name: /Organization/ })).toBeNull();
  });
});
