import { afterEach, describe, expect, it } from 'vitest';
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { getSession, setSession, type Session } from '@/api/session';
import { renderWithProviders } from '@/testing/render';
import { json, stubFetch, type StubRequest } from '@/testing/fetch-stub';
import { formatRemaining, SessionExpiryNotice } from './session-expiry-notice';

const session = (msLeft: number, token = 'tok-1'): Session => ({
  token,
  expires_at: new Date(Date.now() + msLeft).toISOString(),
  user: { id: 'u1', name: 'alice', domain: { id: 'default', name: 'Default' } },
  project: { id: 'p1', name: 'chengdu', domain: { id: 'default', name: 'Default' } },
  roles: [{ id: 'r1', name: 'member' }],
});

describe('SessionExpiryNotice', () => {
  afterEach(() => sessionStorage.clear());

  it('formats the time left as minutes and seconds', () => {
    expect(formatRemaining(4 * 60_000 + 5_000)).toBe('4:05');
    expect(formatRemaining(-1)).toBe('0:00');
  });

  it('stays out of the way until the last five minutes', async () => {
    await renderWithProviders(<SessionExpiryNotice session={session(30 * 60_000)} />);
    expect(screen.queryByRole('alert')).toBeNull();
  });

  it('counts down the last minutes and renews in place with the password', async () => {
    const near = session(4 * 60_000);
    setSession(near);
    const logins: StubRequest[] = [];
    stubFetch({
      'POST /os/kinton/v1/v3/auth/tokens': (req) => {
        logins.push(req);
        return json(
          201,
          {
            token: {
              expires_at: new Date(Date.now() + 3_600_000).toISOString(),
              issued_at: new Date().toISOString(),
              methods: ['password'],
              user: near.user,
              project: near.project,
              roles: near.roles,
            },
          },
          { 'X-Subject-Token': 'tok-2' },
        );
      },
    });
    await renderWithProviders(<SessionExpiryNotice session={near} />);
    const alert = await screen.findByRole('alert');
    expect(within(alert).getByText(/Your session ends in [34]:\d\d/)).toBeTruthy();

    const user = userEvent.setup();
    await user.click(within(alert).getByRole('button', { name: 'Stay signed in' }));
    const dialog = await screen.findByRole('dialog');
    await user.type(within(dialog).getByLabelText('Password'), 'cloudos');
    await user.click(within(dialog).getByRole('button', { name: 'Continue' }));
    await waitFor(() => expect(getSession()?.token).toBe('tok-2'));
    expect(logins[0]?.body).toMatchObject({
      auth: { identity: { password: { user: { name: 'alice', password: 'cloudos' } } } },
    });
  });
});
