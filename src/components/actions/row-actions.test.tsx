import { afterEach, describe, expect, it } from 'vitest';
import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { batchStore } from '@/components/batch/batch-store';
import { renderWithProviders } from '@/components/__tests__/render';
import { images } from '@/components/__tests__/fixtures';
import { makeActions } from '@/components/__tests__/actions-fixture';
import { RowActions } from './row-actions';

function pick(index: number) {
  const image = images[index];
  if (!image) throw new Error(`fixture has no image ${index}`);
  return image;
}
const queued = pick(0);
const active = pick(1);

afterEach(() => batchStore.clearFinished());

describe('RowActions', () => {
  it('runs the primary open action from its button', async () => {
    const user = userEvent.setup();
    const a = makeActions();
    await renderWithProviders(
      <RowActions item={active} actions={a.all} keyOf={(i) => i.id} nameOf={(i) => i.name} />,
    );
    await user.click(screen.getByRole('button', { name: 'Edit' }));
    expect(a.edit.open).toHaveBeenCalledWith(
      active,
      expect.objectContaining({ navigate: expect.any(Function) }),
    );
  });

  it('opens "more" from the keyboard and explains disabled items', async () => {
    const user = userEvent.setup();
    const a = makeActions();
    await renderWithProviders(
      <RowActions item={active} actions={a.all} keyOf={(i) => i.id} nameOf={(i) => i.name} />,
    );
    screen.getByRole('button', { name: 'More actions for image-2' }).focus();
    await user.keyboard('{Enter}');
    const menu = await screen.findByRole('menu');
    const deactivate = within(menu).getByRole('menuitem', { name: /Deactivate/ });
    expect(deactivate.getAttribute('aria-disabled')).toBe('true');
    // The reason is part of the accessible name and shown as a tooltip on hover.
    expect(deactivate.textContent).toContain('Only admins can deactivate images');
    await user.hover(within(deactivate).getByText('Deactivate'));
    expect((await screen.findByRole('tooltip')).textContent).toBe(
      'Only admins can deactivate images',
    );
    await user.click(deactivate);
    expect(a.deactivate.run).not.toHaveBeenCalled();
  });

  it('asks to type the name before a destructive action, then runs it through the batch runner', async () => {
    const user = userEvent.setup();
    const a = makeActions();
    await renderWithProviders(
      <RowActions item={active} actions={a.all} keyOf={(i) => i.id} nameOf={(i) => i.name} />,
    );
    // The pointer comes over the button first (arming its menu: a new element), then clicks it.
    const more = () => screen.getByRole('button', { name: 'More actions for image-2' });
    await user.hover(more());
    await user.click(more());
    await user.click(await screen.findByRole('menuitem', { name: 'Delete' }));
    // By text, not accessible name: under NODE_ENV=test antd gives every element id "test-id".
    const dialog = await screen.findByRole('dialog');
    expect(within(dialog).getByText('Delete “image-2”?')).toBeTruthy();
    const ok = within(dialog).getByRole('button', { name: 'Delete' });
    expect(ok).toHaveProperty('disabled', true);
    await user.type(within(dialog).getByRole('textbox', { name: /type the name/ }), 'image-2');
    expect(ok).toHaveProperty('disabled', false);
    await user.click(ok);
    await waitFor(() => expect(a.remove.onSettled).toHaveBeenCalled());
    expect(a.remove.run).toHaveBeenCalledTimes(1);
    const [batch] = batchStore.getSnapshot();
    expect(batch?.title).toBe('Delete');
    expect(batch?.entries).toEqual([
      { key: active.id, name: 'image-2', state: { status: 'succeeded' } },
    ]);
  });

  it('opens "more" on a click that no pointer or focus announced (assistive technology)', async () => {
    const a = makeActions();
    await renderWithProviders(
      <RowActions item={active} actions={a.all} keyOf={(i) => i.id} nameOf={(i) => i.name} />,
    );
    // The menu's machinery is not mounted before that: only the button is there.
    expect(screen.queryByRole('menu')).toBeNull();
    fireEvent.click(screen.getByRole('button', { name: 'More actions for image-2' }));
    const menu = await screen.findByRole('menu');
    expect(within(menu).getByRole('menuitem', { name: 'Delete' })).toBeTruthy();
  });

  it('keeps the focus on "more" when the keyboard arms it', async () => {
    const user = userEvent.setup();
    const a = makeActions();
    await renderWithProviders(
      <RowActions item={active} actions={a.all} keyOf={(i) => i.id} nameOf={(i) => i.name} />,
    );
    await user.tab(); // Edit
    await user.tab(); // More
    expect(document.activeElement).toBe(
      screen.getByRole('button', { name: 'More actions for image-2' }),
    );
    await user.keyboard('{Enter}');
    expect(await screen.findByRole('menu')).toBeTruthy();
  });

  it('cancelling the confirmation runs nothing', async () => {
    const user = userEvent.setup();
    const a = makeActions();
    await renderWithProviders(
      <RowActions item={active} actions={[a.remove]} keyOf={(i) => i.id} />,
    );
    await user.click(screen.getByRole('button', { name: 'Delete' }));
    await user.click(
      within(await screen.findByRole('dialog')).getByRole('button', { name: 'Cancel' }),
    );
    await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull());
    expect(a.remove.run).not.toHaveBeenCalled();
    expect(batchStore.getSnapshot()).toHaveLength(0);
  });

  it('disables an inline action whose guard fails and explains why on focus', async () => {
    const user = userEvent.setup();
    const a = makeActions();
    await renderWithProviders(
      <RowActions item={queued} actions={[a.remove]} keyOf={(i) => i.id} />,
    );
    const button = screen.getByRole('button', { name: 'Delete' });
    expect(button).toHaveProperty('disabled', true);
    // Keyboard users reach the reason too: Tab lands on the wrapper and opens the tooltip.
    await user.tab();
    expect((await screen.findByRole('tooltip')).textContent).toBe(
      'Queued images cannot be deleted',
    );
    expect(button.parentElement?.textContent).toContain('Queued images cannot be deleted');
  });
});
