// The usage example from the F2 hand-over, compiled and exercised so it cannot drift: a list page
// that only declares columns, filters, actions and a form.
import { useState } from 'react';
import { describe, expect, it, vi } from 'vitest';
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { queryOptions, useQuery } from '@tanstack/react-query';
import { Button, Form, Input } from 'antd';
import { ApiError } from '@/api/api-error';
import { anyItem, pollWhile } from '@/hooks/polling';
import { defineTableOptions } from '@/hooks/url-table-state';
import { useUrlTableState } from '@/hooks/use-url-table-state';
import type { ResourceAction } from '@/components/actions/types';
import { batchStore } from '@/components/batch/batch-store';
import { FormDrawer } from '@/components/form-drawer/form-drawer';
import { useRules } from '@/components/form-drawer/use-rules';
import { PageHeader } from '@/components/page-header';
import { FilterSelect } from '@/components/resource-table/filter-select';
import { ResourceTable } from '@/components/resource-table/resource-table';
import type { ResourceColumn } from '@/components/resource-table/types';
import { StatusTag } from '@/components/status-tag';
import { isTransitionalStatus, toneOf } from '@/components/status-tone';
import { renderWithProviders } from './render';

// --- what a feature declares (model/, api/, components/) -------------------------------------
type Image = { id: string; name: string; status: string; size: number; protected: boolean };
const db: Image[] = [
  { id: 'i1', name: 'ubuntu', status: 'active', size: 3, protected: false },
  { id: 'i2', name: 'centos', status: 'queued', size: 2, protected: false },
  { id: 'i3', name: 'windows', status: 'active', size: 20, protected: true },
  { id: 'i4', name: 'debian', status: 'killed', size: 1, protected: false },
];
const api = {
  list: vi.fn(async () => db.filter((i) => i.status !== 'deleted')),
  remove: vi.fn(async (id: string) => {
    const image = db.find((i) => i.id === id);
    if (image) image.status = 'deleted';
  }),
  create: vi.fn(async (_body: { name: string }) => {
    throw new ApiError({
      status: 409,
      message: 'Conflict',
      requestId: 'req-1',
      details: [{ path: 'body/name', message: 'Name taken' }],
    });
  }),
};

const IMAGE_TONES = {
  active: 'success',
  queued: 'processing',
  saving: 'processing',
  killed: 'error',
} as const;
const imageKeys = { all: ['images'] as const, list: () => [...imageKeys.all, 'list'] as const };
const imageQueries = {
  list: () =>
    queryOptions({
      queryKey: imageKeys.list(),
      queryFn: api.list,
      refetchInterval: pollWhile(
        anyItem((i: Image) => isTransitionalStatus(IMAGE_TONES, i.status)),
      ),
    }),
};
const imageTable = defineTableOptions({
  filters: { status: { multiple: true, options: ['active', 'queued', 'killed'] } },
  sortFields: ['name', 'size'],
  defaultSort: { field: 'name', order: 'ascend' },
});
const canDeleteImage = (i: Image) =>
  i.protected
    ? 'Protected images cannot be deleted'
    : i.status === 'queued'
      ? 'Wait until the upload ends'
      : true;
const deleteImage: ResourceAction<Image> = {
  key: 'delete',
  label: 'Delete', // or { ns: 'images', key: 'actions.delete' }
  danger: true,
  bulk: true,
  guard: canDeleteImage,
  confirm: { typeToConfirm: true },
  run: (image) => api.remove(image.id),
  onSettled: (_result, { queryClient }) =>
    void queryClient.invalidateQueries({ queryKey: imageKeys.all }),
};

// --- the page ---------------------------------------------------------------------------------
function ImagesPage() {
  const table = useUrlTableState(imageTable);
  const query = useQuery(imageQueries.list());
  const [creating, setCreating] = useState(false);
  const rules = useRules();
  const columns: ResourceColumn<Image>[] = [
    {
      key: 'name',
      title: 'Name',
      value: (i) => i.name,
      sortable: true,
      searchable: true,
      alwaysVisible: true,
    },
    {
      key: 'status',
      title: 'Status',
      value: (i) => i.status,
      render: (i) => <StatusTag tone={toneOf(IMAGE_TONES, i.status)} label={i.status} />,
    },
    { key: 'size', title: 'Size (GiB)', value: (i) => i.size, sortable: true, align: 'right' },
    { key: 'id', title: 'ID', value: (i) => i.id, defaultHidden: true },
  ];
  const create = <Button onClick={() => setCreating(true)}>Create image</Button>;
  return (
    <>
      <PageHeader title="Images" extra={create} />
      <ResourceTable
        tableId="images"
        resourceName="images"
        rowKey={(i) => i.id}
        itemName={(i) => i.name}
        columns={columns}
        data={query.data}
        query={query}
        state={table}
        filters={
          <FilterSelect
            state={table}
            name="status"
            placeholder="Status"
            options={imageTable.filters.status.options.map((v) => ({ value: v, label: v }))}
          />
        }
        rowActions={[deleteImage]}
        bulkActions={[deleteImage]}
        emptyAction={create}
      />
      <FormDrawer<{ name: string }>
        title="Create image"
        open={creating}
        onClose={() => setCreating(false)}
        onSubmit={(values) => api.create(values)}
      >
        <Form.Item name="name" label="Name" rules={[rules.required(), rules.maxLength(255)]}>
          <Input />
        </Form.Item>
      </FormDrawer>
    </>
  );
}

describe('example list page', () => {
  it('filters through the URL, bulk-deletes through the batch runner, and maps create errors', async () => {
    const user = userEvent.setup();
    const { search } = await renderWithProviders(<ImagesPage />);
    const table = await screen.findByRole('table');
    await within(table).findByText('ubuntu');

    await user.click(screen.getByRole('combobox', { name: 'Status' }));
    await user.click(await screen.findByTitle('active'));
    expect(search().getAll('status')).toEqual(['active']);
    await waitFor(() => expect(within(table).queryByText('debian')).toBeNull());
    await user.keyboard('{Escape}');

    await user.click(within(table).getAllByRole('checkbox')[0] ?? table); // select all on the page
    const bar = screen.getByRole('toolbar', { name: 'Bulk actions' });
    await user.click(within(bar).getByRole('button', { name: 'Delete (1 item)' }));
    const dialog = await screen.findByRole('dialog');
    await user.type(within(dialog).getByRole('textbox'), 'ubuntu');
    await user.click(within(dialog).getByRole('button', { name: 'Delete' }));
    await waitFor(() => expect(within(table).queryByText('ubuntu')).toBeNull());
    expect(api.remove).toHaveBeenCalledWith('i1');
    expect(batchStore.getSnapshot()[0]?.entries.map((e) => e.state.status)).toEqual([
      'succeeded', // ubuntu
      'skipped', // windows: protected
    ]);

    await user.click(screen.getAllByRole('button', { name: 'Create image' })[0] ?? table);
    const drawer = await screen.findByRole('dialog');
    await user.type(within(drawer).getByLabelText('Name'), 'ubuntu');
    await user.click(within(drawer).getByRole('button', { name: 'Submit' }));
    expect(await within(drawer).findByText('Name taken')).toBeTruthy();
    expect(within(drawer).getByText('req-1')).toBeTruthy();
    batchStore.clearFinished();
  });
});
