// A server's volumes and NICs (004:L7336–L7881, L9415): attach a volume from the searchable
// picker and detach it (confirmed), attach a NIC on a network and detach it; a refused attach
// shows the platform's reason. One language each: the servers area's main flow
// (servers.lifecycle.spec.ts) runs in both, and the route walk renders the detail page in both.
import { ServersPage } from './pages/servers-page';
import { expect, test } from './support/fixtures';

test(
  'a tenant attaches and detaches a volume and a NIC on a running server',
  { tag: '@zh' },
  async ({ page, lang, t, loginAs }) => {
    const ui = new ServersPage(page, lang);
    await loginAs('alice', '/servers?status=ACTIVE');
    await ui.openFirstDetail();

    // Volumes: pick the first attachable volume, attach it; it shows as /dev/vdb.
    await page.getByRole('tab', { name: t('servers:tabs.volumes') }).click();
    const panel = page.getByRole('tabpanel');
    await panel.getByRole('combobox', { name: t('servers:devices.pickVolume') }).click();
    const label = (await page.getByRole('option').first().getAttribute('aria-label')) ?? '';
    const volume = label.split(' · ')[0] ?? '';
    await ui.choose(panel, t('servers:devices.pickVolume'), volume);
    await panel.getByRole('button', { name: t('servers:devices.attachVolume') }).click();
    const row = panel.getByRole('row').filter({ hasText: volume });
    await expect(row).toContainText('/dev/vdb');
    await row.getByRole('button', { name: t('servers:devices.detach') }).click();
    await page
      .getByRole('tooltip')
      .getByRole('button', { name: t('servers:devices.detach') })
      .click();
    await expect(row).toBeHidden();

    // Network: attach a NIC on chengdu-biz, then detach it again.
    await page.getByRole('tab', { name: t('servers:tabs.network') }).click();
    const net = page.getByRole('tabpanel');
    const rows = net.getByRole('row');
    const before = await rows.count();
    await ui.choose(net, t('servers:devices.pickNetwork'), 'chengdu-biz');
    await net.getByRole('button', { name: t('servers:devices.attachNic') }).click();
    await expect(rows).toHaveCount(before + 1);
    await rows
      .last()
      .getByRole('button', { name: t('servers:devices.detach') })
      .click();
    await page
      .getByRole('tooltip')
      .getByRole('button', { name: t('servers:devices.detach') })
      .click();
    await expect(rows).toHaveCount(before);
  },
);

test(
  'a refused volume attach shows the reason',
  { tag: '@en' },
  async ({ page, lang, t, loginAs, sim }) => {
    const ui = new ServersPage(page, lang);
    await loginAs('alice', '/servers?status=ACTIVE');
    await ui.openFirstDetail();
    await sim.fault({
      path: 'os-volume_attachments',
      method: 'POST',
      status: 409,
      msg: 'Invalid volume: volume status must be available.',
    });
    await page.getByRole('tab', { name: t('servers:tabs.volumes') }).click();
    const panel = page.getByRole('tabpanel');
    await panel.getByRole('combobox', { name: t('servers:devices.pickVolume') }).click();
    const label = (await page.getByRole('option').first().getAttribute('aria-label')) ?? '';
    await ui.choose(panel, t('servers:devices.pickVolume'), label.split(' · ')[0] ?? '');
    await panel.getByRole('button', { name: t('servers:devices.attachVolume') }).click();
    await expect(page.getByText(/volume status must be available/).first()).toBeVisible();
  },
);

test(
  'the snapshots page shows sources and deletes a snapshot',
  { tag: '@en' },
  async ({ page, t, loginAs }) => {
    await loginAs('alice', '/snapshots');
    await expect(page.getByRole('heading', { name: t('servers:snapshots.title') })).toBeVisible();
    const row = page
      .getByRole('row')
      .filter({ hasText: t('servers:snapshots.statusValue.ACTIVE') })
      .first();
    await expect(row.getByRole('link')).toBeVisible();
    // The first cell is the row's selection box; the name is the second.
    const name = ((await row.getByRole('cell').nth(1).textContent()) ?? '').trim();
    await row.getByRole('button', { name: t('servers:snapshots.delete') }).click();
    const dialog = page.getByRole('dialog');
    await expect(dialog).toBeVisible();
    await dialog.getByRole('button', { name: t('servers:snapshots.delete') }).click();
    await expect(page.getByRole('row').filter({ hasText: name })).toHaveCount(0);
  },
);
