// One snapshot tree per VM: a cloud server on a CAS/VMware node is also a VM of the resource
// pools, and the server's Snapshots API (004 §1.10) and the pools' hypervisor snapshot API
// (§1.13 #21–24) read and change the same snapshots. Made in one, shown in the other; a revert or
// delete in one changes the other.
import { expect, it } from 'vitest';
import { expectVendorError, eachTestSim, type TestSim } from './helpers.ts';

const V = '/os/compute/v1/cloudos/virtual/snapshot';
let t: TestSim;
let admin: string;
let alice: string;

eachTestSim(async (sim) => {
  t = sim;
  [admin, alice] = await sim.logins('admin', 'alice');
});

const project = (token: string) => t.project(token);

/** A running server of alice's with no snapshot, and the pools' VM record that is it. */
function serverVm() {
  const p = project(alice);
  for (const vm of t.sim.state.hvVms) {
    const s = t.sim.state.servers.find((x) => x.id === vm.serverId);
    if (
      s?.tenant_id === p &&
      s.status === 'ACTIVE' &&
      s.task_state === null &&
      !t.sim.state.vmSnapTrees.some((tr) => tr.serverId === s.id && tr.snaps.length > 0)
    )
      return { s, vm };
  }
  throw new Error('no server VM');
}

type CloudNode = { name: string; isCurr: string; snapshots: { snapshot: CloudNode[] } };
type PoolNode = { name: string; isCurr: boolean; desc: string; snapshots: PoolNode[] };
const flatCloud = (n: CloudNode[]): CloudNode[] =>
  n.flatMap((x) => [x, ...flatCloud(x.snapshots.snapshot)]);
const flatPool = (n: PoolNode[]): PoolNode[] => n.flatMap((x) => [x, ...flatPool(x.snapshots)]);

it('shows one tree of a server VM through both APIs: create, revert, delete in either', async () => {
  const { s, vm } = serverVm();
  const crm = `/os/compute/v1/cloudos/crm/${project(admin)}/${vm.node}`;
  const vrm = `/os/compute/v1/cloudos/vrm/${project(admin)}/${vm.node}/vm/snapshots`;
  const cloud = async () => {
    const r = await t.req('GET', `${V}/${s.id}`, { token: alice });
    expect(r.status, JSON.stringify(r.body)).toBe(200);
    return flatCloud(r.body.snapshot as CloudNode[]);
  };
  const pool = async () => {
    const r = await t.req('GET', `${crm}/vmSnapshot/${vm.id}`, { token: admin });
    expect(r.status, JSON.stringify(r.body)).toBe(200);
    return flatPool(r.body.snapshot as PoolNode[]);
  };
  const current = (n: { name: string; isCurr: string | boolean }[]) =>
    n.filter((x) => x.isCurr === true || x.isCurr === 'true').map((x) => x.name);

  // Made on the server's Snapshots tab: while the cloud still creates it, the pools list it but
  // may not revert or delete it.
  const made = await t.req('POST', `${V}/${s.id}`, {
    token: alice,
    body: { name: 'from-cloud', desc: 'tab', snapMem: 'false' },
  });
  expect(made.status, JSON.stringify(made.body)).toBe(200);
  expect((await pool()).map((x) => x.name)).toEqual(['from-cloud']);
  expectVendorError(
    await t.req('PUT', vrm, { token: admin, body: { vmId: vm.id, name: 'from-cloud' } }),
    409,
  );
  t.settle();
  expect(await pool()).toMatchObject([{ name: 'from-cloud', desc: 'tab', isCurr: true }]);

  // Made in the resource pools: a child of the current one, current, on the server's tab.
  const pooled = await t.req('POST', vrm, {
    token: admin,
    body: { vmId: vm.id, name: 'from-pool', snapMem: false },
  });
  expect(pooled.status, JSON.stringify(pooled.body)).toBe(200);
  expectVendorError(
    await t.req('POST', `${V}/${s.id}`, {
      token: alice,
      body: { name: 'from-pool', snapMem: 'false' },
    }),
    409,
  );
  expect((await cloud()).map((x) => x.name)).toEqual(['from-cloud', 'from-pool']);
  expect(current(await cloud())).toEqual(['from-pool']);

  // Reverted in the pools: the tab's current snapshot moves.
  const reverted = await t.req('PUT', vrm, {
    token: admin,
    body: { vmId: vm.id, name: 'from-cloud' },
  });
  expect(reverted.status).toBe(200);
  expect(current(await cloud())).toEqual(['from-cloud']);
  // Reverted on the tab: the pools' current snapshot moves.
  await t.req('PUT', `${V}/resume/${s.id}`, {
    token: alice,
    body: { virtualSnapName: 'from-pool' },
  });
  t.settle();
  expect(current(await pool())).toEqual(['from-pool']);

  // Deleted on the tab: gone from the pools; deleted in the pools: gone from the tab.
  expect(
    (await t.req('DELETE', `${V}/${s.id}?snapshotNames=from-pool`, { token: alice })).status,
  ).toBe(200);
  expect(await pool()).toMatchObject([{ name: 'from-cloud', isCurr: true }]);
  expect((await t.req('DELETE', `${vrm}/${vm.id}/from-cloud`, { token: admin })).status).toBe(200);
  expect(await cloud()).toEqual([]);
  expectVendorError(await t.req('DELETE', `${vrm}/${vm.id}/from-cloud`, { token: admin }), 404);
});
