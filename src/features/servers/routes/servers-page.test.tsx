import { describe, expect, it } from 'vitest';
import { screen, within } from '@testing-library/react';
import { loadNamespace } from '@/i18n';
import { json, stubFetch } from '@/testing/fetch-stub';
import { signIn } from '@/testing/factories';
import { renderWithProviders } from '@/testing/render';
import { makeFlavor, makeImage, makeServer } from '../model/fixtures.test-util';
import { Component as ServersPage } from './servers-page';

const T = 'p-chengdu';
const LIST = `GET /os/compute/v1/v2/${T}/servers/detail`;

const servers = [
  makeServer({ id: 's1', name: 'web-1', image: { id: 'img-centos', links: [] } }),
  makeServer({ id: 's2', name: 'web-2', image: { id: 'img-centos', links: [] } }),
  makeServer({ id: 's3', name: 'db-1', image: { id: 'img-gone', links: [] } }),
  makeServer({ id: 's4', name: 'vol-1', image: '' }),
];

const pathOf = (input: RequestInfo | URL) =>
  new URL(input instanceof Request ? input.url : String(input), 'http://x').pathname;

const cellOf = (rowName: string, column: string) => {
  const table = screen.getByRole('table');
  const headers = within(table)
    .getAllByRole('columnheader')
    .map((h) => h.textContent ?? '');
  const index = headers.findIndex((h) => h.includes(column));
  const row = screen.getByRole('link', { name: rowName }).closest('tr');
  if (!row || index < 0) throw new Error(`no cell ${rowName}/${column}`);
  const cell = within(row).getAllByRole('cell')[index];
  if (!cell) throw new Error(`no cell ${rowName}/${column}`);
  return cell;
};

describe('servers page', () => {
  it('names flavors and images, never showing their ids, asking only for the ones shown', async () => {
    signIn('member');
    const { promise: flavorsArrived, resolve: releaseFlavors } = Promise.withResolvers<undefined>();
    const fetch = stubFetch({
      [LIST]: () => json(200, { servers }),
      [`GET /os/compute/v1/v2/${T}/flavors/f-small`]: async () => {
        await flavorsArrived;
        return json(200, { flavor: makeFlavor({ id: 'f-small', name: 'm1.small' }) });
      },
      'GET /os/image/v1/v2/images/img-centos': () => json(200, makeImage()),
      // img-gone: deleted, glance answers 404.
      'GET /os/kinton/v1/keystone/types/AzoneProject/assigments': () =>
        json(200, { assigments: [] }),
    });
    await loadNamespace('servers');
    await renderWithProviders(<ServersPage />, { path: '/servers' });
    await screen.findByRole('link', { name: 'web-1' });
    // The resource noun reads mid-sentence.
    expect(screen.getByRole('searchbox', { name: 'Search' }).getAttribute('placeholder')).toBe(
      'Search cloud servers',
    );

    // Flavors still loading: a placeholder, not the flavor id.
    expect(within(cellOf('web-1', 'Flavor')).getByRole('status')).toBeTruthy();
    expect(within(cellOf('web-1', 'Flavor')).queryByText(/f-small/)).toBeNull();
    releaseFlavors(undefined);
    expect(await within(cellOf('web-1', 'Flavor')).findByText('m1.small')).toBeTruthy();

    expect(await within(cellOf('web-1', 'Image')).findByText('CentOS-7.9')).toBeTruthy();
    expect(within(cellOf('web-2', 'Image')).getByText('CentOS-7.9')).toBeTruthy();
    expect(
      await within(cellOf('db-1', 'Image')).findByText('Image no longer available'),
    ).toBeTruthy();
    expect(within(cellOf('vol-1', 'Image')).getByText('Boots from volume')).toBeTruthy();

    const paths = fetch.mock.calls.map(([input]) => pathOf(input));
    // One request per image and flavor shown, none for either whole catalogue.
    expect(paths.filter((p) => p === '/os/image/v1/v2/images/img-centos')).toHaveLength(1);
    expect(paths).toContain('/os/image/v1/v2/images/img-gone');
    expect(paths).not.toContain('/os/image/v1/v2/images');
    expect(paths.filter((p) => p === `/os/compute/v1/v2/${T}/flavors/f-small`)).toHaveLength(1);
    expect(paths).not.toContain(`/os/compute/v1/v2/${T}/flavors/detail`);
  });

  it('asks for a private flavor by its id too', async () => {
    signIn('member');
    stubFetch({
      [LIST]: () =>
        json(200, {
          servers: [makeServer({ name: 'web-1', flavor: { id: 'f-private', links: [] } })],
        }),
      [`GET /os/compute/v1/v2/${T}/flavors/f-private`]: () =>
        json(200, { flavor: makeFlavor({ id: 'f-private', name: 'gpu.large', vcpus: 16 }) }),
      'GET /os/image/v1/v2/images/img-centos': () => json(200, makeImage()),
      'GET /os/kinton/v1/keystone/types/AzoneProject/assigments': () =>
        json(200, { assigments: [] }),
    });
    await loadNamespace('servers');
    await renderWithProviders(<ServersPage />, { path: '/servers' });
    await screen.findByRole('link', { name: 'web-1' });
    expect(await within(cellOf('web-1', 'Flavor')).findByText('gpu.large')).toBeTruthy();
  });
});
