import { afterEach, describe, expect, it } from 'vitest';
import { QueryClient } from '@tanstack/react-query';
import type { LoaderFunctionArgs } from 'react-router';
import { clearSession } from '@/api/session';
import { signIn } from '@/testing/factories';
import { json, stubFetch } from '@/testing/fetch-stub';
import { watchedServerQueries } from '../api/queries';
import { SERVERS_TABLE, toListParams } from '../model/list-params';
import { parseTableState } from '@/hooks/url-table-state';
import { prefetch } from './servers-prefetch';

const args = (url: string) =>
  ({ request: new Request(url), params: {}, context: undefined }) as unknown as LoaderFunctionArgs;

describe('servers route prefetch', () => {
  afterEach(() => clearSession());

  it('asks for the page the URL names, under the key the page reads', async () => {
    const session = signIn('member');
    const fetch = stubFetch({
      [`GET /os/compute/v1/v2/${session.project.id}/servers/detail`]: () =>
        json(200, { servers: [], servers_links: [] }),
    });
    const qc = new QueryClient();
    const url = 'http://localhost/servers?q=web&size=50&status=ACTIVE';
    await prefetch(args(url), qc);

    expect(fetch).toHaveBeenCalledTimes(1);
    const [input] = fetch.mock.calls[0] ?? [];
    const requested = new URL(
      input instanceof Request ? input.url : String(input),
      'http://localhost',
    );
    expect(requested.searchParams.get('name')).toBe('web');
    expect(requested.searchParams.get('limit')).toBe('50');
    expect(requested.searchParams.get('status')).toBe('ACTIVE');
    const viewer = { isAdmin: false, projectId: session.project.id };
    const state = parseTableState(new URL(url).searchParams, SERVERS_TABLE);
    const key = watchedServerQueries.list(viewer.projectId, toListParams(state, viewer)).queryKey;
    expect(qc.getQueryState(key)?.status).toBe('success');
  });

  it('asks for nothing without a session', async () => {
    const fetch = stubFetch({});
    await prefetch(args('http://localhost/servers'), new QueryClient());
    expect(fetch).not.toHaveBeenCalled();
  });
});
