import { afterEach, describe, expect, it } from 'vitest';
import { QueryClient } from '@tanstack/react-query';
import type { LoaderFunctionArgs } from 'react-router';
import { clearSession } from '@/api/session';
import { signIn } from '@/testing/factories';
import { json, stubFetch } from '@/testing/fetch-stub';
import { parseTableState } from '@/hooks/url-table-state';
import { watchedNodeQueries } from '../api/queries';
import { NODES_TABLE, toNodeListParams } from '../model/list-params';
import { prefetch } from './nodes-prefetch';

const args = (url: string) =>
  ({ request: new Request(url), params: {}, context: undefined }) as unknown as LoaderFunctionArgs;

describe('bare-metal nodes route prefetch', () => {
  afterEach(() => clearSession());

  it('asks for the page the URL names, under the key the page reads', async () => {
    signIn('admin');
    const fetch = stubFetch({
      'GET /os/kinton/v1/v1/nodes/detail': () => json(200, { nodes: [] }),
    });
    const qc = new QueryClient();
    const url = 'http://localhost/bare-metal/nodes?size=100&state=active&maintenance=true';
    await prefetch(args(url), qc);

    expect(fetch).toHaveBeenCalledTimes(1);
    const [input] = fetch.mock.calls[0] ?? [];
    const requested = new URL(
      input instanceof Request ? input.url : String(input),
      'http://localhost',
    );
    expect(requested.searchParams.get('limit')).toBe('100');
    expect(requested.searchParams.get('provision_state')).toBe('active');
    expect(requested.searchParams.get('maintenance')).toBe('true');
    const state = parseTableState(new URL(url).searchParams, NODES_TABLE);
    const key = watchedNodeQueries.list(toNodeListParams(state)).queryKey;
    expect(qc.getQueryState(key)?.status).toBe('success');
  });

  it('asks for nothing for a tenant, or without a session', async () => {
    const fetch = stubFetch({});
    await prefetch(args('http://localhost/bare-metal/nodes'), new QueryClient());
    signIn('member');
    await prefetch(args('http://localhost/bare-metal/nodes'), new QueryClient());
    expect(fetch).not.toHaveBeenCalled();
  });
});
