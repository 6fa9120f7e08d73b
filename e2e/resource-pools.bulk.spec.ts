// CAS resource pools, bulk actions through the batch runner: adopt several VMs into an
// organization (an already adopted one is skipped with its reason) and migrate several VMs of a
// cluster to one host (one already there is refused before its request). Each VM's result is
// read from the batch ledger and from the VM table.
import { escapeRegExp } from './pages/resource-page';
import { ResourcePoolsPage } from './pages/resource-pools-page';
import { expect, test } from './support/fixtures';

const NODE = '/resource-pools/cas?node=compcas5mbw87y2rc';

test(
  'bulk adopt: two VMs become servers, an adopted one is skipped with its reason',
  { tag: '@zh' },
  async ({ page, lang, t, loginAs }) => {
    const ui = new ResourcePoolsPage(page, lang);
    // The node's own host runs its cloud servers (adopted) beside a few unmanaged VMs: one page.
    await loginAs('admin', `${NODE}&sel=h%3A1&size=100`);
    await expect(ui.hostHeading('cvknode191')).toBeVisible();
    const fresh = await ui.selectVms(ui.vmRows(t('resource-pools:managed.no')), 2);
    const [managed = ''] = await ui.selectVms(ui.managedRows(), 1);
    expect(fresh).not.toContain(managed);
    await ui.bulkAction('bulkAdopt');
    const confirm = page
      .getByRole('dialog')
      .filter({ hasText: t('resource-pools:adopt.bulkHelp') });
    await expect(confirm).toContainText(t('resource-pools:guards.managed'));
    await ui.choose(confirm, t('resource-pools:adopt.project'), 'chengdu');
    await ui.choose(confirm, t('resource-pools:adopt.image'), 'CentOS-7.9');
    await ui.choose(confirm, t('resource-pools:adopt.network'), '');
    await ui.confirm(confirm, t('resource-pools:actions.bulkAdopt'));

    const tasks = await ui.openTasks();
    await expect(tasks).toContainText(t('ui:batch.summary.succeeded_other', { count: 2 }));
    await expect(tasks).toContainText(t('ui:batch.summary.skipped_one', { count: 1 }));
    // A batch card shows its ledger when it first shows while the batch runs, and folded when it
    // first shows a clean end: which one depends on how fast the drawer opened. Unfold it if folded.
    const details = tasks.getByRole('button', {
      name: new RegExp(
        `^(${escapeRegExp(t('ui:batch.showDetails'))}|${escapeRegExp(t('ui:batch.hideDetails'))})$`,
      ),
    });
    if ((await details.getAttribute('aria-expanded')) === 'false') await details.click();
    await expect(details).toHaveAttribute('aria-expanded', 'true');
    const ledger = (name: string) => tasks.getByRole('row').filter({ hasText: name });
    for (const name of fresh)
      await expect(ledger(name)).toContainText(t('ui:batch.status.succeeded'));
    await expect(ledger(managed)).toContainText(t('ui:batch.status.skipped'));
    await expect(ledger(managed)).toContainText(t('resource-pools:guards.managed'));
    await page.keyboard.press('Escape');
    // Per VM in the table: both now link their server.
    for (const name of fresh)
      await expect(ui.row(name)).not.toContainText(t('resource-pools:managed.no'));
  },
);

test(
  'bulk migrate: VMs of a cluster move to one host, one already there is refused',
  { tag: '@en' },
  async ({ page, lang, t, loginAs }) => {
    const ui = new ResourcePoolsPage(page, lang);
    // The node's first cluster: its VMs across cvknode102, cvknode103 and cvknode191, by host.
    await loginAs('admin', `${NODE}&sel=c%3A1&sort=host`);
    const moving = await ui.selectVms(ui.vmRows('cvknode191'), 2);
    const [staying = ''] = await ui.selectVms(ui.vmRows('cvknode102'), 1);
    await ui.bulkAction('bulkMigrate');
    const confirm = page
      .getByRole('dialog')
      .filter({ hasText: t('resource-pools:migrate.bulkHelp') });
    await ui.pick(confirm, t('resource-pools:migrate.target'), 'cvknode102');
    await ui.confirm(confirm, t('resource-pools:actions.bulkMigrate'));

    const tasks = await ui.openTasks();
    await expect(tasks).toContainText(t('ui:batch.summary.succeeded_other', { count: 2 }));
    await expect(tasks).toContainText(t('ui:batch.summary.failed_one', { count: 1 }));
    // A batch with a failure shows its items unasked.
    const ledger = (name: string) => tasks.getByRole('row').filter({ hasText: name });
    for (const name of moving)
      await expect(ledger(name)).toContainText(t('ui:batch.status.succeeded'));
    await expect(ledger(staying)).toContainText(t('ui:batch.status.failed'));
    await expect(ledger(staying)).toContainText(t('resource-pools:preflight.sameHost'));
    await expect(
      tasks.getByRole('button', { name: t('ui:batch.retryFailed_one', { count: 1 }) }),
    ).toBeVisible();
    await page.keyboard.press('Escape');
    // Per VM in the table: the two run on cvknode102 once their migration ends.
    for (const name of moving) await expect(ui.row(name)).toContainText('cvknode102');
    await expect(ui.row(staying)).toContainText('cvknode102');
  },
);
