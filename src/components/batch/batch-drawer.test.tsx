import { afterEach, describe, expect, it, vi } from 'vitest';
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { ApiError } from '@/api/api-error';
import { renderWithProviders } from '@/components/__tests__/render';
import { BatchDrawer } from './batch-drawer';
import { batchStore, setBatchDrawerOpen, startBatch } from './batch-store';

afterEach(() => {
  batchStore.clearFinished();
  setBatchDrawerOpen(false);
});

const servers = ['web-1', 'web-2', 'db-1', 'locked-1'].map((name) => ({ id: `id-${name}`, name }));

function startDeletes(failing: Set<string>) {
  const run = vi.fn(async (s: { name: string }) => {
    if (failing.has(s.name)) {
      throw new ApiError({
        status: 409,
        message: 'Instance is in task_state deleting',
        requestId: 'req-77',
      });
    }
  });
  const id = startBatch({
    title: 'Delete servers',
    items: servers,
    keyOf: (s) => s.id,
    nameOf: (s) => s.name,
    guard: (s) => (s.name.startsWith('locked') ? 'Locked' : true),
    run,
  });
  return { id, run };
}

describe('BatchDrawer', () => {
  it('posts one summary message for the whole batch, not one per item', async () => {
    await renderWithProviders(<BatchDrawer />);
    const { id } = startDeletes(new Set(['db-1']));
    await batchStore.settled(id);
    const summary = await screen.findByText('Delete servers: 2 succeeded, 1 failed, 1 skipped');
    expect(summary).toBeTruthy();
    expect(screen.queryAllByText(/succeeded|failed/)).toHaveLength(1);
  });

  it('shows the per-item ledger with the error, the request id and the skip reason', async () => {
    const user = userEvent.setup();
    await renderWithProviders(<BatchDrawer />);
    const { id } = startDeletes(new Set(['db-1']));
    await batchStore.settled(id);
    await user.click(screen.getByRole('button', { name: 'Tasks (0 running)' }));
    const drawer = await screen.findByRole('dialog');
    const rowOf = (name: string) => within(drawer).getByRole('cell', { name }).closest('tr');
    const failed = rowOf('db-1');
    expect(failed?.textContent).toContain('Failed');
    expect(failed?.textContent).toContain('Instance is in task_state deleting');
    expect(failed?.textContent).toContain('req-77');
    expect(rowOf('locked-1')?.textContent).toContain('Locked');
    expect(rowOf('web-1')?.textContent).toContain('Succeeded');
  });

  it('retries only the failed items from the drawer', async () => {
    const user = userEvent.setup();
    await renderWithProviders(<BatchDrawer />);
    const failing = new Set(['db-1', 'web-2']);
    const { id, run } = startDeletes(failing);
    await batchStore.settled(id);
    run.mockClear();
    failing.clear();
    setBatchDrawerOpen(true);
    const drawer = await screen.findByRole('dialog');
    await user.click(within(drawer).getByRole('button', { name: 'Retry 2 failed' }));
    await waitFor(() => expect(within(drawer).queryByRole('button', { name: /Retry/ })).toBeNull());
    expect(run.mock.calls.map(([s]) => s.name).sort()).toEqual(['db-1', 'web-2']);
    expect(await screen.findByText('Delete servers: 3 succeeded, 1 skipped')).toBeTruthy();
  });

  it('keeps running and shows progress while the page that started it is gone', async () => {
    const user = userEvent.setup();
    let release: () => void = () => undefined;
    const gate = new Promise<void>((r) => (release = r));
    const id = startBatch({ title: 'Reboot', items: ['a', 'b'], keyOf: (s) => s, run: () => gate });
    // The drawer mounts after the batch started (e.g. on another page).
    await renderWithProviders(<BatchDrawer />);
    await user.click(screen.getByRole('button', { name: 'Tasks (1 running)' }));
    const drawer = await screen.findByRole('dialog');
    expect(within(drawer).getAllByText('Running').length).toBeGreaterThan(0);
    await user.click(within(drawer).getByRole('button', { name: 'Cancel remaining' }));
    release();
    const { summary } = await batchStore.settled(id);
    expect(summary.succeeded).toBe(2);
  });

  it('names the item in the message when a single-item action settles', async () => {
    await renderWithProviders(<BatchDrawer />);
    const ok = startBatch({
      title: 'Reboot',
      items: ['web-1'],
      keyOf: (s) => s,
      run: async () => undefined,
    });
    await batchStore.settled(ok);
    expect(await screen.findByText('Reboot “web-1”: done')).toBeTruthy();
    const bad = startBatch({
      title: 'Reboot',
      items: ['web-2'],
      keyOf: (s) => s,
      run: async () => {
        throw new ApiError({ status: 409, message: 'Server is locked' });
      },
    });
    await batchStore.settled(bad);
    expect(await screen.findByText('Reboot “web-2” failed: Server is locked')).toBeTruthy();
  });

  it('speaks Chinese', async () => {
    await renderWithProviders(<BatchDrawer />, { lng: 'zh-CN' });
    const { id } = startDeletes(new Set(['db-1']));
    await batchStore.settled(id);
    expect(await screen.findByText('Delete servers：2 个成功，1 个失败，1 个跳过')).toBeTruthy();
  });
});
