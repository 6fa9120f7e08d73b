// A server's Monitoring tab (004 §1.9 items 26, 27, 29, 30): charts of the server, its disks and
// NICs over a chosen window, a chart per GPU, the raw ceilometer samples; a stopped server says it
// reports nothing; a failed read shows the reason. The resource search (item 31) finds a server's
// resources from the header and opens its monitoring.
import { ServersPage } from './pages/servers-page';
import { expect, test } from './support/fixtures';

const CHARTS = ['cpu', 'memory', 'diskIo', 'network', 'diskUsage'] as const;

test(
  'an administrator reads a GPU server’s charts, changes the window and reads raw samples',
  { tag: '@en' },
  async ({ page, lang, t, loginAs }) => {
    const ui = new ServersPage(page, lang);
    await loginAs('admin', '/servers?q=gpu-train-01');
    await ui.openDetail('gpu-train-01');
    await page.getByRole('tab', { name: t('servers:tabs.monitoring') }).click();
    const panel = page.getByRole('tabpanel');
    await expect(panel.getByText(t('servers:monitoring.about'))).toBeVisible();
    for (const key of CHARTS) {
      const chart = panel.getByRole('img', { name: t(`servers:monitoring.chart.${key}`) });
      await expect(chart).toBeVisible();
    }
    // Two GPUs, each with its four meters in the legend.
    const gpus = panel.getByRole('region', { name: t('servers:monitoring.gpus.title') });
    await expect(gpus.getByRole('img')).toHaveCount(2);
    await expect(gpus.getByText(t('servers:monitoring.gpus.meter.encoder')).first()).toBeVisible();

    await panel.getByText(t('servers:monitoring.window.24h'), { exact: true }).click();
    const cpu = panel.getByRole('img', { name: t('servers:monitoring.chart.cpu') });
    await expect(cpu).toBeVisible();

    await panel.getByRole('button', { name: t('servers:monitoring.samples.open') }).click();
    const drawer = page.getByRole('dialog', {
      name: t('servers:monitoring.samples.title', { name: 'gpu-train-01' }),
    });
    await expect(drawer.getByRole('row').nth(1)).toContainText('%');
    await ui.choose(
      drawer,
      t('servers:monitoring.samples.meter'),
      t('servers:monitoring.samples.meters.netIn'),
    );
    await expect(drawer.getByRole('row').nth(1)).toContainText('B/s');
    await expect(drawer.getByRole('row').nth(1)).toContainText('fa:16:3e');
  },
);

test(
  'a stopped server says it reports nothing, and a failed read shows the reason',
  { tag: '@zh' },
  async ({ page, lang, t, loginAs, sim }) => {
    const ui = new ServersPage(page, lang);
    await loginAs('admin', '/servers?q=gpu-render-03');
    await ui.openDetail('gpu-render-03');
    await sim.fault({
      path: 'metric/cpu_util/measures',
      status: 404,
      msg: 'Metric cpu_util has no archive policy',
    });
    await page.getByRole('tab', { name: t('servers:tabs.monitoring') }).click();
    const panel = page.getByRole('tabpanel');
    await expect(
      panel.getByText(
        t('servers:monitoring.notReporting', { status: t('servers:status.SHUTOFF') }),
      ),
    ).toBeVisible();
    await expect(panel.getByText(t('servers:monitoring.failed'))).toBeVisible();
    await expect(panel.getByText(/no archive policy/).first()).toBeVisible();
  },
);

test(
  'the header search finds a server’s GPU and opens its monitoring',
  { tag: '@en' },
  async ({ page, t, loginAs }) => {
    await loginAs('admin', '/overview');
    // The overview has no list of its own: `/` opens the console-wide search.
    await page.getByRole('main').getByRole('heading', { level: 1 }).click();
    await page.keyboard.press('/');
    const palette = page.getByRole('dialog', { name: t('shell:palette.title') });
    await expect(palette).toBeVisible();
    await page.keyboard.type('gpu-train-01');
    const server = palette.getByRole('option').filter({ hasText: t('shell:search.kind.server') });
    await expect(server).toContainText('gpu-train-01');
    await page.keyboard.press('Escape');

    await page.getByRole('button', { name: t('shell:palette.open') }).click();
    await page.keyboard.type('gpu1');
    const gpu = palette.getByRole('option').filter({ hasText: t('shell:search.kind.gpu') });
    await expect(gpu.first()).toContainText('gpu1');
    await gpu.first().click();
    await expect(page).toHaveURL(/\/servers\/[^?]+\?tab=monitoring/);
    const panel = page.getByRole('tabpanel');
    await expect(
      panel.getByRole('region', { name: t('servers:monitoring.gpus.title') }).getByRole('img'),
    ).toHaveCount(2);
  },
);
