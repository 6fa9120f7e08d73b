import { useState } from 'react';
import { describe, expect, it, vi } from 'vitest';
import { act, cleanup, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { Button, Form, Input, InputNumber } from 'antd';
import { ApiError } from '@/api/api-error';
import { announceSessionEnding } from '@/api/session';
import { renderWithProviders } from '@/components/__tests__/render';
import { FormDrawer } from './form-drawer';
import { useRules } from './use-rules';

type Values = { name: string; minDisk?: number; glance?: { disk_format?: string } };

function Fields() {
  const rules = useRules();
  return (
    <>
      <Form.Item name="name" label="Name" rules={[rules.required(), rules.maxLength(10)]}>
        <Input />
      </Form.Item>
      <Form.Item name="minDisk" label="Minimum disk" rules={[rules.integer({ min: 0, max: 100 })]}>
        <InputNumber />
      </Form.Item>
      <Form.Item name={['glance', 'disk_format']} label="Disk format">
        <Input />
      </Form.Item>
    </>
  );
}

function Harness({ onSubmit }: { onSubmit: (v: Values) => Promise<unknown> }) {
  const [open, setOpen] = useState(false);
  return (
    <>
      <Button onClick={() => setOpen(true)}>open</Button>
      <FormDrawer<Values>
        title="Create image"
        open={open}
        onClose={() => setOpen(false)}
        initialValues={{ name: 'draft' }}
        onSubmit={onSubmit}
        fieldAliases={{ 'body/min_disk': 'minDisk' }}
      >
        <Fields />
      </FormDrawer>
    </>
  );
}

async function openDrawer(onSubmit: (v: Values) => Promise<unknown>) {
  const user = userEvent.setup();
  await renderWithProviders(<Harness onSubmit={onSubmit} />);
  await user.click(screen.getByRole('button', { name: 'open' }));
  const drawer = await screen.findByRole('dialog');
  return { user, drawer };
}

describe('FormDrawer', () => {
  it('validates with localized messages before calling the API', async () => {
    const onSubmit = vi.fn(async () => undefined);
    const { user, drawer } = await openDrawer(onSubmit);
    const name = within(drawer).getByLabelText('Name');
    await user.clear(name);
    await user.type(name, 'a-very-long-name');
    await user.click(within(drawer).getByRole('button', { name: 'Submit' }));
    expect(await within(drawer).findByText('At most 10 characters')).toBeTruthy();
    expect(onSubmit).not.toHaveBeenCalled();
  });

  it('keeps typed values on failure, shows message and request id, and maps field errors', async () => {
    let reject: (e: unknown) => void = () => undefined;
    const onSubmit = vi.fn((_values: Values) => new Promise((_, r) => (reject = r)));
    const { user, drawer } = await openDrawer(onSubmit);
    const name = within(drawer).getByLabelText('Name');
    await user.clear(name);
    await user.type(name, 'ubuntu');
    await user.type(within(drawer).getByLabelText('Minimum disk'), '5');
    await user.type(within(drawer).getByLabelText('Disk format'), 'qcow3');
    const submit = within(drawer).getByRole('button', { name: 'Submit' });
    await user.click(submit);

    await waitFor(() => expect(onSubmit).toHaveBeenCalledTimes(1));
    expect(onSubmit.mock.calls[0]?.[0]).toEqual({
      name: 'ubuntu',
      minDisk: 5,
      glance: { disk_format: 'qcow3' },
    });
    // Loading (and the fields locked) while the request is in flight.
    expect(within(submit).getByRole('img', { name: 'loading' })).toBeTruthy();
    expect(within(drawer).getByLabelText('Name')).toHaveProperty('disabled', true);

    reject(
      new ApiError({
        status: 400,
        message: 'Invalid image',
        requestId: 'req-42',
        details: [
          { path: 'body/name', message: 'Name already exists' },
          { path: 'body/glance/disk_format', message: 'Unsupported disk format' },
          { path: 'body/min_disk', message: 'Too large for the flavor' },
          { path: 'query/project', message: 'Project is frozen' },
        ],
      }),
    );
    const alert = await within(drawer).findByRole('alert');
    expect(within(submit).queryByRole('img', { name: 'loading' })).toBeNull();
    expect(within(alert).getByText('Could not save')).toBeTruthy();
    expect(within(alert).getByText('Invalid image')).toBeTruthy();
    expect(within(alert).getByText('req-42')).toBeTruthy();
    expect(within(alert).getByText('query/project: Project is frozen')).toBeTruthy();
    expect(within(drawer).getByText('Name already exists')).toBeTruthy();
    expect(within(drawer).getByText('Unsupported disk format')).toBeTruthy();
    expect(within(drawer).getByText('Too large for the flavor')).toBeTruthy();
    expect(within(drawer).getByLabelText('Name')).toHaveProperty('value', 'ubuntu');
    expect(within(drawer).getByLabelText('Disk format')).toHaveProperty('value', 'qcow3');
    expect(within(drawer).getByLabelText('Minimum disk')).toHaveProperty('value', '5');
  });

  it('closes on success and starts again from the initial values next time', async () => {
    const onSubmit = vi.fn(async () => ({ id: 'new' }));
    const { user, drawer } = await openDrawer(onSubmit);
    await user.type(within(drawer).getByLabelText('Name'), '-x');
    await user.click(within(drawer).getByRole('button', { name: 'Submit' }));
    await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull());
    await user.click(screen.getByRole('button', { name: 'open' }));
    const again = await screen.findByRole('dialog');
    expect(within(again).getByLabelText('Name')).toHaveProperty('value', 'draft');
  });

  it('keeps what was typed when the session ends, and offers it once when the form reopens', async () => {
    const { user, drawer } = await openDrawer(vi.fn(async () => undefined));
    const name = within(drawer).getByLabelText('Name');
    await user.clear(name);
    await user.type(name, 'ubuntu');
    await user.type(within(drawer).getByLabelText('Disk format'), 'qcow2');
    // The token expires: the page goes to /login, everything unmounts, then the user is back.
    act(() => announceSessionEnding());
    cleanup();

    const again = await openDrawer(vi.fn(async () => undefined));
    expect(within(again.drawer).getByLabelText('Name')).toHaveProperty('value', 'ubuntu');
    expect(within(again.drawer).getByLabelText('Disk format')).toHaveProperty('value', 'qcow2');
    expect(within(again.drawer).getByText(/what you had typed is back/)).toBeTruthy();
    // Offered once: the next opening starts from the initial values again.
    await again.user.click(within(again.drawer).getByRole('button', { name: 'Cancel' }));
    await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull());
    await again.user.click(screen.getByRole('button', { name: 'open' }));
    const third = await screen.findByRole('dialog');
    expect(within(third).getByLabelText('Name')).toHaveProperty('value', 'draft');
  });
});
