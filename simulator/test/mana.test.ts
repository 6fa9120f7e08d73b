import { describe, expect, it } from 'vitest';
import { eachTestSim, type Reply, type TestSim } from './helpers.ts';

let t: TestSim;
let admin: string;
let alice: string;
let bob: string;
const SP = { 'sp-agent': 'scloudm' };

eachTestSim(async (sim) => {
  t = sim;
  [admin, alice, bob] = await sim.logins('admin', 'alice', 'bob');
});

const project = (token: string) => t.project(token);
const snidsOf = (tenant: string) =>
  t.sim.state.pms.filter((m) => m.tenantId === tenant).map((m) => m.snid);

/** mana_api's error body: an int code and a message (reason optional). */
function expectManaError(res: Reply, status: number) {
  expect(res.status, JSON.stringify(res.body)).toBe(status);
  expect(res.body.code).toBe(status);
  expect(typeof res.body.msg).toBe('string');
  expect(res.body.data).toBeUndefined();
}

describe('pm_refund (000)', () => {
  it('returns the project’s machines and answers per snid, partial success included', async () => {
    const p = project(alice);
    const [a, b] = snidsOf(p).filter(
      (s) => !t.sim.state.pmOrders.some((o) => o.state === 'pending' && o.snids.includes(s)),
    );
    const foreign = snidsOf(project(bob))[0];
    const res = await t.req('POST', `/mana_api/pm_refund/${p}`, {
      token: alice,
      headers: SP,
      body: { snids: `123, ${a},${b},${foreign}` },
    });
    expect(res.status).toBe(200);
    expect(res.body.code).toBe(200);
    expect(res.body.detail).toEqual([
      { code: 404, msg: 'pm server not found', snid: '123', sendmail: 'do-nothing' },
      { code: 200, msg: 'success', snid: a, sendmail: 'send mail success' },
      { code: 200, msg: 'success', snid: b, sendmail: 'send mail success' },
      { code: 404, msg: 'pm server not found', snid: foreign, sendmail: 'do-nothing' },
    ]);
    expect(snidsOf(p)).not.toContain(a);
    expect(t.sim.state.pmMails.length).toBe(2);
  });

  it('refuses a machine in a pending order per item (409)', async () => {
    const p = project(alice);
    const pending = t.sim.state.pmOrders.find(
      (o) => o.state === 'pending' && o.resource_project === p,
    );
    const snid = pending?.snids.split(',')[0] ?? '';
    const res = await t.req('POST', `/mana_api/pm_refund/${p}`, {
      token: alice,
      headers: SP,
      body: { snids: snid },
    });
    expect(res.body.detail[0]).toMatchObject({ code: 409, snid, sendmail: 'do-nothing' });
  });

  it('answers the documents’ 400 for another project, admin included, and without Sp-Agent', async () => {
    const other = project(bob);
    const res = await t.req('POST', `/mana_api/pm_refund/${other}`, {
      token: admin,
      headers: SP,
      body: { snids: '1' },
    });
    expectManaError(res, 400);
    expect(res.body.msg).toContain("URL's project_id");
    const noAgent = await t.req('POST', `/mana_api/pm_refund/${project(alice)}`, {
      token: alice,
      body: { snids: '1' },
    });
    expectManaError(noAgent, 400);
    const noToken = await t.req('POST', `/mana_api/pm_refund/${project(alice)}`, {
      headers: SP,
      body: { snids: '1' },
    });
    expectManaError(noToken, 401);
    expect(noToken.body.reason).toBe('Unauthorized');
    const empty = await t.req('POST', `/mana_api/pm_refund/${project(alice)}`, {
      token: alice,
      headers: SP,
      body: { snids: ' , ' },
    });
    expectManaError(empty, 400);
  });
});

describe('pm_order (001)', () => {
  it('lists by type, creates an order, and the receiving project accepts it', async () => {
    const from = project(alice);
    const to = project(bob);
    const free = snidsOf(from).filter(
      (s) => !t.sim.state.pmOrders.some((o) => o.state === 'pending' && o.snids.includes(s)),
    );
    const snids = free.slice(0, 2).join(',');
    const created = await t.req('POST', `/mana_api/pm_order/${from}`, {
      token: alice,
      headers: SP,
      body: { snids, dest_project: to, mailto: 'jiahua@ztgame.com,wenjun@ztgame.com' },
    });
    expect(created.body).toEqual({ msg: 'add success', code: 200 });
    const mine = await t.req('GET', `/mana_api/pm_order/${from}?type=3`, {
      token: alice,
      headers: SP,
    });
    const order = mine.body.orders[0];
    expect(order).toMatchObject({
      snids,
      resource_project: from,
      dest_project: to,
      user: 'alice',
      state: 'pending',
    });
    expect(order.create_at).toMatch(/^\d{4}-\d\d-\d\d \d\d:\d\d:\d\d$/);
    const inbox = await t.req('GET', `/mana_api/pm_order/${to}?type=0`, {
      token: bob,
      headers: SP,
    });
    expect(inbox.body.orders.map((o: { id: number }) => o.id)).toContain(order.id);
    expect(
      inbox.body.orders.every(
        (o: { state: string; dest_project: string }) =>
          o.state === 'pending' && o.dest_project === to,
      ),
    ).toBe(true);
    const decided = await t.req('PUT', `/mana_api/pm_order/${to}`, {
      token: bob,
      headers: SP,
      body: { order_ids: String(order.id), accept: 1 },
    });
    expect(decided.body).toEqual({ msg: 'Order processing success', code: 200 });
    expect(snidsOf(to)).toEqual(expect.arrayContaining(snids.split(',')));
    const accepted = await t.req('GET', `/mana_api/pm_order/${to}?type=1`, {
      token: bob,
      headers: SP,
    });
    expect(accepted.body.orders[0]).toMatchObject({ id: order.id, state: 'finished' });
    // Already decided: the whole request is refused and names the order.
    const again = await t.req('PUT', `/mana_api/pm_order/${to}`, {
      token: bob,
      headers: SP,
      body: { order_ids: String(order.id), accept: 0 },
    });
    expectManaError(again, 400);
    expect(again.body.reason).toBe('Invalid order');
    expect(again.body.msg).toContain('already finished');
  });

  it('rejects several at once and keeps the machines where they are', async () => {
    const p = project(admin);
    const pending = t.sim.state.pmOrders.filter(
      (o) => o.state === 'pending' && o.dest_project === p,
    );
    expect(pending.length).toBeGreaterThan(1);
    const res = await t.req('PUT', `/mana_api/pm_order/${p}`, {
      token: admin,
      headers: SP,
      body: { order_ids: pending.map((o) => o.id).join(','), accept: 0 },
    });
    expect(res.status).toBe(200);
    expect(
      pending.every((o) => t.sim.state.pmOrders.find((x) => x.id === o.id)?.state === 'rejected'),
    ).toBe(true);
    expect(snidsOf(p)).not.toContain(pending[0]?.snids.split(',')[0]);
  });

  it('validates the order: foreign machines, own project, bad mail, machine already pending', async () => {
    const from = project(alice);
    const to = project(bob);
    const post = (body: unknown) =>
      t.req('POST', `/mana_api/pm_order/${from}`, { token: alice, headers: SP, body });
    const mine = snidsOf(from);
    expectManaError(await post({ snids: snidsOf(to)[0], dest_project: to }), 400);
    expectManaError(await post({ snids: mine[5], dest_project: from }), 400);
    expectManaError(await post({ snids: mine[5], dest_project: 'nope' }), 400);
    expectManaError(
      await post({ snids: mine[5], dest_project: to, mailto: 'a@b.com,not-mail' }),
      400,
    );
    const pending = t.sim.state.pmOrders.find(
      (o) => o.state === 'pending' && o.resource_project === from,
    );
    expectManaError(await post({ snids: pending?.snids ?? '', dest_project: to }), 409);
    expectManaError(await post({ snids: mine[5] }), 400);
    // The sender cannot decide its own order.
    const own = await t.req('PUT', `/mana_api/pm_order/${from}`, {
      token: alice,
      headers: SP,
      body: { order_ids: String(pending?.id), accept: 1 },
    });
    expectManaError(own, 400);
    expect(own.body.msg).toContain('not addressed to this project');
    const wrong = await t.req('GET', `/mana_api/pm_order/${to}?type=0`, {
      token: alice,
      headers: SP,
    });
    expectManaError(wrong, 400);
    const badType = await t.req('GET', `/mana_api/pm_order/${from}?type=9`, {
      token: alice,
      headers: SP,
    });
    expectManaError(badType, 400);
  });
});

describe('vm list (003) and vm_act (002)', () => {
  const region = () => t.sim.state.manaVms.find((v) => v.tenantId === project(alice))?.region ?? '';

  it('pages with f/t (1-based, inclusive) and accepts the curl as printed', async () => {
    const p = project(alice);
    const res = await t.req('GET', `/mana_api/vm?tenant_id=${p}&region=${region()}&f=1&t=10`, {
      token: alice,
      headers: { 'sp-agent': 'default' },
    });
    expect(res.status).toBe(200);
    expect(res.body.vm_servers).toHaveLength(10);
    const page2 = await t.req(
      'GET',
      `/mana_api/vm?tenant_id=${p}&region=${region()}&f=3&t=4&party=scloudm`,
      {
        token: alice,
      },
    );
    expect(page2.body.vm_servers.map((v: { instance_id: string }) => v.instance_id)).toEqual(
      res.body.vm_servers.slice(2, 4).map((v: { instance_id: string }) => v.instance_id),
    );
    expect(page2.body.total).toBe(res.body.total);
    expectManaError(
      await t.req('GET', `/mana_api/vm?tenant_id=${p}&region=x&f=5&t=2`, {
        token: alice,
        headers: SP,
      }),
      400,
    );
    expectManaError(
      await t.req('GET', `/mana_api/vm?tenant_id=${p}&region=x`, { token: alice }),
      400,
    );
    expectManaError(
      await t.req('GET', `/mana_api/vm?tenant_id=${project(bob)}&region=x`, {
        token: alice,
        headers: SP,
      }),
      400,
    );
  });

  it('stops, starts and reboots several VMs through transitional states', async () => {
    const p = project(alice);
    const r = region();
    const vms = t.sim.state.manaVms.filter(
      (v) => v.tenantId === p && v.region === r && v.status === 'ACTIVE',
    );
    const ids = vms.slice(0, 2).map((v) => v.instance_id);
    const stop = await t.req('POST', '/mana_api/vm_act', {
      token: alice,
      headers: SP,
      body: { tenant_id: p, region: r, servers: ids.join(','), 'os-stop': null },
    });
    expect(stop.status).toBe(200);
    expect(stop.raw.length).toBe(0);
    expect(vms[0]?.status).toBe('POWERING_OFF');
    t.settle();
    expect(t.sim.state.manaVms.find((v) => v.instance_id === ids[0])?.status).toBe('SHUTOFF');
    // Stopping again is an invalid state: 409 naming the VM, nothing changed.
    const again = await t.req('POST', '/mana_api/vm_act', {
      token: alice,
      headers: SP,
      body: { tenant_id: p, region: r, servers: ids.join(','), 'os-stop': null },
    });
    expectManaError(again, 409);
    expect(again.body.msg).toContain(`${ids[0]}: SHUTOFF`);
    // The curl form, as printed but with the comma repaired and no Content-Type.
    const curl = await t.req('POST', `/mana_api/vm_act/${p}/${r}/${ids[0]}`, {
      token: alice,
      headers: { 'sp-agent': 'scloudm' },
      raw: `{"servers": "${ids.join(',')}", "os-start": null}`,
    });
    expect(curl.status).toBe(200);
    t.settle();
    const reboot = await t.req('POST', '/mana_api/vm_act', {
      token: alice,
      headers: SP,
      body: { tenant_id: p, region: r, servers: ids[0], reboot: { type: 'HARD' } },
    });
    expect(reboot.status).toBe(200);
    expect(t.sim.state.manaVms.find((v) => v.instance_id === ids[0])?.status).toBe('REBOOTING');
    t.settle();
    expect(t.sim.state.manaVms.find((v) => v.instance_id === ids[0])?.status).toBe('ACTIVE');
  });

  it('refuses two actions, no action, unknown VMs and another project', async () => {
    const p = project(alice);
    const act = (body: unknown, token = alice) =>
      t.req('POST', '/mana_api/vm_act', { token, headers: SP, body });
    expectManaError(
      await act({
        tenant_id: p,
        region: region(),
        servers: 'a',
        'os-start': null,
        'os-stop': null,
      }),
      400,
    );
    expectManaError(await act({ tenant_id: p, region: region(), servers: 'a' }), 400);
    expectManaError(
      await act({ tenant_id: p, region: region(), servers: 'nope', 'os-start': null }),
      409,
    );
    expectManaError(
      await act({ tenant_id: p, region: region(), servers: 'a', 'os-start': null }, bob),
      400,
    );
    expectManaError(await act({ region: region(), servers: 'a', 'os-start': null }), 400);
  });
});
