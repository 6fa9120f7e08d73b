import { afterEach, describe, expect, it, vi } from 'vitest';
import { act, render, screen } from '@testing-library/react';
import { Tag, theme } from 'antd';
import { AppProviders } from './providers';

/** A matchMedia whose reduced-motion answer the test sets and can change. */
function stubMatchMedia(reduced: boolean) {
  const listeners = new Set<() => void>();
  const state = { reduced };
  vi.stubGlobal('matchMedia', (query: string) => ({
    get matches() {
      return query === '(prefers-reduced-motion: reduce)' && state.reduced;
    },
    media: query,
    addEventListener: (_: string, l: () => void) => listeners.add(l),
    removeEventListener: (_: string, l: () => void) => listeners.delete(l),
  }));
  return (next: boolean) => {
    state.reduced = next;
    for (const l of listeners) l();
  };
}

function Motion() {
  const { token } = theme.useToken();
  return <output>{`${String(token.motion)} ${token.motionDurationMid}`}</output>;
}

afterEach(() => vi.unstubAllGlobals());

describe('AppProviders and the reduce-motion setting', () => {
  it("keeps antd's animations by default", () => {
    stubMatchMedia(false);
    render(
      <AppProviders>
        <Motion />
      </AppProviders>,
    );
    expect(screen.getByRole('status').textContent).toBe('true 0.2s');
  });

  it('switches them off while the system asks for reduced motion, and back', () => {
    const set = stubMatchMedia(true);
    render(
      <AppProviders>
        <Motion />
      </AppProviders>,
    );
    expect(screen.getByRole('status').textContent).toBe('false 0s');
    act(() => set(false));
    expect(screen.getByRole('status').textContent).toBe('true 0.2s');
  });
});

describe("AppProviders and antd's styles", () => {
  const generated = () =>
    [...document.querySelectorAll('style')].filter((s) =>
      /\.ant-tag\b[^{]*\{[^}]*(padding|border)/.test(s.textContent),
    ).length;

  it('generates no component styles (they come from the static stylesheet), only the theme', () => {
    render(
      <AppProviders>
        <Tag>static</Tag>
      </AppProviders>,
    );
    expect(generated()).toBe(0);
    // The custom light tokens are CSS variables that the static stylesheet reads.
    const vars = [...document.querySelectorAll('style')].map((s) => s.textContent).join('\n');
    expect(vars).toContain('--ant-color-primary:#0958d9');
  });

  it('generates them for unit tests, which have no stylesheet', () => {
    render(
      <AppProviders styles="runtime">
        <Tag>runtime</Tag>
      </AppProviders>,
    );
    expect(generated()).toBeGreaterThan(0);
  });
});
