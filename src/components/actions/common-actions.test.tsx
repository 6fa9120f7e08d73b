import { describe, expect, it, vi } from 'vitest';
import { QueryClient } from '@tanstack/react-query';
import type { NavigateFunction } from 'react-router';
import { deleteAction, editAction } from './common-actions';

type Item = { id: string; locked: boolean };

describe('common actions', () => {
  it('edit opens the form, guarded when asked', () => {
    const open = vi.fn();
    const edit = editAction<Item>('Edit', open, (x) => (x.locked ? 'locked' : true));
    expect(edit.guard({ id: 'a', locked: true })).toBe('locked');
    edit.open({ id: 'b', locked: false }, {} as never);
    expect(open).toHaveBeenCalledWith({ id: 'b', locked: false }, {});
  });

  it('delete is dangerous, bulk, typed-confirmed and refreshes what it names', async () => {
    const queryClient = new QueryClient();
    const invalidate = vi.spyOn(queryClient, 'invalidateQueries').mockResolvedValue();
    const run = vi.fn(() => Promise.resolve());
    const del = deleteAction<Item>({
      label: 'Delete',
      run,
      confirm: { content: 'gone for good' },
      invalidate: [['things'], ['projects']],
    });
    expect(del).toMatchObject({ key: 'delete', danger: true, bulk: true });
    expect(del.confirm).toEqual({ typeToConfirm: true, content: 'gone for good' });
    expect(del.guard({ id: 'a', locked: true })).toBe(true);
    await del.run({ id: 'a', locked: false }, {} as never);
    expect(run).toHaveBeenCalled();
    del.onSettled?.({} as never, { queryClient, navigate: (() => undefined) as NavigateFunction });
    expect(invalidate.mock.calls.map((c) => c[0])).toEqual([
      { queryKey: ['things'] },
      { queryKey: ['projects'] },
    ]);
    expect(deleteAction<Item>({ label: 'Delete', run, bulk: false }).bulk).toBe(false);
  });
});
