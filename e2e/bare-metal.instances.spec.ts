// Bare-metal servers and monitoring: an administrator creates a bare-metal server from the servers
// page (flat networking; a first attempt refused by the platform keeps the form with the reason),
// watches it deploy onto a node and follows the link to that node; a multi-tenant one is created
// from an available node's page, wiring its network to one of the node's ports; a deployed node
// shows its monitoring charts.
import { ServersPage } from './pages/servers-page';
import { BareMetalNodesPage } from './pages/bare-metal-page';
import { expect, test } from './support/fixtures';

/** The documents' node: deployed, its server ACTIVE, every sensor reporting. */
const DOC_NODE = 'e15691cf-3c7e-437b-9f30-2a9fba829bd7';

test(
  'an admin creates a flat bare-metal server, sees it deploy and opens its node',
  { tag: '@en' },
  async ({ page, lang, t, loginAs, sim }) => {
    const ui = new ServersPage(page, lang);
    await loginAs('admin', '/servers');
    await expect(ui.heading()).toBeVisible();
    await page.getByRole('button', { name: t('servers:actions.createBareMetal') }).click();
    const drawer = ui.dialog('bare-metal:create.title');
    await expect(drawer).toBeVisible();

    // The project's ironic zone is preselected; flat networking is the default.
    await expect(drawer.getByTitle('iron1', { exact: true })).toBeVisible();
    await expect(drawer.getByRole('radio', { name: t('bare-metal:create.flat') })).toBeChecked();
    await ui.choose(drawer, t('bare-metal:create.image'), 'baremetal-centos7-deploy');
    // The flavor must fit the image (100 GB disk): m1.large (80 GB) is refused on the field.
    await ui.choose(drawer, t('bare-metal:create.flavor'), 'm1.large');
    await expect(
      drawer.getByText(t('bare-metal:create.flavorTooSmall', { ram: '8 GiB', disk: 100 })),
    ).toBeVisible();
    await ui.choose(drawer, t('bare-metal:create.flavor'), 'HP_16*64*200');
    await ui.choose(drawer, t('bare-metal:create.networks'), 'public-net');
    await page.keyboard.press('Escape');
    await drawer.getByLabel(t('bare-metal:create.name'), { exact: true }).fill('bm-e2e');
    await drawer.getByLabel(t('bare-metal:create.passwordField')).fill('Passw0rd!');
    await drawer.getByLabel(t('bare-metal:create.confirm')).fill('Passw0rd!');
    // The AK/SK read says which key goes into the metadata.
    await expect(drawer.getByText(t('bare-metal:create.accessKey'))).toBeVisible();

    // The platform refuses once: the reason is shown and everything typed stays.
    const refusal = 'No valid host was found. There are not enough hosts available.';
    await sim.fault({ path: '/servers$', method: 'POST', status: 409, count: 1, msg: refusal });
    const submit = drawer.getByRole('button', { name: t('bare-metal:create.submit') });
    await submit.click();
    await expect(drawer.getByText(refusal)).toBeVisible();
    await expect(drawer.getByLabel(t('bare-metal:create.name'), { exact: true })).toHaveValue(
      'bm-e2e',
    );

    // The second try goes through: the server's page, then ACTIVE once its node has deployed.
    const created = page.waitForRequest(
      (r) => r.method() === 'POST' && new URL(r.url()).pathname.endsWith('/servers'),
    );
    await submit.click();
    const body: unknown = (await created).postDataJSON();
    expect(body).toMatchObject({
      server: {
        name: 'bm-e2e',
        config_drive: true,
        availability_zone: 'iron1',
        metadata: { extraType: 'BareMetal', accessKey: expect.any(String) },
      },
    });
    await expect(page.getByRole('heading', { level: 1, name: 'bm-e2e' })).toBeVisible();
    await ui.expectStatus(ui.main(), 'ACTIVE');

    // The server names its node; the node links back to the server.
    const nodeLink = ui.main().getByRole('link', { name: /^bm-/ });
    await expect(nodeLink).toBeVisible();
    await nodeLink.click();
    const nodes = new BareMetalNodesPage(page, lang);
    await nodes.expectStatus(nodes.main(), 'active');
    await expect(nodes.main().getByText('bm-e2e')).toBeVisible();
  },
);

test(
  'a multi-tenant bare-metal server is created from an available node, on one of its ports',
  { tag: '@zh' },
  async ({ page, lang, t, loginAs }) => {
    const nodes = new BareMetalNodesPage(page, lang);
    await loginAs('admin', '/bare-metal/nodes?state=available&maintenance=false&associated=false');
    await expect(nodes.heading()).toBeVisible();
    const name = await nodes.nameOf(nodes.firstRow());
    await nodes.firstRow().getByRole('link', { name, exact: true }).click();
    await expect(nodes.detailHeading(name)).toBeVisible();
    await nodes
      .main()
      .getByRole('button', { name: t('bare-metal:create.actionShort') })
      .click();
    const drawer = nodes.dialog('bare-metal:create.title');
    await expect(drawer).toBeVisible();
    // The node is preselected.
    await expect(drawer.getByTitle(new RegExp(`^${name} · `))).toBeVisible();

    await drawer.getByRole('radio', { name: t('bare-metal:create.multiTenant') }).check();
    await nodes.choose(drawer, t('bare-metal:create.image'), 'baremetal-centos7-deploy');
    await nodes.choose(drawer, t('bare-metal:create.flavor'), 'HP_8*32*100');
    await nodes.choose(drawer, t('bare-metal:create.networks'), 'mgmt-net');
    await page.keyboard.press('Escape');
    // Each network is wired to a port or bond of the node.
    const port = nodes.select(
      drawer,
      t('bare-metal:create.portFor', { network: 'mgmt-net (10.10.0.0/16)' }),
    );
    await port.click();
    await page.keyboard.press('Enter');
    await drawer.getByLabel(t('bare-metal:create.name'), { exact: true }).fill('bm-mt');
    await drawer.getByRole('radio', { name: t('bare-metal:create.imageDefault') }).check();

    const created = page.waitForRequest(
      (r) => r.method() === 'POST' && new URL(r.url()).pathname.endsWith('/servers'),
    );
    await drawer.getByRole('button', { name: t('bare-metal:create.submit') }).click();
    const body = (await created).postDataJSON() as {
      server: { availability_zone: string; metadata: Record<string, string> };
    };
    expect(body.server.availability_zone).toMatch(/^iron1:iron1:[0-9a-f-]{36}$/);
    expect(body.server.metadata.node_port_map).toMatch(/^[0-9a-f-]{36}:[0-9a-f-]{36}$/);
    await expect(page.getByRole('heading', { level: 1, name: 'bm-mt' })).toBeVisible();
    await expect(page.getByRole('link', { name, exact: true })).toBeVisible();
  },
);

test(
  'a deployed node shows its monitoring charts',
  { tag: '@en' },
  async ({ page, t, lang, loginAs }) => {
    const nodes = new BareMetalNodesPage(page, lang);
    await loginAs('admin', `/bare-metal/nodes/${DOC_NODE}?tab=monitoring`);
    const chart = (key: string, unit: string) =>
      page.getByRole('img', {
        name: `${t(`bare-metal:monitoring.chart.${key}`)} (${t(`bare-metal:monitoring.unit.${unit}`)})`,
      });
    await expect(chart('cpu', 'percent')).toBeVisible();
    await expect(chart('temperature', 'celsius')).toBeVisible();
    await expect(chart('fan', 'rpm')).toBeVisible();
    // The arrow keys walk the points; the reading is announced.
    await chart('cpu', 'percent').focus();
    await page.keyboard.press('End');
    await expect(
      nodes
        .main()
        .getByText(/ · [\d.,]+ %$/)
        .first(),
    ).toBeAttached();
    // Another period reads another window.
    await page.getByText(t('bare-metal:monitoring.window.6h')).click();
    await expect(chart('power', 'watt')).toBeVisible();
  },
);
