import { afterEach, describe, expect, it } from 'vitest';
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { batchStore } from '@/components/batch/batch-store';
import { useUrlTableState } from '@/hooks/use-url-table-state';
import { ResourceTable } from '@/components/resource-table/resource-table';
import { renderWithProviders } from '@/components/__tests__/render';
import { imageColumns, images, imageTable } from '@/components/__tests__/fixtures';
import { makeActions } from '@/components/__tests__/actions-fixture';

afterEach(() => batchStore.clearFinished());

function Page({ actions }: { actions: ReturnType<typeof makeActions> }) {
  const state = useUrlTableState(imageTable);
  return (
    <ResourceTable
      tableId="images"
      resourceName="images"
      rowKey={(i) => i.id}
      itemName={(i) => i.name}
      columns={imageColumns}
      data={images}
      state={state}
      rowActions={actions.all}
      bulkActions={actions.all}
    />
  );
}

// The row whose cell reads `name`. Asking for the cell by role and name would compute the
// accessible name (and the style of every node) of all the table's cells on each call: seconds
// per lookup under happy-dom, most of this file's run time.
const rowOf = (name: string) => {
  const row = screen.getAllByRole('row').find((r) => within(r).queryByText(name) !== null);
  if (!row) throw new Error(`no row for ${name}`);
  return row;
};

describe('bulk actions', () => {
  it('skips items whose guard fails (with the reason) and runs the rest after typing the count', async () => {
    const user = userEvent.setup();
    const a = makeActions();
    await renderWithProviders(<Page actions={a} />);
    for (const name of ['image-1', 'image-2', 'image-3']) {
      await user.click(within(rowOf(name)).getByRole('checkbox'));
    }
    const bar = screen.getByRole('toolbar', { name: 'Bulk actions' });
    expect(within(bar).getByText('3 selected')).toBeTruthy();
    // Only run actions marked bulk are offered; image-1 is queued, so 2 of 3 are eligible.
    expect(within(bar).queryByRole('button', { name: /Edit|Deactivate/ })).toBeNull();
    await user.click(within(bar).getByRole('button', { name: 'Delete (2 items)' }));

    // By text, not accessible name: antd gives every element id "test-id" under NODE_ENV=test,
    // so aria-labelledby is ambiguous in tests (not in the app).
    const dialog = await screen.findByRole('dialog');
    expect(within(dialog).getByText('Delete 2 items?')).toBeTruthy();
    expect(within(dialog).getByText('1 selected item will be skipped:')).toBeTruthy();
    expect(within(dialog).getByText(/Queued images cannot be deleted/)).toBeTruthy();
    const ok = within(dialog).getByRole('button', { name: 'Delete' });
    await user.type(within(dialog).getByRole('textbox'), '3');
    expect(ok).toHaveProperty('disabled', true);
    await user.clear(within(dialog).getByRole('textbox'));
    await user.type(within(dialog).getByRole('textbox'), '2');
    await user.click(ok);

    await waitFor(() => expect(a.remove.onSettled).toHaveBeenCalledTimes(1));
    expect(a.remove.run.mock.calls.map(([i]) => i.name).sort()).toEqual(['image-2', 'image-3']);
    const [batch] = batchStore.getSnapshot();
    expect(batch?.entries.map((e) => [e.name, e.state.status])).toEqual([
      ['image-1', 'skipped'],
      ['image-2', 'succeeded'],
      ['image-3', 'succeeded'],
    ]);
    // The selection is handed over to the ledger.
    expect(screen.queryByRole('toolbar', { name: 'Bulk actions' })).toBeNull();
  });

  it('disables a bulk action none of the selection allows', async () => {
    const user = userEvent.setup();
    const a = makeActions();
    await renderWithProviders(<Page actions={a} />);
    await user.click(within(rowOf('image-1')).getByRole('checkbox'));
    const bar = screen.getByRole('toolbar', { name: 'Bulk actions' });
    expect(within(bar).getByRole('button', { name: /Delete/ })).toHaveProperty('disabled', true);
  });
});
