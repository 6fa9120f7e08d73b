import { describe, expect, it } from 'vitest';
import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { loadNamespace } from '@/i18n';
import { json, stubFetch, unreachableFetch } from '@/testing/fetch-stub';
import { renderWithProviders } from '@/testing/render';
import { Component as LoginPage } from './login-page';

const AUTH = 'POST /os/kinton/v1/v3/auth/tokens';

async function attempt(password: string) {
  await renderWithProviders(<LoginPage />, { path: '/login' });
  await loadNamespace('auth');
  const user = userEvent.setup();
  await user.type(await screen.findByLabelText('Username'), 'admin');
  await user.type(screen.getByLabelText('Password'), password);
  await user.click(screen.getByRole('button', { name: 'Log in' }));
}

describe('login after a failed attempt', () => {
  it('empties the refused password and puts the cursor there, keeping the username', async () => {
    stubFetch({
      [AUTH]: () => json(401, { error: { code: 401, message: 'Invalid username or password.' } }),
    });
    await attempt('wrong');
    expect(await screen.findByText('Incorrect username or password.')).toBeTruthy();
    const password = screen.getByLabelText('Password');
    await waitFor(() => expect(password).toHaveProperty('value', ''));
    expect(document.activeElement).toBe(password);
    expect(screen.getByLabelText('Username')).toHaveProperty('value', 'admin');
    // Emptied by the console, not by the user: no "enter your password" error yet.
    expect(screen.queryByText('Enter your password.')).toBeNull();
  });

  it('keeps the password when the server could not be reached (retrying may work)', async () => {
    unreachableFetch();
    await attempt('cloudos');
    expect(await screen.findByText(/Cannot reach the server/)).toBeTruthy();
    expect(screen.getByLabelText('Password')).toHaveProperty('value', 'cloudos');
  });
});
