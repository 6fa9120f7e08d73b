import { describe, expect, it } from 'vitest';
import { screen, within } from '@testing-library/react';
import { loadNamespace } from '@/i18n';
import { json, stubFetch } from '@/testing/fetch-stub';
import { signIn } from '@/testing/factories';
import { renderWithProviders } from '@/testing/render';
import type { Hypervisor } from '../model/hypervisor';
import { Component as HypervisorsPage } from './hypervisors-page';

const hv = (over: Partial<Hypervisor>): Hypervisor => ({
  id: '1',
  status: 'enabled',
  state: 'up',
  service: { host: 'comp1', id: '10', disabled_reason: null },
  hypervisor_hostname: 'cvk1',
  hypervisor_type: 'QEMU',
  hypervisor_version: 6002000,
  host_ip: '10.0.0.1',
  vcpus: 16,
  vcpus_used: 8,
  memory_mb: 65536,
  memory_mb_used: 16384,
  local_gb: 1024,
  local_gb_used: 256,
  free_disk_gb: 768,
  free_ram_mb: 49152,
  disk_available_least: null,
  running_vms: 4,
  current_workload: 1,
  cpu_info: null,
  ...over,
});

describe('hypervisors page', () => {
  it('shows the cloud totals and each host with its usage', async () => {
    const session = signIn('admin');
    const paths: string[] = [];
    stubFetch({
      [`GET /os/compute/v1/v2/${session.project.id}/os-hypervisors/detail`]: (req) => {
        paths.push(req.path);
        return json(200, {
          hypervisors: [
            hv({}),
            hv({
              id: '2',
              hypervisor_hostname: 'cvk2',
              status: 'disabled',
              state: 'down',
              vcpus: 32,
              vcpus_used: 0,
              memory_mb_used: 512,
              local_gb_used: 0,
              running_vms: 0,
              current_workload: 0,
            }),
          ],
        });
      },
    });
    await loadNamespace('hypervisors');
    await renderWithProviders(<HypervisorsPage />, { path: '/hypervisors' });

    const totals = await screen.findByRole('region', { name: 'Cloud capacity' });
    expect(within(totals).getByText('2')).toBeTruthy();
    expect(within(totals).getByText('1 up · 1 down · 1 disabled')).toBeTruthy();
    expect(within(totals).getByText('8 / 48')).toBeTruthy();
    expect(within(totals).getByText('16.5 GiB / 128 GiB')).toBeTruthy();
    expect(within(totals).getByText('256 GiB / 2 TiB')).toBeTruthy();

    const row = (await screen.findByRole('button', { name: 'cvk1' })).closest('tr');
    if (!row) throw new Error('no row');
    // Type / version joins the default columns from 1600 px (happy-dom's window is 1024).
    expect(within(row).queryByText('QEMU 6.2.0')).toBeNull();
    expect(within(row).getByText('8 / 16')).toBeTruthy();
    // vCPUs read as the overcommit factor (vCPUs per core), not a share of the cores.
    expect(within(row).getByRole('progressbar', { name: 'vCPU used: 0.5×' })).toBeTruthy();
    expect(within(row).getByText('16 GiB / 64 GiB')).toBeTruthy();
    expect(paths).toHaveLength(1);
  });
});
