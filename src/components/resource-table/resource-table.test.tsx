import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { useState } from 'react';
import { act, fireEvent, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { ApiError } from '@/api/api-error';
import { useUrlTableState } from '@/hooks/use-url-table-state';
import { renderWithProviders } from '@/components/__tests__/render';
import { imageColumns, images, imageTable, type TestImage } from '@/components/__tests__/fixtures';
import { ResourceTable, type ResourceTableProps } from './resource-table';
import { SEARCH_DEBOUNCE_MS } from './search-box';
import type { QueryStatusLike } from './types';
import type { ResourceAction } from '@/components/actions/types';

type Extra = Partial<ResourceTableProps<TestImage, (typeof imageTable)['filters']>>;

function Page(props: { data?: TestImage[] | undefined } & Extra) {
  // `data={undefined}` means "no data yet", not "use the fixture".
  const { data: given, ...extra } = props;
  const data = 'data' in props ? given : images;
  const state = useUrlTableState(imageTable);
  return (
    <ResourceTable
      tableId="images"
      resourceName="images"
      rowKey={(i) => i.id}
      columns={imageColumns}
      data={data}
      state={state}
      {...extra}
    />
  );
}

const query = (over: Partial<QueryStatusLike> = {}): QueryStatusLike => ({
  isPending: false,
  isFetching: false,
  error: null,
  dataUpdatedAt: Date.now(),
  refetch: vi.fn(),
  ...over,
});

const table = () => screen.getByRole('table');
const bodyRows = () => within(table()).getAllByRole('row').slice(1);
const column = (header: string) => {
  const headers = within(table())
    .getAllByRole('columnheader')
    .map((h) => h.textContent ?? '');
  const index = headers.findIndex((h) => h.includes(header));
  if (index < 0) return [];
  return bodyRows().map((r) => within(r).getAllByRole('cell')[index]?.textContent);
};

describe('ResourceTable, client-side paging', () => {
  it('shows the page, sort and filters the URL asks for', async () => {
    await renderWithProviders(<Page />, { url: '/?sort=-size&size=10&page=2&status=active' });
    // 20 active images; sorted by size descending, page 2 of 10 per page.
    expect(bodyRows()).toHaveLength(10);
    expect(column('Size')[0]).toBe('130');
    expect(column('Status').every((s) => s === 'active')).toBe(true);
    expect(screen.getByText('20 items')).toBeTruthy();
  });

  it('writes a header sort click to the URL and resets the page', async () => {
    const user = userEvent.setup();
    const { search } = await renderWithProviders(<Page />, { url: '/?page=2' });
    await user.click(screen.getByRole('columnheader', { name: /Size/ }));
    expect(search().get('sort')).toBe('size');
    expect(search().has('page')).toBe(false);
    expect(column('Size').slice(0, 3)).toEqual(['10', '20', '30']);
  });

  it('searches after typing stops and keeps the search in the URL', async () => {
    // The box writes to the URL SEARCH_DEBOUNCE_MS after the last keystroke. On a fake clock that pause is
    // exact, so the test checks the debounce itself instead of waiting for it in real time (which
    // timed out on a busy machine). fireEvent, not user-event: testing-library's async wrapper
    // around user-event waits on a real-time setTimeout that a fake clock never fires.
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
    const { search } = await renderWithProviders(<Page />);
    const box = screen.getByRole('searchbox', { name: 'Search' });
    fireEvent.change(box, { target: { value: '中' } });
    await act(() => vi.advanceTimersByTimeAsync(SEARCH_DEBOUNCE_MS - 50));
    fireEvent.change(box, { target: { value: '中文' } });
    // Each keystroke starts the wait again.
    await act(() => vi.advanceTimersByTimeAsync(SEARCH_DEBOUNCE_MS - 1));
    expect(search().has('q')).toBe(false);
    expect(bodyRows()).toHaveLength(20);
    await act(() => vi.advanceTimersByTimeAsync(1));
    expect(search().get('q')).toBe('中文');
    expect(column('Name')).toEqual(['中文镜像']);
  });

  it('changes pages through the pager', async () => {
    const user = userEvent.setup();
    const { search } = await renderWithProviders(<Page />);
    await user.click(screen.getByRole('listitem', { name: '2' }));
    expect(search().get('page')).toBe('2');
    expect(bodyRows()).toHaveLength(5);
  });
});

describe('ResourceTable states', () => {
  it('shows a loading skeleton while the query is pending', async () => {
    await renderWithProviders(<Page data={undefined} query={query({ isPending: true })} />);
    expect(screen.getByRole('status', { name: 'Loading images' })).toBeTruthy();
  });

  it('shows the ApiError message, request id and a retry button', async () => {
    const user = userEvent.setup();
    const refetch = vi.fn();
    const error = new ApiError({
      status: 503,
      message: 'Glance is unavailable',
      requestId: 'req-abc',
    });
    await renderWithProviders(
      <Page data={undefined} query={query({ isPending: false, error, refetch })} />,
    );
    const alert = screen.getByRole('alert');
    expect(within(alert).getByText('Could not load images')).toBeTruthy();
    expect(within(alert).getByText('Glance is unavailable')).toBeTruthy();
    expect(within(alert).getByText('req-abc')).toBeTruthy();
    await user.click(within(alert).getByRole('button', { name: 'Retry' }));
    expect(refetch).toHaveBeenCalled();
  });

  it('takes loading/error/onRetry without a query object', async () => {
    const user = userEvent.setup();
    const onRetry = vi.fn();
    await renderWithProviders(
      <Page
        data={undefined}
        loading={false}
        error={new Error('socket hang up')}
        onRetry={onRetry}
      />,
    );
    expect(within(screen.getByRole('alert')).getByText('socket hang up')).toBeTruthy();
    await user.click(screen.getByRole('button', { name: 'Refresh' }));
    expect(onRetry).toHaveBeenCalledTimes(1);
  });

  it('has an empty state with a call to action, and a filtered one that clears filters', async () => {
    const user = userEvent.setup();
    const { unmount } = await renderWithProviders(
      <Page data={[]} emptyAction={<button type="button">Create image</button>} />,
    );
    expect(screen.getByText('No images yet')).toBeTruthy();
    expect(screen.getByRole('button', { name: 'Create image' })).toBeTruthy();
    unmount();
    const { search } = await renderWithProviders(<Page />, {
      url: '/?q=nothing-matches&status=queued',
    });
    expect(screen.getByText('No images match the current filters')).toBeTruthy();
    await user.click(screen.getByRole('button', { name: 'Clear filters' }));
    expect(search().toString()).toBe('');
    expect(bodyRows()).toHaveLength(20);
  });

  it('says when the data was last updated, in the user language', async () => {
    const at = Date.now() - 5 * 60_000;
    const { unmount } = await renderWithProviders(<Page query={query({ dataUpdatedAt: at })} />);
    expect(screen.getByText('Updated 5 minutes ago')).toBeTruthy();
    unmount();
    await renderWithProviders(<Page query={query({ dataUpdatedAt: Date.now() - 2_000 })} />);
    expect(screen.getByText('Updated just now')).toBeTruthy();
  });

  it('speaks Chinese when the language is zh-CN', async () => {
    await renderWithProviders(
      <Page data={[]} resourceName="镜像" query={query({ dataUpdatedAt: Date.now() - 120_000 })} />,
      { lng: 'zh-CN' },
    );
    expect(screen.getByText('暂无镜像')).toBeTruthy();
    expect(screen.getByText('2分钟前更新')).toBeTruthy();
    expect(screen.getByRole('button', { name: '刷新' })).toBeTruthy();
  });
});

describe('ResourceTable column visibility', () => {
  it('hides a column from the menu and remembers it per table id', async () => {
    const user = userEvent.setup();
    const { unmount } = await renderWithProviders(<Page />);
    expect(column('ID')).toEqual([]);
    await user.click(screen.getByRole('button', { name: 'Columns' }));
    await user.click(screen.getByRole('checkbox', { name: 'Size' }));
    await user.click(screen.getByRole('checkbox', { name: 'ID' }));
    expect(column('Size')).toEqual([]);
    expect(column('ID')[0]).toBe('img-01');
    expect(screen.getByRole('checkbox', { name: 'Name' })).toHaveProperty('disabled', true);
    unmount();

    await renderWithProviders(<Page />);
    expect(column('Size')).toEqual([]);
    expect(column('ID')[0]).toBe('img-01');
  });
});

describe('ResourceTable CSV export', () => {
  let blobs: Blob[] = [];
  let downloads: string[] = [];
  beforeEach(() => {
    blobs = [];
    downloads = [];
    vi.spyOn(URL, 'createObjectURL').mockImplementation((b) => {
      if (b instanceof Blob) blobs.push(b);
      return 'blob:test';
    });
    vi.spyOn(URL, 'revokeObjectURL').mockImplementation(() => undefined);
    vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (
      this: HTMLAnchorElement,
    ) {
      downloads.push(this.download);
    });
  });
  afterEach(() => vi.restoreAllMocks());

  it('exports every filtered row (not just the page) of the visible columns', async () => {
    const user = userEvent.setup();
    await renderWithProviders(<Page />, { url: '/?status=active&sort=-size&size=10' });
    await user.click(screen.getByRole('button', { name: 'Export CSV' }));
    expect(downloads[0]).toMatch(/^images-\d{8}-\d{4}\.csv$/);
    const bytes = new Uint8Array(await (blobs[0] ?? new Blob()).arrayBuffer());
    expect([...bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const lines = new TextDecoder().decode(bytes.slice(3)).trimEnd().split('\r\n');
    expect(lines[0]).toBe('Name,Status,Size');
    expect(lines).toHaveLength(21);
    expect(lines[1]).toBe('image-25,active,250');
  });
});

describe('ResourceTable server and cursor paging', () => {
  it('server mode shows the given page as is and sizes the pager from total', async () => {
    const user = userEvent.setup();
    const { search } = await renderWithProviders(
      <Page data={images.slice(0, 20)} paging={{ mode: 'server', total: 95 }} />,
    );
    expect(bodyRows()).toHaveLength(20);
    expect(screen.getByText('95 items')).toBeTruthy();
    await user.click(screen.getByRole('listitem', { name: '5' }));
    expect(search().get('page')).toBe('5');
  });

  it('cursor mode goes next with the marker and back with the remembered one', async () => {
    const user = userEvent.setup();
    function CursorPage() {
      const state = useUrlTableState(imageTable);
      const start = state.cursor ? images.findIndex((i) => i.id === state.cursor) + 1 : 0;
      const page = images.slice(start, start + 10);
      const last = page.at(-1);
      return (
        <ResourceTable
          tableId="images"
          resourceName="images"
          rowKey={(i) => i.id}
          columns={imageColumns}
          data={page}
          state={state}
          paging={{ mode: 'cursor', nextCursor: page.length === 10 ? last?.id : undefined }}
        />
      );
    }
    const { search } = await renderWithProviders(<CursorPage />);
    const nav = screen.getByRole('navigation', { name: 'Pagination' });
    expect(within(nav).getByRole('button', { name: /Previous/ })).toHaveProperty('disabled', true);
    await user.click(within(nav).getByRole('button', { name: /Next/ }));
    expect(search().get('cursor')).toBe('img-10');
    await user.click(screen.getByRole('button', { name: /Next/ }));
    expect(search().get('cursor')).toBe('img-20');
    expect(screen.getByRole('button', { name: /Next/ })).toHaveProperty('disabled', true);
    await user.click(screen.getByRole('button', { name: /Previous/ }));
    expect(search().get('cursor')).toBe('img-10');
    expect(column('Name')[0]).toBe('image-11');
  });
});

describe('ResourceTable virtualization', () => {
  it('renders only part of a large page through antd virtual table', async () => {
    const many = Array.from({ length: 500 }, (_, i) => ({
      ...images[0],
      id: `vm-${i}`,
      name: `vm-${i}`,
      status: 'active',
      size: i,
      os: 'linux',
    }));
    await renderWithProviders(<Page data={many} virtualHeight={400} />, { url: '/?size=500' });
    await act(async () => undefined);
    const rendered = screen.getAllByText(/^vm-\d+$/);
    expect(rendered.length).toBeGreaterThan(0);
    expect(rendered.length).toBeLessThan(500);
  });
});

const OPEN: ResourceAction<TestImage>[] = [
  { key: 'open', label: 'Open', guard: () => true, open: () => undefined },
];
const DELETE: ResourceAction<TestImage>[] = [
  { key: 'del', label: 'Delete', guard: () => true, run: async () => undefined, bulk: true },
];

describe('ResourceTable rendering', () => {
  // antd's table renders every cell again whenever it renders; the page renders again on every
  // query state change and URL change. Both must leave unchanged rows alone.
  it('does not render unchanged rows again when the page renders (refresh, a URL change)', async () => {
    const user = userEvent.setup();
    const cell = vi.fn((i: TestImage) => i.name);
    const columns = [
      { key: 'name', title: 'Name', render: cell, alwaysVisible: true },
      ...imageColumns.slice(1),
    ];
    const rows = images.slice(0, 10);
    function Refreshing() {
      const [fetching, setFetching] = useState(false);
      return (
        <>
          <button type="button" onClick={() => setFetching((f) => !f)}>
            toggle
          </button>
          <Page
            data={rows}
            itemName={(i) => i.name}
            columns={columns}
            query={query({ isFetching: fetching })}
            paging={{ mode: 'server', total: rows.length }}
            rowActions={OPEN}
            bulkActions={DELETE}
          />
        </>
      );
    }
    const { search } = await renderWithProviders(<Refreshing />);
    expect(bodyRows()).toHaveLength(10);
    const before = cell.mock.calls.length;
    await user.click(screen.getByRole('button', { name: 'toggle' }));
    await user.click(screen.getByRole('button', { name: 'toggle' }));
    // The server filters: a search in the URL, the same rows until it answers.
    fireEvent.change(screen.getByRole('searchbox'), { target: { value: 'image-1' } });
    fireEvent.keyDown(screen.getByRole('searchbox'), { key: 'Enter' });
    await act(async () => undefined);
    expect(search().get('q')).toBe('image-1');
    expect(cell.mock.calls.length).toBe(before);
  });

  it('still shows what the empty text says when the state changes (loading, then empty)', async () => {
    function Loading() {
      const [data, setData] = useState<TestImage[] | undefined>(undefined);
      return (
        <>
          <button type="button" onClick={() => setData([])}>
            answer
          </button>
          <Page data={data} />
        </>
      );
    }
    await renderWithProviders(<Loading />);
    expect(screen.getByRole('status', { name: /Loading images/i })).toBeTruthy();
    await userEvent.setup().click(screen.getByRole('button', { name: 'answer' }));
    expect(screen.queryByRole('status', { name: /Loading images/i })).toBeNull();
    expect(screen.getByText('No images yet')).toBeTruthy();
  });
});
