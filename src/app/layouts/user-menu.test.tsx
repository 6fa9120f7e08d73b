import { afterEach, describe, expect, it } from 'vitest';
import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { getSession, setSession, type Session } from '@/api/session';
import { readDraft, saveDraft } from '@/components/form-drawer/drafts';
import { getTasks, loadTasksOf, putTask } from '@/components/task-centre/task-store';
import { stubFetch } from '@/testing/fetch-stub';
import { renderWithProviders } from '@/testing/render';
import { UserMenu } from './user-menu';

const alice: Session = {
  token: 'tok-alice',
  expires_at: new Date(Date.now() + 3_600_000).toISOString(),
  user: { id: 'u-alice', name: 'alice', domain: { id: 'default', name: 'Default' } },
  project: { id: 'p1', name: 'chengdu', domain: { id: 'default', name: 'Default' } },
  roles: [{ id: 'r1', name: 'member' }],
};

describe('logout', () => {
  afterEach(() => {
    sessionStorage.clear();
    localStorage.clear();
  });

  it('leaves nothing of the user for the next one: session, query cache, drafts, tasks', async () => {
    stubFetch({ 'DELETE /os/kinton/v1/v3/auth/tokens': () => new Response(null, { status: 204 }) });
    setSession(alice);
    saveDraft('server-groups:create', { name: 'half-typed' }, alice.user.id);
    loadTasksOf(alice.user.id);
    putTask({
      id: 't1',
      kind: 'serverCreate',
      title: 'alice-web-1',
      user: 'alice',
      startedAt: Date.now(),
      endedAt: null,
      status: 'running',
      message: null,
      resource: { type: 'server', id: 's1', project: 'p1', expect: null },
      items: 1,
      failed: 0,
    });
    const user = userEvent.setup();
    const { queryClient } = await renderWithProviders(<UserMenu session={alice} />);
    queryClient.setQueryData(['servers', 'list', { project: 'p1' }], [{ name: 'alice-web-1' }]);
    expect(queryClient.getQueryCache().getAll()).not.toHaveLength(0);

    await user.click(await screen.findByRole('button', { name: 'Account menu: alice' }));
    await user.click(await screen.findByText('Log out'));

    await waitFor(() => expect(getSession()).toBeNull());
    expect(queryClient.getQueryCache().getAll()).toHaveLength(0);
    expect(readDraft('server-groups:create', alice.user.id)).toBeNull();
    expect(getTasks()).toHaveLength(0);
    expect(JSON.stringify({ ...localStorage, ...sessionStorage })).not.toContain('tok-alice');
  });
});
