import { describe, expect, it } from 'vitest';
import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { Button, ConfigProvider, Dropdown } from 'antd';
import { createCache, StyleProvider } from '@ant-design/cssinjs';
import { A11yStyles, keepA11yStyle } from './a11y-styles';

// The web project's files share one document and antd's style cache (isolate: false), and some
// render antd without A11yStyles: its full CSS may already be in the document's head, and a
// style antd has injected once is not injected again. So this test gives antd a cache of its own
// and a container to inject into, and reads only what was injected there.
const host = document.createElement('div');
const antdCss = () =>
  [...host.querySelectorAll('style[data-css-hash]')].map((s) => s.textContent ?? '').join('\n');

describe('A11yStyles', () => {
  it('keeps display, visibility and pointer-events under their selectors and media queries', () => {
    expect(
      keepA11yStyle({
        color: 'red',
        display: 'flex',
        '&-hidden': { display: 'none', padding: 4 },
        '&-pure': { margin: 0 },
        '@media (max-width: 575px)': { '.x': [{ visibility: 'hidden' }, { color: 'blue' }] },
        '&:disabled > *': { pointerEvents: 'none', cursor: 'not-allowed' },
      }),
    ).toEqual({
      display: 'flex',
      '&-hidden': { display: 'none' },
      '@media (max-width: 575px)': { '.x': [{ visibility: 'hidden' }] },
      '&:disabled > *': { pointerEvents: 'none' },
    });
  });

  it("is in effect for antd's styles, and a closed menu is still hidden by them", async () => {
    const user = userEvent.setup();
    document.head.append(host);
    render(
      <StyleProvider cache={createCache()} container={host}>
        <A11yStyles>
          <ConfigProvider theme={{ token: { motion: false } }}>
            <Dropdown trigger={['click']} menu={{ items: [{ key: 'a', label: 'Reboot' }] }}>
              <Button>More</Button>
            </Dropdown>
          </ConfigProvider>
        </A11yStyles>
      </StyleProvider>,
    );
    await user.click(screen.getByRole('button', { name: 'More' }));
    expect(screen.getByRole('menuitem', { name: 'Reboot' })).toBeTruthy();
    await user.click(screen.getByRole('button', { name: 'More' }));
    // Still in the DOM, hidden only by antd's `.ant-dropdown-hidden { display: none }`.
    expect(screen.queryByRole('menu')).toBeNull();
    expect(screen.getByRole('menu', { hidden: true })).toBeTruthy();
    // The rest of antd's CSS (here: the button's padding and cursor) never reaches the document.
    expect(antdCss()).toMatch(/\.ant-dropdown-hidden[^{]*\{[^}]*display:\s*none/);
    expect(antdCss()).not.toMatch(/[{;]\s*(padding|cursor)\s*:/);
  });
});
