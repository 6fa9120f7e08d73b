import { describe, expect, it } from 'vitest';
import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { Button, ConfigProvider, Dropdown } from 'antd';
import { A11yStyles, keepA11yStyle } from './a11y-styles';

// What antd injected through cssinjs (@ant-design/icons adds a small sheet of its own).
const antdCss = () =>
  [...document.querySelectorAll('style[data-css-hash]')].map((s) => s.textContent ?? '').join('\n');

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
    render(
      <A11yStyles>
        <ConfigProvider theme={{ token: { motion: false } }}>
          <Dropdown trigger={['click']} menu={{ items: [{ key: 'a', label: 'Reboot' }] }}>
            <Button>More</Button>
          </Dropdown>
        </ConfigProvider>
      </A11yStyles>,
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
