import { describe, expect, it } from 'vitest';
import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { json, stubFetch } from '@/testing/fetch-stub';
import { signIn } from '@/testing/factories';
import { renderWithProviders } from '@/testing/render';
import { OsTypeLabel } from './os-type-label';

const TYPES = [
  {
    uuid: 't1',
    imageTypeName: 'CentOS 7 (64 bit)',
    virtType: 'CAS',
    osType: 'Linux',
    operatingSystem: 'linux|CentOS 7(64-bit)',
    addType: 0,
  },
];

describe('OsTypeLabel', () => {
  it("shows the image type's name, the platform value in a tooltip", async () => {
    signIn('member');
    stubFetch({ 'GET /os/kinton/v1/cloudos/imagetype': () => json(200, TYPES) });
    await renderWithProviders(
      <OsTypeLabel image={{ cas_ostype: 'linux|CentOS 7(64-bit)', virt_type: 'CAS' }} />,
    );
    const name = await screen.findByText('CentOS 7 (64 bit)');
    expect(screen.queryByText('linux|CentOS 7(64-bit)')).toBeNull();
    await userEvent.hover(name);
    expect(await screen.findByText('Platform value: linux|CentOS 7(64-bit)')).toBeTruthy();
  });

  it('shows a derived name and the copyable platform value in a detail view', async () => {
    signIn('member');
    stubFetch({ 'GET /os/kinton/v1/cloudos/imagetype': () => json(200, TYPES) });
    await renderWithProviders(
      <OsTypeLabel image={{ vmware_ostype: 'rhel8_64Guest', virt_type: 'VMware' }} showRaw />,
    );
    expect(await screen.findByText('Red Hat Enterprise Linux 8 (64-bit)')).toBeTruthy();
    expect(screen.getByText('rhel8_64Guest')).toBeTruthy();
    expect(screen.getByRole('button', { name: /copy/i })).toBeTruthy();
  });
});
