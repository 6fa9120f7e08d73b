// The route tree with the real shell: guards, 403, 404, redirects.
import { describe, expect, it } from 'vitest';
import { screen, waitFor } from '@testing-library/react';
import { json, stubFetch } from '@/testing/fetch-stub';
import { projectsResponse, signIn } from '@/testing/factories';
import { renderApp } from '@/testing/render';
import type { AppRoute } from './route-model';

function SecretPage() {
  return <p>secret admin page</p>;
}
function OverviewStub() {
  return <p>overview stub</p>;
}

const TABLE: AppRoute[] = [
  {
    path: '/overview',
    titleKey: 'nav.overview',
    group: null,
    role: 'any',
    lazy: async () => ({ Component: OverviewStub }),
  },
  {
    path: '/users',
    titleKey: 'nav.users',
    group: 'identity',
    role: 'admin',
    lazy: async () => ({ Component: SecretPage }),
  },
];

const backend = () =>
  stubFetch({ 'GET /os/kinton/v1/v3/projects': () => json(200, projectsResponse('chengdu')) });

describe('app routes', () => {
  it('renders a localized 403 page when a tenant opens an admin URL', async () => {
    backend();
    signIn('member');
    await renderApp('/users', { routes: TABLE });
    await screen.findByText('You do not have permission to view this page.');
    expect(screen.queryByText('secret admin page')).toBeNull();
    // The shell is still there, and its menu has no admin entry.
    const nav = screen.getByRole('navigation', { name: 'Main navigation' });
    expect(nav.textContent).toContain('Overview');
    expect(nav.textContent).not.toContain('Users');
  });

  it('renders the 403 page in Chinese too', async () => {
    backend();
    signIn('member');
    await renderApp('/users', { routes: TABLE, language: 'zh-CN' });
    await screen.findByText('您没有访问此页面的权限。');
  });

  it('lets an admin in and shows admin entries in the menu', async () => {
    backend();
    signIn('admin');
    await renderApp('/users', { routes: TABLE });
    await screen.findByText('secret admin page');
    expect(screen.getByRole('navigation', { name: 'Main navigation' }).textContent).toContain(
      'Users',
    );
  });

  it('sends an anonymous visitor to /login with the way back', async () => {
    const { router } = await renderApp('/users?x=1', { routes: TABLE });
    await waitFor(() => expect(router.state.location.pathname).toBe('/login'));
    expect(router.state.location.search).toBe(`?next=${encodeURIComponent('/users?x=1')}`);
  });

  it('shows a 404 page for unknown paths', async () => {
    backend();
    signIn('member');
    await renderApp('/no-such-page', { routes: TABLE });
    await screen.findByText('The page you are looking for does not exist.');
  });

  it('ends the session on a 401 and returns to /login?next=', async () => {
    stubFetch({
      'GET /os/kinton/v1/v3/projects': () =>
        json(401, { error: { code: 401, message: 'expired' } }),
    });
    signIn('member');
    const { router } = await renderApp('/overview', { routes: TABLE });
    await waitFor(() => expect(router.state.location.pathname).toBe('/login'));
    expect(router.state.location.search).toBe('?next=%2Foverview');
    expect(sessionStorage.length).toBe(0);
  });
});
