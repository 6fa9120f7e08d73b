// F1: the production build loads and reaches the simulator through the preview proxy.
import { expect, test } from './support/fixtures';

test(
  'the built console loads and its proxy reaches the platform API',
  { tag: '@zh' },
  async ({ page, request }) => {
    await page.goto('/');
    await expect(page).toHaveURL(/\/login/);
    await expect(page.getByRole('button', { name: /^(登录|Log in)$/ })).toBeVisible();

    // Through the console's origin: the proxy forwards /os/... to the simulator, which answers
    // an unauthenticated call with its documented error body.
    const res = await request.get('/os/kinton/v1/v3/projects');
    expect(res.status()).toBe(401);
    expect(await res.json()).toMatchObject({ code: '401', data: null, total: 0 });
    expect(res.headers()['x-request-id']).toMatch(/^req-/);
    // And a prefix that merely starts like an API one is not proxied (anchored proxy keys).
    const spa = await request.get('/osx-not-an-api');
    expect(spa.headers()['x-request-id']).toBeUndefined();
  },
);
