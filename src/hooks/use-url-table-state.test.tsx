import { describe, expect, it } from 'vitest';
import { act, renderHook } from '@testing-library/react';
import type { ReactNode } from 'react';
import { createMemoryRouter, RouterProvider } from 'react-router';
import { defineTableOptions } from './url-table-state';
import { useUrlTableState, type TableState } from './use-url-table-state';

const options = defineTableOptions({
  filters: { status: { multiple: true, options: ['active', 'error'] }, host: {} },
});

function setup(url: string) {
  let router: ReturnType<typeof createMemoryRouter> | undefined;
  const wrapper = ({ children }: { children: ReactNode }) => {
    router ??= createMemoryRouter([{ path: '*', element: children }], { initialEntries: [url] });
    return <RouterProvider router={router} />;
  };
  const hook = renderHook(() => useUrlTableState(options), { wrapper });
  const search = () => router?.state.location.search ?? '';
  return { hook, search };
}

describe('useUrlTableState', () => {
  it('reads the view from the URL and writes changes back, resetting the page on filter change', () => {
    const { hook, search } = setup('/servers?page=3&status=active');
    const state = (): TableState<typeof options.filters> => hook.result.current;
    expect(state().page).toBe(3);
    expect(state().filters.status).toEqual(['active']);
    act(() => state().setFilter('status', ['active', 'error']));
    expect(search()).toBe('?status=active&status=error');
    expect(state().page).toBe(1);
    act(() => state().setPage(2));
    act(() => state().setFilter('host', 'cn-1'));
    expect(search()).toBe('?status=active&status=error&host=cn-1');
    expect(state().isFiltered).toBe(true);
    act(() => state().clearFilters());
    expect(search()).toBe('');
  });

  it('keeps the same state object while the URL does not change', () => {
    const { hook } = setup('/?page=2');
    const first = hook.result.current;
    hook.rerender();
    expect(hook.result.current).toBe(first);
  });
});
