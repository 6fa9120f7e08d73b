import { describe, expect, it } from 'vitest';
import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useLocation } from 'react-router';
import { renderWithProviders } from '@/testing/render';
import { defineTableOptions } from '@/hooks/url-table-state';
import { useUrlTableState } from '@/hooks/use-url-table-state';
import type { ResourceAction } from '@/components/actions/types';
import { ListPage, useCreateDrawer } from './list-page';

type Row = { id: string; name: string };
const TABLE = defineTableOptions({ filters: {}, defaultPageSize: 20 });

function Page({ rows, emptyAction }: { rows: Row[]; emptyAction?: false }) {
  const state = useUrlTableState(TABLE);
  const { open, create, close } = useCreateDrawer('New thing');
  const location = useLocation();
  const actions: ResourceAction<Row>[] = [
    { key: 'delete', label: 'Delete', guard: () => true, run: () => Promise.resolve() },
  ];
  return (
    <>
      <ListPage<Row, typeof TABLE.filters>
        title="Things"
        subtitle="All the things"
        create={create}
        tableId="things"
        resourceName="thing"
        rowKey={(r) => r.id}
        itemName={(r) => r.name}
        columns={[{ key: 'name', title: 'Name', render: (r) => r.name }]}
        data={rows}
        state={state}
        paging={{ mode: 'client' }}
        actions={actions}
        {...(emptyAction === false ? { emptyAction: false } : {})}
      />
      <output aria-label="where">{location.search}</output>
      {open ? (
        <button type="button" onClick={close}>
          close drawer
        </button>
      ) : null}
    </>
  );
}

describe('ListPage', () => {
  it('offers create in the header and in an empty table; the drawer lives in the URL', async () => {
    const user = userEvent.setup();
    await renderWithProviders(<Page rows={[]} />, { path: '/things' });
    expect(await screen.findByRole('heading', { name: 'Things' })).toBeTruthy();
    const creates = await screen.findAllByRole('button', { name: 'New thing' });
    expect(creates).toHaveLength(2);
    await user.click(creates[1] as HTMLElement);
    expect(screen.getByLabelText('where').textContent).toBe('?drawer=create');
    await user.click(screen.getByRole('button', { name: 'close drawer' }));
    expect(screen.getByLabelText('where').textContent).toBe('');
  });

  it('gives each row the actions, the first inline', async () => {
    await renderWithProviders(<Page rows={[{ id: '1', name: 'alpha' }]} />, { path: '/things' });
    const row = (await screen.findByText('alpha')).closest('tr');
    if (!row) throw new Error('no row');
    expect(within(row).getByRole('button', { name: /Delete/ })).toBeTruthy();
  });

  it('leaves an empty table without the create action when told so', async () => {
    await renderWithProviders(<Page rows={[]} emptyAction={false} />, { path: '/things' });
    expect(await screen.findAllByRole('button', { name: 'New thing' })).toHaveLength(1);
  });

  it('shows a row in the quick look named in the URL, titled by its name, from rows={query}', async () => {
    function QuickLookPage() {
      const state = useUrlTableState(TABLE);
      const rows = {
        data: [{ id: '7', name: 'seven' }],
        isPending: false,
        isFetching: false,
        error: null,
        dataUpdatedAt: 0,
        refetch: () => undefined,
      };
      return (
        <ListPage<Row, typeof TABLE.filters>
          title="Things"
          tableId="things"
          resourceName="thing"
          rowKey={(r) => r.id}
          itemName={(r) => r.name}
          columns={[{ key: 'name', title: 'Name', render: (r) => r.name }]}
          rows={rows}
          state={state}
          quickLook={{ render: (r) => <p>about {r.name}</p> }}
        />
      );
    }
    await renderWithProviders(<QuickLookPage />, { path: '/things?quicklook=7' });
    const drawer = await screen.findByRole('dialog');
    expect(within(drawer).getByText('seven')).toBeTruthy();
    expect(within(drawer).getByText('about seven')).toBeTruthy();
  });
});
