import { describe, expect, it } from 'vitest';
import { fireEvent, screen } from '@testing-library/react';
import { renderWithProviders } from '@/components/__tests__/render';
import { MetricChart } from './metric-chart';

const points = [0, 1, 2, 3].map((i) => ({
  timestamp: new Date(Date.UTC(2026, 0, 1, 0, i * 5)).toISOString(),
  value: 10 + i * 10,
}));

describe('MetricChart', () => {
  it('is an image named by its title and described by a summary', async () => {
    await renderWithProviders(
      <MetricChart title="CPU" series={[{ name: 'cpu', points }]} formatValue={(v) => `${v} %`} />,
    );
    const img = screen.getByRole('img', { name: 'CPU' });
    const desc = document.getElementById(img.getAttribute('aria-describedby') ?? '');
    expect(desc?.textContent).toMatch(/latest 40 %.*lowest 10 %, highest 40 %/);
  });

  it('moves a cursor over the points with the keyboard and announces it', async () => {
    await renderWithProviders(
      <MetricChart
        title="Fans"
        series={[
          { name: 'fan1', points },
          { name: 'fan2', points: points.map((p) => ({ ...p, value: p.value * 2 })) },
        ]}
        formatValue={(v) => `${v} RPM`}
      />,
    );
    const img = screen.getByRole('img', { name: 'Fans' });
    fireEvent.keyDown(img, { key: 'End' });
    expect(screen.getAllByText(/fan1 40 RPM · fan2 80 RPM/).length).toBeGreaterThan(0);
    fireEvent.keyDown(img, { key: 'ArrowLeft' });
    expect(screen.getAllByText(/fan1 30 RPM · fan2 60 RPM/).length).toBeGreaterThan(0);
    // A legend names the series.
    expect(screen.getByText('fan2')).toBeTruthy();
  });

  it('says when there is no data', async () => {
    await renderWithProviders(<MetricChart title="GPU" series={[]} formatValue={String} />);
    expect(screen.getByText('No data in this period.')).toBeTruthy();
  });
});
