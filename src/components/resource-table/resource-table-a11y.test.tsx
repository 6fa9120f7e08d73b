// Keyboard and screen-reader behaviour of a table with row selection, in both languages.
import { describe, expect, it } from 'vitest';
import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { imageColumns, images, imageTable, type TestImage } from '@/components/__tests__/fixtures';
import type { ResourceAction } from '@/components/actions/types';
import { useUrlTableState } from '@/hooks/use-url-table-state';
import { renderWithProviders } from '@/testing/render';
import { ResourceTable } from './resource-table';

const bulk: ResourceAction<TestImage>[] = [
  { key: 'delete', label: 'Delete', bulk: true, guard: () => true, run: async () => undefined },
];

function Page() {
  const state = useUrlTableState(imageTable);
  return (
    <ResourceTable
      tableId="a11y"
      resourceName="images"
      rowKey={(i) => i.id}
      itemName={(i) => i.name}
      columns={imageColumns}
      data={images.slice(0, 3)}
      state={state}
      bulkActions={bulk}
    />
  );
}

const FOCUSABLE = 'input, button, a[href], [tabindex]:not([tabindex="-1"])';

/** Elements Tab can reach although assistive technology is told they are not there. */
const hiddenButFocusable = () =>
  [...document.querySelectorAll<HTMLElement>(`[aria-hidden="true"] :is(${FOCUSABLE})`)].filter(
    (el) => !el.closest('[inert]') && el.tabIndex >= 0 && !el.hasAttribute('disabled'),
  );

describe('ResourceTable with row selection', () => {
  it('has one "select all" checkbox in the Tab order, not a second one in the measuring row', async () => {
    await renderWithProviders(<Page />);
    expect(await screen.findByRole('checkbox', { name: 'Select all' })).toBeTruthy();
    expect(hiddenButFocusable()).toEqual([]);
    // Every Tab stop from the header checkbox to the first row's is one a user can see.
    const user = userEvent.setup();
    screen.getByRole('checkbox', { name: 'Select all' }).focus();
    const firstRow = screen.getByRole('checkbox', { name: 'Select image-1' });
    const stops: Element[] = [];
    while (document.activeElement !== firstRow && stops.length < 10) {
      await user.tab();
      if (document.activeElement) stops.push(document.activeElement);
    }
    expect(document.activeElement).toBe(firstRow);
    expect(stops.filter((el) => el.closest('[aria-hidden="true"]'))).toEqual([]);
  });

  it("names the selection checkboxes and the search button in the console's language", async () => {
    await renderWithProviders(<Page />, { language: 'zh-CN' });
    const table = await screen.findByRole('table');
    expect(within(table).getByRole('checkbox', { name: '全选' })).toBeTruthy();
    expect(within(table).getByRole('checkbox', { name: '选择 image-2' })).toBeTruthy();
    expect(screen.getByRole('button', { name: '搜索' })).toBeTruthy();
    expect(screen.queryByRole('checkbox', { name: /Select/ })).toBeNull();
    expect(screen.queryByRole('button', { name: 'search' })).toBeNull();
    // antd's own strings (here the page-size changer) follow the language too.
    expect(screen.getByText('20 条/页')).toBeTruthy();
  });
});
