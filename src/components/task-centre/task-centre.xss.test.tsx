// [Q3]: what a task shows comes from resource names and the platform's messages; markup in them
// is text, never HTML, and template braces are not filled in.
import { afterEach, describe, expect, it } from 'vitest';
import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { renderWithProviders } from '@/testing/render';
import { TaskCentre } from './task-centre';
import { loadTasksOf, putTask } from './task-store';

const TITLE = 'web-<img src=x onerror=alert(1)>{{count}}';
const MESSAGE = 'No valid host <script>alert(2)</script> <a href="javascript:alert(3)">x</a>';

describe('the task centre with markup in names and messages', () => {
  afterEach(() => localStorage.clear());

  it('shows them literally', async () => {
    loadTasksOf('u-xss');
    putTask({
      id: 'xss-1',
      kind: 'serverCreate',
      title: TITLE,
      user: 'alice',
      startedAt: Date.now() - 60_000,
      endedAt: Date.now(),
      status: 'failed',
      message: MESSAGE,
      resource: null,
      items: 1,
      failed: 1,
    });
    const user = userEvent.setup();
    await renderWithProviders(<TaskCentre userId="u-xss" />);
    await user.click(await screen.findByRole('button', { name: /^Tasks/ }));
    const list = await screen.findByRole('dialog', { name: 'Tasks' });
    expect(within(list).getByText(`Create server ${TITLE}`)).toBeTruthy();
    expect(within(list).getByText(MESSAGE)).toBeTruthy();
    expect(document.querySelector('img[src="x"]')).toBeNull();
    expect(document.querySelector('a[href^="javascript:"]')).toBeNull();
    expect(document.querySelector('script')).toBeNull();
  });
});
