import { describe, expect, it } from 'vitest';
import { screen } from '@testing-library/react';
import { renderWithProviders } from '@/components/__tests__/render';
import { StatusTag } from './status-tag';

// The spinner is decorative (aria-hidden): the label carries the meaning.
const spinner = () =>
  screen
    .queryAllByRole('img', { hidden: true })
    .find((i) => i.getAttribute('aria-label') === 'sync') ?? null;

describe('StatusTag', () => {
  it('spins for a transitional (processing) state', async () => {
    await renderWithProviders(<StatusTag label="Building" tone="processing" />);
    expect(screen.getByText('Building')).toBeTruthy();
    expect(spinner()).toBeTruthy();
  });

  it('does not spin for a settled state', async () => {
    await renderWithProviders(<StatusTag label="Active" tone="success" />);
    expect(screen.getByText('Active')).toBeTruthy();
    expect(spinner()).toBeNull();
  });
});
