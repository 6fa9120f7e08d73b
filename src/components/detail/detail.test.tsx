import { describe, expect, it, vi } from 'vitest';
import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { Button } from 'antd';
import { ApiError } from '@/api/api-error';
import { renderWithProviders } from '@/components/__tests__/render';
import { DescriptionList } from './description-list';
import { DetailPage } from './detail-page';
import { QuickLookDrawer, useQuickLook } from './quick-look-drawer';

const tabs = [
  { key: 'overview', label: 'Overview', children: <p>overview body</p> },
  { key: 'events', label: 'Events', children: <p>events body</p> },
];

describe('DetailPage', () => {
  it('opens the tab named in ?tab= and writes tab changes to the URL', async () => {
    const user = userEvent.setup();
    const { search } = await renderWithProviders(<DetailPage title="web-1" tabs={tabs} />, {
      url: '/servers/1?tab=events',
    });
    expect(screen.getByRole('heading', { level: 1, name: 'web-1' })).toBeTruthy();
    expect(screen.getByRole('tab', { name: 'Events' }).getAttribute('aria-selected')).toBe('true');
    expect(screen.getByText('events body')).toBeTruthy();
    await user.click(screen.getByRole('tab', { name: 'Overview' }));
    // The first tab is the default: no param for it.
    expect(search().has('tab')).toBe(false);
    expect(screen.getByText('overview body')).toBeTruthy();
  });

  it('falls back to the first tab for an unknown ?tab=', async () => {
    await renderWithProviders(<DetailPage title="web-1" tabs={tabs} />, { url: '/?tab=nope' });
    expect(screen.getByRole('tab', { name: 'Overview' }).getAttribute('aria-selected')).toBe(
      'true',
    );
  });

  it('shows the load error with request id and retry instead of the tabs', async () => {
    const user = userEvent.setup();
    const onRetry = vi.fn();
    const error = new ApiError({ status: 404, message: 'Server not found', requestId: 'req-404' });
    await renderWithProviders(
      <DetailPage
        title="web-1"
        tabs={tabs}
        error={error}
        onRetry={onRetry}
        resourceName="server"
      />,
    );
    const alert = screen.getByRole('alert');
    expect(within(alert).getByText('Could not load server')).toBeTruthy();
    expect(within(alert).getByText('req-404')).toBeTruthy();
    expect(screen.queryByRole('tab')).toBeNull();
    await user.click(within(alert).getByRole('button', { name: 'Retry' }));
    expect(onRetry).toHaveBeenCalled();
  });

  it('shows not-found, without the service message or a retry, for a 404 and a 403 alike', async () => {
    for (const status of [404, 403]) {
      const error = new ApiError({ status, message: 'Project p2 is not yours', requestId: 'r' });
      const { unmount } = await renderWithProviders(
        <DetailPage
          title="x"
          tabs={tabs}
          error={error}
          notFound="No such server, or not one you can see"
          onRetry={() => undefined}
          resourceName="server"
        />,
      );
      const alert = screen.getByRole('alert');
      expect(within(alert).getByText('No such server, or not one you can see')).toBeTruthy();
      expect(within(alert).queryByText(/is not yours/)).toBeNull();
      expect(within(alert).queryByRole('button', { name: 'Retry' })).toBeNull();
      unmount();
    }
  });
});

describe('QuickLookDrawer', () => {
  function List() {
    const quickLook = useQuickLook();
    return (
      <>
        <Button onClick={() => quickLook.open('img-7')}>peek</Button>
        <QuickLookDrawer title={(id) => `Image ${id}`} detailHref={(id) => `/images/${id}`}>
          {(id) => <p>details of {id}</p>}
        </QuickLookDrawer>
      </>
    );
  }

  it('opens from a row through ?quicklook= and closes by removing it', async () => {
    const user = userEvent.setup();
    const { search } = await renderWithProviders(<List />, { url: '/images?page=2' });
    await user.click(screen.getByRole('button', { name: 'peek' }));
    expect(search().get('quicklook')).toBe('img-7');
    expect(search().get('page')).toBe('2');
    const drawer = await screen.findByRole('dialog');
    expect(within(drawer).getByText('details of img-7')).toBeTruthy();
    expect(
      within(drawer).getByRole('link', { name: 'Open details page' }).getAttribute('href'),
    ).toBe('/images/img-7');
    await user.click(within(drawer).getByRole('button', { name: 'Close' }));
    expect(search().has('quicklook')).toBe(false);
  });

  it('is open on a deep link', async () => {
    await renderWithProviders(<List />, { url: '/images?quicklook=img-3' });
    expect(await screen.findByText('details of img-3')).toBeTruthy();
  });
});

describe('DescriptionList', () => {
  it('shows a dash for missing values and a copy button for ids', async () => {
    await renderWithProviders(
      <DescriptionList
        items={[
          { key: 'id', label: 'ID', value: 'a1b2', copy: 'a1b2' },
          { key: 'desc', label: 'Description', value: undefined },
          { key: 'zero', label: 'Min disk', value: 0 },
        ]}
      />,
    );
    expect(screen.getByText('—')).toBeTruthy();
    expect(screen.getByText('0')).toBeTruthy();
    expect(screen.getAllByRole('button', { name: /copy/i })).toHaveLength(1);
  });
});
