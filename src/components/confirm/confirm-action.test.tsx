import { describe, expect, it, vi } from 'vitest';
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { ApiError } from '@/api/api-error';
import { renderWithProviders } from '@/components/__tests__/render';
import { ConfirmAction } from './confirm-action';

describe('ConfirmAction', () => {
  it('runs only after confirming, and reports a failure with its request id', async () => {
    const user = userEvent.setup();
    const onConfirm = vi.fn(async () => {
      throw new ApiError({ status: 409, message: 'Volume is attached', requestId: 'req-5' });
    });
    await renderWithProviders(
      <ConfirmAction danger confirm={{ title: 'Detach all volumes?' }} onConfirm={onConfirm}>
        Detach all
      </ConfirmAction>,
    );
    await user.click(screen.getByRole('button', { name: 'Detach all' }));
    const dialog = await screen.findByRole('dialog');
    expect(within(dialog).getByText('Detach all volumes?')).toBeTruthy();
    expect(onConfirm).not.toHaveBeenCalled();
    await user.click(within(dialog).getByRole('button', { name: 'Confirm' }));
    await waitFor(() => expect(onConfirm).toHaveBeenCalledTimes(1));
    expect(await screen.findByText('Volume is attached (request ID req-5)')).toBeTruthy();
  });
});
