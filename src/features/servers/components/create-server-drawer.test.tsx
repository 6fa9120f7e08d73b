import { describe, expect, it } from 'vitest';
import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { loadNamespace } from '@/i18n';
import { json, stubFetch } from '@/testing/fetch-stub';
import { signIn } from '@/testing/factories';
import { renderWithProviders } from '@/testing/render';
import { makeFlavor, makeImage } from '../model/fixtures.test-util';
import { CreateServerDrawer } from './create-server-drawer';

const T = 'p-chengdu';

function stubWizardApi() {
  return stubFetch({
    [`GET /os/compute/v1/v2/${T}/flavors/detail`]: () => json(200, { flavors: [makeFlavor()] }),
    'GET /os/image/v1/v2/images': () =>
      json(200, {
        images: [
          makeImage(),
          makeImage({
            id: 'img-win',
            name: 'Windows-Server-2016',
            virt_type: 'VMware',
            cas_ostype: null,
            vmware_ostype: 'windows9Server64Guest',
          }),
        ],
      }),
    'GET /os/kinton/v1/cloudos/imagetype': () =>
      json(200, [
        {
          uuid: 't1',
          imageTypeName: 'CentOS 7 (64 bit)',
          virtType: 'CAS',
          osType: 'Linux',
          operatingSystem: 'linux|CentOS 7(64-bit)',
          addType: 0,
          description: '',
          updateTime: null,
        },
      ]),
    [`GET /os/compute/v1/v2/${T}/os-volumes/detail`]: () => json(200, { volumes: [] }),
    [`GET /os/compute/v1/v2/${T}/os-networks`]: () =>
      json(200, {
        networks: [
          { id: 'net-1', label: 'biz-net', cidr: '10.0.0.0/24', shared: false, project_id: T },
        ],
      }),
    [`GET /os/compute/v1/v2/${T}/os-security-groups`]: () =>
      json(200, {
        security_groups: [
          { id: 'sg-1', name: 'default', description: 'default', tenant_id: T, rules: [] },
        ],
      }),
    'GET /os/compute/v1/v2.1/os-server-groups': () => json(200, { server_groups: [] }),
    [`GET /os/compute/v1/v2/${T}/os-keypairs`]: () => json(200, { keypairs: [] }),
    [`GET /os/kinton/v1/keystone/${T}/limits`]: () =>
      json(200, {
        all_limits: [
          {
            rate: [],
            absolute: {
              maxTotalInstances: 10,
              totalInstancesUsed: 0,
              maxTotalCores: 20,
              totalCoresUsed: 0,
              maxTotalRAMSize: 51200,
              totalRAMUsed: 0,
            },
          },
        ],
      }),
    'GET /os/kinton/v1/keystone/types/AzoneProject/assigments': () =>
      json(200, {
        assigments: [
          {
            type: 'AzoneProject',
            actorId: 'az-1',
            targetId: T,
            project: { id: T, name: 'chengdu', enabled: true, domain_id: 'default' },
            azone: {
              id: 'az-1',
              labelName: 'az1',
              zone: 'az1',
              virtType: 'CAS',
              resourceType: 'nova',
              deleted: 0,
            },
          },
        ],
      }),
  });
}

async function renderWizard(open = true, onClose = () => undefined) {
  signIn('member');
  stubWizardApi();
  await loadNamespace('servers');
  return renderWithProviders(<CreateServerDrawer open={open} onClose={onClose} />);
}

const user = () => userEvent.setup({ delay: null });

async function pick(u: ReturnType<typeof user>, label: string, option: string | RegExp) {
  await u.click(screen.getByRole('combobox', { name: label }));
  const found = await screen.findAllByTitle(option);
  const [first] = found;
  if (!first) throw new Error(`no option ${String(option)}`);
  await u.click(first);
}

// A step's fields are in the accessibility tree only while the step is shown.
async function toNetworkStep(u: ReturnType<typeof user>) {
  await screen.findByRole('combobox', { name: 'Image' });
  await pick(u, 'Image', /CentOS-7\.9/);
  await u.click(screen.getByRole('button', { name: 'Next' }));
  await u.click(await screen.findByRole('radio', { name: 'm1.small' }));
  await u.click(screen.getByRole('button', { name: 'Next' }));
  await screen.findByRole('combobox', { name: 'Networks' });
}

describe('create server wizard', () => {
  it('does not leave the Networks step while no network is chosen', async () => {
    const u = user();
    await renderWizard();
    await toNetworkStep(u);
    await u.click(screen.getByRole('button', { name: 'Next' }));
    // Either the error shows or the wizard moves on (the bug): wait for one, then judge.
    await waitFor(() =>
      expect(
        screen.queryByText('This field is required') ??
          screen.queryByRole('textbox', { name: 'Name' }),
      ).not.toBeNull(),
    );
    expect(screen.queryByRole('textbox', { name: 'Name' })).toBeNull();
    expect(screen.getByRole('combobox', { name: 'Networks' })).toBeTruthy();
    expect(screen.getByText('This field is required')).toBeTruthy();
  });
});
