import { describe, expect, it } from 'vitest';
import { render, screen, waitFor } from '@testing-library/react';
import { ConfigProvider } from 'antd';
import { ConfirmDialog } from './confirm-dialog';

describe('ConfirmDialog', () => {
  // Without an opening animation (reduce motion), antd's focus lock used to move focus from the
  // typed-confirmation field to the dialog's close button.
  it.each([true, false])('starts in the typed-confirmation field (motion %s)', async (motion) => {
    render(
      <ConfigProvider theme={{ token: { motion } }}>
        <ConfirmDialog
          open
          title="Delete 2 servers"
          typeToConfirm={{ kind: 'count', value: '2' }}
          onOk={() => undefined}
          onCancel={() => undefined}
        />
      </ConfigProvider>,
    );
    await waitFor(() => expect(document.activeElement).toBe(screen.getByRole('textbox')));
  });
});
