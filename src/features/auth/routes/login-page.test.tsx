import { describe, expect, it } from 'vitest';
import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { loadNamespace } from '@/i18n';
import { json, stubFetch, unreachableFetch } from '@/testing/fetch-stub';
import { tokenResponse } from '@/testing/factories';
import { renderWithProviders } from '@/testing/render';
import { SESSION_STORAGE_KEY } from '@/api/session';
import { Component as LoginPage } from './login-page';
import { PRERENDERED_LOGIN_ID } from './prerendered-login';

const AUTH = 'POST /os/kinton/v1/v3/auth/tokens';

async function renderLogin(language: 'en-US' | 'zh-CN' = 'en-US', path = '/login') {
  const result = await renderWithProviders(<LoginPage />, { language, path });
  await loadNamespace('auth');
  return result;
}

/** Keystone accepts the password and issues `token`; `sent` is the body it was sent. */
function acceptLogin(token: string) {
  const auth: { sent: unknown } = { sent: undefined };
  stubFetch({
    [AUTH]: ({ body }) => {
      auth.sent = body;
      return json(201, tokenResponse('admin'), { 'X-Subject-Token': token });
    },
  });
  return auth;
}

describe('login page', () => {
  it('has English labels', async () => {
    await renderLogin('en-US');
    expect(await screen.findByLabelText('Username')).toBeTruthy();
    expect(screen.getByLabelText('Password')).toBeTruthy();
    expect(screen.getByRole('button', { name: 'Log in' })).toBeTruthy();
  });

  it('has Chinese labels', async () => {
    await renderLogin('zh-CN');
    expect(await screen.findByLabelText('用户名')).toBeTruthy();
    expect(screen.getByLabelText('密码')).toBeTruthy();
    expect(screen.getByRole('button', { name: '登录' })).toBeTruthy();
  });

  it('marks empty fields invalid, describes them by their error and focuses the first', async () => {
    await renderLogin('en-US');
    const user = userEvent.setup();
    const username = await screen.findByLabelText('Username');
    const password = screen.getByLabelText('Password');
    await user.type(password, 'x');
    await user.clear(password);
    // Enter submits, as a form's only submit button does.
    await user.keyboard('{Enter}');
    expect(username.getAttribute('aria-invalid')).toBe('true');
    expect(document.activeElement).toBe(username);
    const errorId = username.getAttribute('aria-describedby') ?? '';
    expect(document.getElementById(errorId)?.textContent).toBe('Enter your username.');
    expect(password.getAttribute('aria-invalid')).toBe('true');

    await user.type(username, 'admin');
    expect(username.getAttribute('aria-invalid')).toBe('false');
    expect(username.getAttribute('aria-describedby')).toBeNull();
    await user.click(screen.getByRole('button', { name: 'Log in' }));
    expect(document.activeElement).toBe(password);
  });

  it('says so when the credentials are wrong (401)', async () => {
    stubFetch({
      [AUTH]: () => json(401, { error: { code: 401, message: 'Invalid username or password.' } }),
    });
    await renderLogin('en-US');
    const user = userEvent.setup();
    await user.type(await screen.findByLabelText('Username'), 'admin');
    await user.type(screen.getByLabelText('Password'), 'wrong');
    await user.click(screen.getByRole('button', { name: 'Log in' }));
    expect(await screen.findByText('Incorrect username or password.')).toBeTruthy();
    expect(sessionStorage.getItem(SESSION_STORAGE_KEY)).toBeNull();
  });

  it('says the server is unreachable on a network error', async () => {
    unreachableFetch();
    await renderLogin('zh-CN');
    const user = userEvent.setup();
    await user.type(await screen.findByLabelText('用户名'), 'admin');
    await user.type(screen.getByLabelText('密码'), 'cloudos');
    await user.click(screen.getByRole('button', { name: '登录' }));
    expect(await screen.findByText('无法连接到服务器，请检查网络连接或稍后重试。')).toBeTruthy();
  });

  it('treats a 502 from the proxy as unreachable', async () => {
    stubFetch({ [AUTH]: () => new Response('Bad Gateway', { status: 502 }) });
    await renderLogin('en-US');
    const user = userEvent.setup();
    await user.type(await screen.findByLabelText('Username'), 'admin');
    await user.type(screen.getByLabelText('Password'), 'cloudos');
    await user.click(screen.getByRole('button', { name: 'Log in' }));
    expect(await screen.findByText(/Cannot reach the server/)).toBeTruthy();
  });

  it('stores the session in sessionStorage and goes to ?next', async () => {
    const auth = acceptLogin('tok-new');
    const { router } = await renderLogin('en-US', '/login?next=%2Fimages%3Fpage%3D2');
    const user = userEvent.setup();
    await user.type(await screen.findByLabelText('Username'), 'admin');
    await user.type(screen.getByLabelText('Password'), 'cloudos');
    await user.click(screen.getByRole('button', { name: 'Log in' }));
    await waitFor(() => expect(router.state.location.pathname).toBe('/images'));
    expect(router.state.location.search).toBe('?page=2');
    expect(sessionStorage.getItem(SESSION_STORAGE_KEY)).toContain('tok-new');
    expect(localStorage.getItem(SESSION_STORAGE_KEY)).toBeNull();
    expect(auth.sent).toEqual({
      auth: {
        identity: {
          methods: ['password'],
          password: { user: { name: 'admin', password: 'cloudos', domain: { id: 'default' } } },
        },
      },
    });
  });

  it('signs in with an existing token after validating it', async () => {
    const fetch = stubFetch({
      'GET /os/kinton/v1/v3/auth/tokens': ({ headers }) =>
        headers.get('X-Subject-Token') === 'tok-old' && headers.get('X-Auth-Token') === 'tok-old'
          ? json(200, tokenResponse('member'), { 'X-Subject-Token': 'tok-old' })
          : json(404, { error: { code: 404, message: 'not found' } }),
    });
    const { router } = await renderLogin('en-US');
    const user = userEvent.setup();
    await user.click(await screen.findByRole('button', { name: 'Sign in with an existing token' }));
    await user.type(screen.getByLabelText('Token'), 'tok-old');
    await user.click(screen.getByRole('button', { name: 'Log in' }));
    await waitFor(() => expect(router.state.location.pathname).toBe('/overview'));
    expect(fetch).toHaveBeenCalledTimes(1);
    expect(sessionStorage.getItem(SESSION_STORAGE_KEY)).toContain('tok-old');
  });

  it('rejects an invalid token', async () => {
    stubFetch({
      'GET /os/kinton/v1/v3/auth/tokens': () =>
        json(404, { error: { code: 404, message: 'nope' } }),
    });
    await renderLogin('en-US');
    const user = userEvent.setup();
    await user.click(await screen.findByRole('button', { name: 'Sign in with an existing token' }));
    await user.type(screen.getByLabelText('Token'), 'garbage');
    await user.click(screen.getByRole('button', { name: 'Log in' }));
    expect(await screen.findByText('The token is invalid or has expired.')).toBeTruthy();
  });

  describe('taking over the form index.html drew before the JavaScript (login-boot.ts)', () => {
    /** The early form, as typed into: the password field focused, its cursor after "clo". */
    function earlyForm({ submitted = false } = {}) {
      const host = document.createElement('div');
      host.id = PRERENDERED_LOGIN_ID;
      host.innerHTML =
        '<form><input name="username"><input name="password" type="password"></form>';
      document.body.prepend(host);
      const [username, password] = host.querySelectorAll('input');
      if (username) username.value = 'admin';
      if (password) {
        password.value = 'cloudos';
        password.focus();
        password.setSelectionRange(3, 3);
      }
      if (submitted) host.dataset.submitted = 'true';
      return host;
    }

    it('keeps what was typed and where the cursor was, and removes the early form', async () => {
      const host = earlyForm();
      await renderLogin('en-US');
      const password = await screen.findByLabelText<HTMLInputElement>('Password');
      expect(host.isConnected).toBe(false);
      expect(document.getElementById(PRERENDERED_LOGIN_ID)).toBeNull();
      expect(screen.getByLabelText<HTMLInputElement>('Username').value).toBe('admin');
      expect(password.value).toBe('cloudos');
      expect(document.activeElement).toBe(password);
      expect(password.selectionStart).toBe(3);
      // The fields are the page's own: typing goes on where it stopped.
      await userEvent.setup().type(password, 'X', {
        skipClick: true,
        initialSelectionStart: 3,
        initialSelectionEnd: 3,
      });
      expect(password.value).toBe('cloXudos');
    });

    it('signs in when the early form was submitted', async () => {
      const auth = acceptLogin('tok-early');
      earlyForm({ submitted: true });
      const { router } = await renderLogin('en-US');
      await waitFor(() => expect(router.state.location.pathname).toBe('/overview'));
      expect(sessionStorage.getItem(SESSION_STORAGE_KEY)).toContain('tok-early');
      expect(JSON.stringify(auth.sent)).toContain('"name":"admin","password":"cloudos"');
    });
  });
});
