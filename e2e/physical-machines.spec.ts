// Physical machines and managed VMs on mana_api (seeds 000–003): the receiving organization
// accepts several transfer orders at once, a new order is checked in the browser and sent; a
// refund answers per machine (one returned, one not found) and offers to retry the failed one;
// a managed VM is stopped through its transitional state, and a refused start shows the reason.
import { ManagedVmsPage, PmOrdersPage, PmRefundsPage } from './pages/physical-machines-page';
import { expect, test } from './support/fixtures';
import { recordTexts } from './support/transient';

// Seeded (simulator/src/areas/mana/seed.ts): the admin organization's machines are SNA210000 +
// 7n; #6 (SNA210007, SNA210014) and #7 (SNA210021) are orders it sent, #3 brought SNA210000.
const FREE = ['SNA210028', 'SNA210035'];

test(
  'the receiving organization accepts two orders at once and sends a new one',
  { tag: '@both' },
  async ({ page, lang, t, loginAs }) => {
    const ui = new PmOrdersPage(page, lang);
    await loginAs('admin', ui.path);
    await expect(ui.heading()).toBeVisible();
    await ui.expectCount('0', 2);
    await expect(ui.rows()).toHaveCount(2);

    await ui.selectAll();
    await ui.bulkAction('accept');
    await ui.confirm(
      ui.confirmDialog('physical-machines:messages.acceptConfirm'),
      ui.action('accept'),
    );
    await expect(ui.rows()).toHaveCount(0);
    await ui.expectCount('0', 0);
    await ui.expectCount('1', 3);

    const create = await ui.openCreate();
    await ui.field(create, 'snids').fill(`${FREE[0]}\n@@\n${FREE[1]}`);
    await ui.choose(create, t('physical-machines:fields.dest_project'), 'chengdu');
    await ui.select(create, t('physical-machines:fields.mailto')).fill('ops@example.com,');
    await ui.submit(create);
    await expect(
      create.getByText(t('physical-machines:form.snids.invalid', { list: '@@' })),
    ).toBeVisible();
    await ui.field(create, 'snids').fill(FREE.join(', '));
    await ui.submit(create);
    await expect(create).toBeHidden();

    await ui.tab('3').click();
    await ui.expectCount('3', 3);
    const sent = ui.rows().filter({ hasText: FREE[0] });
    await expect(sent).toContainText(t('physical-machines:state.pending'));
    await expect(sent).toContainText('chengdu');
  },
);

test(
  'a tenant rejects an order sent to its organization',
  { tag: '@zh' },
  async ({ page, lang, loginAs }) => {
    const ui = new PmOrdersPage(page, lang);
    await loginAs('alice', ui.path);
    await expect(ui.heading()).toBeVisible();
    await ui.expectCount('0', 2);
    await ui.rowAction('#8', 'reject');
    await ui.confirm(
      ui.confirmDialog('physical-machines:messages.rejectConfirm'),
      ui.action('reject'),
    );
    await expect(ui.row('#8')).toHaveCount(0);
    await ui.expectCount('0', 1);
    await ui.tab('2').click();
    await expect(ui.row('#8')).toContainText(ui.t('physical-machines:state.rejected'));
  },
);

test(
  'a refund answers per machine and retries the one not returned',
  { tag: '@zh' },
  async ({ page, lang, t, loginAs }) => {
    const ui = new PmRefundsPage(page, lang);
    await loginAs('admin', ui.path);
    await expect(ui.heading()).toBeVisible();
    await ui.input().fill('SNA210042, SNB999999');
    await page.getByRole('button', { name: t('physical-machines:actions.refund') }).click();
    const dialog = page
      .getByRole('dialog')
      .filter({ hasText: t('physical-machines:messages.refundConfirm') });
    await dialog.getByRole('button', { name: t('physical-machines:actions.refund') }).click();
    await expect(ui.result('SNA210042')).toContainText(t('physical-machines:outcome.returned'));
    await expect(ui.result('SNA210042')).toContainText(t('physical-machines:mail.sent'));
    await expect(ui.result('SNB999999')).toContainText(t('physical-machines:outcome.notFound'));
    await expect(ui.result('SNB999999')).toContainText(t('physical-machines:mail.notSent'));

    await page
      .getByRole('button', { name: t('physical-machines:actions.retryFailed', { count: 1 }) })
      .click();
    await dialog.getByRole('button', { name: t('physical-machines:actions.refund') }).click();
    // Still not this organization's: the answer stays, the returned one is unchanged.
    await expect(ui.result('SNB999999')).toContainText(t('physical-machines:outcome.notFound'));
    await expect(ui.result('SNA210042')).toContainText(t('physical-machines:outcome.returned'));
  },
);

test(
  'a managed VM is stopped through its transitional state; a refused start says why',
  { tag: '@en' },
  async ({ page, lang, loginAs, sim }) => {
    const ui = new ManagedVmsPage(page, lang);
    await loginAs('admin', ui.path);
    await expect(ui.heading()).toBeVisible();
    await expect(ui.rows()).toHaveCount(20);
    // web-01 is the region's first VM and runs (seed).
    const row = ui.row('web-01');
    await ui.expectStatus(row, 'ACTIVE');
    await ui.rowAction('web-01', 'stop');
    await ui.confirm(ui.confirmDialog('managed-vms:messages.stopConfirm'), ui.action('stop'));
    await ui.expectStatus(row, 'SHUTOFF');

    await sim.fault({
      path: '/mana_api/vm_act',
      method: 'POST',
      status: 409,
      msg: 'web-01: SHUTOFF (injected)',
    });
    const failed = await recordTexts(page, /injected/);
    await ui.rowAction('web-01', 'start');
    expect(await failed.seen()).toContain('injected');
    await ui.expectStatus(row, 'SHUTOFF');

    await ui.rowAction('web-01', 'reboot');
    await ui.confirm(ui.confirmDialog('managed-vms:messages.rebootConfirm'), ui.action('reboot'));
    await ui.expectStatus(row, 'ACTIVE');
  },
);
