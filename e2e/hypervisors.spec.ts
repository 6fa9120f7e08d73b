// Hypervisors (admin): the cloud totals, each host's state and usage, search, a host's quick look.
// That a tenant has no menu entry and gets the 403 page is checked with the other admin pages in
// auth.login.spec.ts.
import { HypervisorsPage } from './pages/hypervisors-page';
import { Shell } from './pages/shell';
import { expect, test } from './support/fixtures';

test(
  'an admin sees the cloud totals and every host with its usage, searches and looks at one',
  { tag: '@both' },
  async ({ page, lang, t, loginAs }) => {
    const ui = new HypervisorsPage(page, lang);
    const shell = new Shell(page, lang);
    await loginAs('admin', '/hypervisors');
    await expect(ui.heading()).toBeVisible();
    await expect(shell.menuItem('hypervisors')).toBeVisible();
    await expect(shell.nav().getByText(t('shell:groups.infrastructure'))).toBeVisible();

    // Totals: hosts, VMs and the three usage bars of the whole cloud.
    const totals = ui.totals();
    await expect(totals).toContainText(t('hypervisors:totals.hosts'));
    await expect(totals).toContainText(t('hypervisors:totals.runningVms'));
    for (const resource of ['vcpus', 'memory', 'disk'] as const)
      await expect(ui.usage(totals, resource)).toBeVisible();

    // Each host shows its state and three usage bars with figures and units.
    const host = ui.row('kvm2a01');
    await expect(host).toContainText(t('hypervisors:status.enabled'));
    await expect(host).toContainText(t('hypervisors:state.up'));
    for (const resource of ['vcpus', 'memory', 'disk'] as const)
      await expect(ui.usage(host, resource)).toBeVisible();
    await expect(host).toContainText(/GiB|TiB/);
    await expect(ui.row('kvm2a03')).toContainText(t('hypervisors:state.down'));
    await expect(ui.row('cvknode195(CVM10.125.26.15)')).toContainText(
      t('hypervisors:status.disabled'),
    );

    // Search is client-side over the whole list.
    await ui.search().fill('esxi');
    await expect(ui.rows()).toHaveCount(1);
    // (Type and version are not among the columns shown at 1280 px; the quick look has them.)
    await expect(ui.row('esxi-01.dc01.local')).toBeVisible();
    await ui.search().fill('');
    await expect(ui.rows()).not.toHaveCount(1);

    // The quick look has every field, cpu_info read out.
    await host.getByRole('button', { name: 'kvm2a01', exact: true }).click();
    const look = page.getByRole('dialog', { name: 'kvm2a01' });
    await expect(look).toContainText('QEMU');
    await expect(look).toContainText('6.2.0');
    await expect(look).toContainText(t('hypervisors:fields.cpu_model'));
    await expect(look).toContainText('Cascadelake-Server-noTSX');
    await expect(look).toContainText(t('hypervisors:fields.service_host'));
    await expect(look).toContainText('compkvm2a01');
    await expect(look).toContainText('avx512f');
  },
);
