import { describe, expect, it } from 'vitest';
import { fireEvent, screen, waitFor } from '@testing-library/react';
import { IntentLink, INTENT_DELAY_MS } from '@/components/resource-table/intent-link';
import { json, stubFetch } from '@/testing/fetch-stub';
import { renderWithProviders } from '@/testing/render';
import { watchedNodeQueries } from '../api/queries';
import { nodeDetailIntent } from './node-detail-intent';

const ID = '6f1c7a52-0d1e-4c9b-9d3e-2a7f5b8c1e01';
const NODE = `GET /os/kinton/v1/v1/nodes/${ID}`;

async function renderLink() {
  const fetch = stubFetch({
    [NODE]: () => json(200, { uuid: ID, name: 'bm-01', provision_state: 'available' }),
  });
  const { queryClient } = await renderWithProviders(
    <IntentLink to={`/bare-metal/nodes/${ID}`} intent={nodeDetailIntent(ID)}>
      bm-01
    </IntentLink>,
  );
  const link = await screen.findByRole('link', { name: 'bm-01' });
  const nodeRequests = () =>
    fetch.mock.calls.filter(([input]) =>
      String(input instanceof Request ? input.url : input).includes(ID),
    );
  return { link, queryClient, nodeRequests };
}

const pause = (ms: number) => new Promise((r) => setTimeout(r, ms));

describe('node name link: detail prefetch on intent', () => {
  it('prefetches the node under the detail page’s key once the pointer rests on the link', async () => {
    const { link, queryClient, nodeRequests } = await renderLink();
    fireEvent.pointerMove(link, { pointerType: 'mouse', movementX: 4, movementY: 1 });
    fireEvent.pointerMove(link, { pointerType: 'mouse', movementX: 2, movementY: 0 });
    expect(nodeRequests()).toHaveLength(0);
    await waitFor(() => expect(nodeRequests()).toHaveLength(1));
    const key = watchedNodeQueries.node(ID).queryKey;
    await waitFor(() => expect(queryClient.getQueryState(key)?.status).toBe('success'));
    // Hovering again while the entry is fresh sends nothing more.
    fireEvent.pointerLeave(link, { pointerType: 'mouse' });
    fireEvent.pointerMove(link, { pointerType: 'mouse', movementX: 1, movementY: 1 });
    await pause(INTENT_DELAY_MS * 2);
    expect(nodeRequests()).toHaveLength(1);
  });

  it('prefetches when the keyboard focus rests on the link', async () => {
    const { link, nodeRequests } = await renderLink();
    link.focus();
    await waitFor(() => expect(nodeRequests()).toHaveLength(1));
  });

  it('does nothing for a pointer that only passes over, nor for a row scrolled under it', async () => {
    const { link, queryClient, nodeRequests } = await renderLink();
    fireEvent.pointerMove(link, { pointerType: 'mouse', movementX: 8, movementY: 0 });
    fireEvent.pointerLeave(link, { pointerType: 'mouse' });
    // Scrolled under a resting pointer: an enter and a move without movement.
    fireEvent.pointerEnter(link, { pointerType: 'mouse' });
    fireEvent.pointerMove(link, { pointerType: 'mouse', movementX: 0, movementY: 0 });
    // A touch drag is a scroll.
    fireEvent.pointerMove(link, { pointerType: 'touch', movementX: 0, movementY: 12 });
    await pause(INTENT_DELAY_MS * 3);
    expect(nodeRequests()).toHaveLength(0);
    expect(queryClient.getQueryState(watchedNodeQueries.node(ID).queryKey)).toBeUndefined();
  });
});
