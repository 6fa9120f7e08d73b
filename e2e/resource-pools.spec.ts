// CAS/VMware resource pools (admin): a host enters maintenance through the tracked flow (its
// running VMs migrated first) and leaves it; a VM is adopted into an organization and released;
// snapshots are created, restored and deleted; a failed maintenance call shows the reason.
import { ResourcePoolsPage } from './pages/resource-pools-page';
import { expect, test } from './support/fixtures';

// The seeded CAS node's second host: in service, with another host of its cluster to take its VMs
// (each test's world is seeded afresh, so VM names are read from the page).
const HOST = '/resource-pools/cas?node=compcas5mbw87y2rc&sel=h%3A2';

test(
  'an admin puts a CAS host into maintenance, migrating its VMs, and takes it out again',
  { tag: '@both' },
  async ({ page, lang, t, loginAs }) => {
    const ui = new ResourcePoolsPage(page, lang);
    await loginAs('admin', HOST);
    await expect(ui.hostHeading('cvknode102')).toBeVisible();
    await expect(ui.hostButton('exit')).toBeDisabled();
    const flow = await ui.startMaintenance('cvknode102');
    await flow.getByRole('button', { name: t('resource-pools:maintenance.start') }).click();
    await expect(
      flow.getByText(t('resource-pools:maintenance.done', { name: 'cvknode102' })),
    ).toBeVisible();
    // The footer's button (the modal's corner × has the same name).
    await flow
      .getByRole('button', { name: t('resource-pools:actions.close') })
      .last()
      .click();
    const panel = ui.main();
    await expect(
      panel.getByText(t('resource-pools:hostState.maintenance'), { exact: true }).first(),
    ).toBeVisible();
    await expect(ui.hostButton('maintenance')).toBeDisabled();

    await ui.hostButton('exit').click();
    await ui.confirm(
      ui.confirmDialog('resource-pools:confirm.exit'),
      t('resource-pools:actions.exit'),
    );
    await expect(
      panel.getByText(t('resource-pools:hostState.normal'), { exact: true }).first(),
    ).toBeVisible();
  },
);

test(
  'an admin adopts a VM into an organization and releases it',
  { tag: '@en' },
  async ({ page, lang, t, loginAs }) => {
    const ui = new ResourcePoolsPage(page, lang);
    await loginAs('admin', HOST);
    const name = await ui.vmWith(t('resource-pools:managed.no'));
    const row = ui.row(name);
    await ui.rowAction(name, 'adopt');
    const drawer = page.getByRole('dialog', { name: new RegExp(t('resource-pools:title.adopt')) });
    await expect(drawer).toBeVisible();
    await ui.choose(drawer, t('resource-pools:adopt.project'), 'chengdu');
    await ui.choose(drawer, t('resource-pools:adopt.image'), 'CentOS-7.9');
    // Any network of the organization.
    await ui.choose(drawer, t('resource-pools:adopt.network'), '');
    await expect(ui.select(drawer, t('resource-pools:adopt.flavor'))).toBeVisible();
    await ui.submit(drawer);
    await expect(drawer).toBeHidden();
    await expect(row).not.toContainText(t('resource-pools:managed.no'));

    await ui.rowAction(name, 'release');
    await ui.confirm(
      ui.confirmDialog('resource-pools:confirm.release'),
      t('resource-pools:actions.release'),
    );
    await expect(row).toContainText(t('resource-pools:managed.no'));
  },
);

test(
  'an admin creates, restores and deletes a VM snapshot',
  { tag: '@en' },
  async ({ page, lang, t, loginAs }) => {
    const ui = new ResourcePoolsPage(page, lang);
    await loginAs('admin', HOST);
    const name = await ui.vmWith(t('resource-pools:managed.no'));
    await ui.rowAction(name, 'snapshots');
    const drawer = ui.dialog('resource-pools:title.snapshots', { name });
    await expect(drawer).toBeVisible();
    const snap = (n: string) => drawer.getByRole('listitem').filter({ hasText: n });
    for (const n of ['e2e-first', 'e2e-second']) {
      await drawer.getByLabel(t('resource-pools:snapshot.name')).fill(n);
      await drawer
        .getByRole('button', { name: t('resource-pools:actions.createSnapshot') })
        .click();
      await expect(snap(n)).toContainText(t('resource-pools:snapshot.current'));
    }

    await snap('e2e-first')
      .getByRole('button', { name: t('resource-pools:actions.revert') })
      .click();
    await ui.confirm(
      ui.confirmDialog('resource-pools:confirm.revert', { name: 'e2e-first' }),
      t('resource-pools:actions.revert'),
    );
    await expect(snap('e2e-first')).toContainText(t('resource-pools:snapshot.current'));

    await snap('e2e-second')
      .getByRole('button', { name: t('resource-pools:actions.deleteSnapshot') })
      .click();
    await ui.confirm(
      ui.confirmDialog('resource-pools:confirm.deleteSnapshot', { name: 'e2e-second' }),
      t('resource-pools:actions.deleteSnapshot'),
    );
    await expect(snap('e2e-second')).toHaveCount(0);
  },
);

test(
  'a refused maintenance call shows the reason',
  { tag: '@en' },
  async ({ page, lang, t, loginAs, sim }) => {
    const ui = new ResourcePoolsPage(page, lang);
    await sim.fault({
      path: '/host/2/into',
      method: 'PUT',
      status: 409,
      msg: 'vCenter task failed: host is busy',
    });
    await loginAs('admin', HOST);
    const flow = await ui.startMaintenance('cvknode102');
    await flow.getByRole('button', { name: t('resource-pools:maintenance.start') }).click();
    await expect(flow.getByText(t('resource-pools:maintenance.failed'))).toBeVisible();
    await expect(flow.getByText('vCenter task failed: host is busy')).toBeVisible();
  },
);
