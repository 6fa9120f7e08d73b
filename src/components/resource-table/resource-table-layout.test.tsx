// Which columns a table starts with on a given screen, and the remembered row density.
import { afterEach, describe, expect, it } from 'vitest';
import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { images, imageTable, type TestImage } from '@/components/__tests__/fixtures';
import { useUrlTableState } from '@/hooks/use-url-table-state';
import { renderWithProviders } from '@/testing/render';
import { ResourceTable } from './resource-table';
import type { ResourceColumn } from './types';

const columns: ResourceColumn<TestImage>[] = [
  { key: 'name', title: 'Name', value: (i) => i.name, alwaysVisible: true },
  { key: 'status', title: 'Status', value: (i) => i.status },
  { key: 'os', title: 'OS', value: (i) => i.os, showFrom: 1440 },
];

function Page() {
  const state = useUrlTableState(imageTable);
  return (
    <ResourceTable
      tableId="layout"
      resourceName="images"
      rowKey={(i) => i.id}
      columns={columns}
      data={images.slice(0, 3)}
      state={state}
    />
  );
}

const realWidth = window.innerWidth;
const setViewport = (width: number) =>
  Object.defineProperty(window, 'innerWidth', { value: width, configurable: true });

afterEach(() => setViewport(realWidth));

describe('ResourceTable layout', () => {
  it('starts with the columns that fit the screen, and a user choice wins', async () => {
    setViewport(1280);
    const first = await renderWithProviders(<Page />);
    await screen.findByRole('table');
    expect(screen.queryByRole('columnheader', { name: 'OS' })).toBeNull();
    first.unmount();

    setViewport(1920);
    const second = await renderWithProviders(<Page />);
    expect(await screen.findByRole('columnheader', { name: 'OS' })).toBeTruthy();
    second.unmount();

    // Chosen in the column menu on a small screen: shown there from then on.
    setViewport(1280);
    await renderWithProviders(<Page />);
    await userEvent.click(await screen.findByRole('button', { name: 'Columns' }));
    await userEvent.click(await screen.findByRole('checkbox', { name: 'OS' }));
    expect(await screen.findByRole('columnheader', { name: 'OS' })).toBeTruthy();
    expect(localStorage.getItem('table-columns:layout')).toBe('{"shown":["os"],"hidden":[]}');
  });

  it('offers compact rows and remembers the choice per table', async () => {
    const first = await renderWithProviders(<Page />);
    const toggle = await screen.findByRole('button', { name: 'Compact rows' });
    expect(toggle.getAttribute('aria-pressed')).toBe('false');
    await userEvent.click(toggle);
    expect(toggle.getAttribute('aria-pressed')).toBe('true');
    expect(localStorage.getItem('table-density:layout')).toBe('compact');
    first.unmount();

    await renderWithProviders(<Page />);
    const again = await screen.findByRole('button', { name: 'Compact rows' });
    expect(again.getAttribute('aria-pressed')).toBe('true');
  });
});
