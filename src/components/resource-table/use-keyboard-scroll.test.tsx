import { useRef } from 'react';
import { act, render, screen } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { useKeyboardScroll } from './use-keyboard-scroll';

// jsdom lays nothing out: sizes are set by hand and the ResizeObserver is driven by the test, as
// the browser would report a scroll container or its table changing size.
let observers: { callback: ResizeObserverCallback; targets: Set<Element> }[] = [];
class FakeResizeObserver {
  private readonly entry: { callback: ResizeObserverCallback; targets: Set<Element> };
  constructor(callback: ResizeObserverCallback) {
    this.entry = { callback, targets: new Set() };
    observers.push(this.entry);
  }
  observe(target: Element) {
    this.entry.targets.add(target);
  }
  unobserve(target: Element) {
    this.entry.targets.delete(target);
  }
  disconnect() {
    this.entry.targets.clear();
    observers = observers.filter((o) => o !== this.entry);
  }
}

function resize(target: Element) {
  for (const o of observers)
    if (o.targets.has(target)) o.callback([], o as unknown as ResizeObserver);
}

function size(el: Element, scrollWidth: number, clientWidth: number) {
  Object.defineProperty(el, 'scrollWidth', { configurable: true, value: scrollWidth });
  Object.defineProperty(el, 'clientWidth', { configurable: true, value: clientWidth });
  Object.defineProperty(el, 'scrollHeight', { configurable: true, value: 100 });
  Object.defineProperty(el, 'clientHeight', { configurable: true, value: 100 });
}

function Box({ rows }: { rows: number }) {
  const box = useRef<HTMLDivElement>(null);
  useKeyboardScroll(box);
  return (
    <div ref={box}>
      <div className="ant-table-content" data-testid="scroller">
        <table>
          <tbody>
            {Array.from({ length: rows }, (_, i) => (
              <tr key={i}>
                <td>{i}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </div>
  );
}

describe('useKeyboardScroll', () => {
  beforeEach(() => {
    observers = [];
    vi.stubGlobal('ResizeObserver', FakeResizeObserver);
  });
  afterEach(() => vi.unstubAllGlobals());

  it('makes the scroll container focusable while its table overflows it, and not after', () => {
    const { rerender } = render(<Box rows={1} />);
    const scroller = screen.getByTestId('scroller');
    const table = scroller.querySelector('table');
    if (!table) throw new Error('no table');
    // The container and its table are both watched: either changing size can start or end an
    // overflow.
    expect(observers.some((o) => o.targets.has(scroller) && o.targets.has(table))).toBe(true);

    size(scroller, 1400, 900);
    act(() => resize(table));
    expect(scroller.getAttribute('tabindex')).toBe('0');

    rerender(<Box rows={2} />);
    size(scroller, 900, 900);
    act(() => resize(scroller));
    expect(scroller.hasAttribute('tabindex')).toBe(false);
  });

  it('reads no size while rendering: only when the browser reports a resize', () => {
    const { rerender } = render(<Box rows={1} />);
    const scroller = screen.getByTestId('scroller');
    const read = vi.fn(() => 0);
    Object.defineProperty(scroller, 'scrollWidth', { configurable: true, get: read });
    rerender(<Box rows={3} />);
    rerender(<Box rows={4} />);
    expect(read).not.toHaveBeenCalled();
    act(() => resize(scroller));
    expect(read).toHaveBeenCalled();
  });

  it('stops watching when the table goes away', () => {
    const { unmount } = render(<Box rows={1} />);
    expect(observers).toHaveLength(1);
    unmount();
    expect(observers).toHaveLength(0);
  });
});
