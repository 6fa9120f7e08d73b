// Indexes keyed by what never changes ([S1]: no request or batch of due tasks waits behind a
// rebuild or a scan of a tracked list). A `stable` index (servers by id) is kept across writes
// inside its records and rebuilt when the collection's membership changes; in a unit of work it
// hands out tracking views, so a write through it is still committed.
import { afterEach, describe, expect, it } from 'vitest';
import { serversById } from '../src/areas/servers/indexes.ts';
import type { HvVmRec } from '../src/state.ts';
import { startSim, type TestSim } from './helpers.ts';

let t: TestSim;
afterEach(async () => {
  await t.close();
});

const byId = (t: TestSim) =>
  t.sim.world.reader().index('servers', 'id', (s) => s.id, { stable: true });

describe('stable indexes', () => {
  it('survive writes inside records and follow membership changes', async () => {
    t = await startSim();
    const first = byId(t);
    const [a, b] = t.sim.world.reader().state.servers;
    if (!a || !b) throw new Error('the seed has servers');

    // A write inside a record (what a transition does) keeps the index.
    await t.sim.write((view) => {
      const s = serversById(view)(a.id);
      if (!s) throw new Error('found through the index');
      s.name = 'renamed-through-the-index';
    });
    expect(byId(t)).toBe(first);
    // The write went through a tracking view: the record changed and the change was seen.
    expect(byId(t).get(a.id)?.[0]?.name).toBe('renamed-through-the-index');
    // An unstable index over the same collection is rebuilt after it.
    expect(t.sim.world.reader().index('servers', 'id', (s) => s.id)).not.toBe(first);

    // Removing a record changes the membership: the index is rebuilt and no longer finds it.
    await t.sim.write((view) => {
      view.state.servers = view.state.servers.filter((s) => s.id !== b.id);
    });
    const after = byId(t);
    expect(after).not.toBe(first);
    expect(after.get(b.id)).toBeUndefined();
    expect(after.get(a.id)?.[0]?.id).toBe(a.id);
  });

  it('a batch of due transitions settles every server it names', async () => {
    t = await startSim();
    const token = await t.login('alice');
    const tenant = t.sim.world.reader().state.tokens[token]?.projectId ?? '';
    const ids: string[] = [];
    for (const server of t.sim.world.reader().state.servers)
      if (server.tenant_id === tenant && server.status === 'ACTIVE' && ids.length < 5) {
        const res = await t.req('POST', `/os/compute/v1/v2/${tenant}/servers/${server.id}/action`, {
          token,
          body: { 'os-stop': null },
        });
        expect(res.status).toBe(202);
        ids.push(server.id);
      }
    expect(ids.length).toBe(5);
    t.settle();
    const statuses = ids.map((id) => serversById(t.sim.world.reader())(id)?.status);
    expect(statuses).toEqual(ids.map(() => 'SHUTOFF'));
  });

  it('take in an appended record without a rebuild, in either kind of index', async () => {
    t = await startSim();
    const read = () => t.sim.world.reader();
    const byNode = () => read().index('hvVms', 'node', (v) => v.node, { stable: true });
    const byName = () => read().index('hvVms', 'name', (v) => v.name);
    const names = () =>
      read().derive('test/vm-names', ['hvVms'], () => read().state.hvVms.map((v) => v.name), {
        stable: true,
      });
    const [first] = read().state.hvVms;
    if (!first) throw new Error('the seed has VMs');
    const node = byNode();
    const name = byName();
    const listed = names();
    const before = node.get(first.node);
    const vm: HvVmRec = { ...first, id: 'appended-vm', name: 'appended-vm', serverId: '' };
    await t.sim.write((view) => {
      view.state.hvVms.push(vm);
    });
    // The same maps, with the new record at the end of its key's list; the list handed out before
    // is left as it was.
    expect(byNode()).toBe(node);
    expect(byName()).toBe(name);
    expect(byNode().get(first.node)?.at(-1)).toBe(vm);
    expect(byName().get('appended-vm')).toEqual([vm]);
    expect(before?.includes(vm)).toBe(false);
    // A value derived from the membership is recomputed: it cannot take in a record by itself.
    expect(names()).not.toBe(listed);
    expect(names()).toContain('appended-vm');

    // A write inside a record rebuilds the unstable index, not the stable one.
    await t.sim.write((view) => {
      const rec = view
        .index('hvVms', 'node', (v) => v.node, { stable: true })
        .get(first.node)
        ?.at(-1);
      if (!rec) throw new Error('found through the index');
      rec.name = 'renamed-vm';
    });
    expect(byNode()).toBe(node);
    expect(byName()).not.toBe(name);
    expect(byName().get('renamed-vm')?.[0]?.id).toBe('appended-vm');
    expect(byName().get('appended-vm')).toBeUndefined();

    // Removing it changes the membership: both are rebuilt without it.
    await t.sim.write((view) => {
      view.state.hvVms = view.state.hvVms.filter((v) => v.id !== 'appended-vm');
    });
    expect(byNode()).not.toBe(node);
    expect(
      byNode()
        .get(first.node)
        ?.some((v) => v.id === 'appended-vm'),
    ).toBe(false);
    expect(byName().get('renamed-vm')).toBeUndefined();
  });

  it('a timer-driven batch of due tasks runs within its budget and leaves the rest stored', async () => {
    t = await startSim();
    const token = await t.login('alice');
    const tenant = t.project(token);
    const ids = t.sim.world
      .reader()
      .state.servers.filter((s) => s.tenant_id === tenant && s.status === 'ACTIVE')
      .map((s) => s.id);
    expect(ids.length).toBeGreaterThan(3);
    for (const id of ids) {
      const res = await t.req('POST', `/os/compute/v1/v2/${tenant}/servers/${id}/action`, {
        token,
        body: { 'os-stop': null },
      });
      expect(res.status).toBe(202);
    }
    const pending = () => t.sim.world.reader().state.tasks.filter((k) => ids.includes(k.ref));
    expect(pending().length).toBe(ids.length);
    // A budget that fits one task: one runs now, the others stay stored (durable) and due.
    for (const k of pending()) k.at = 0;
    t.sim.runDueTasks(1e-9);
    expect(pending().length).toBe(ids.length - 1);
    const status = (id: string) => serversById(t.sim.world.reader())(id)?.status;
    expect(ids.filter((id) => status(id) === 'SHUTOFF').length).toBe(1);
    // The rest follow on the next turns of the event loop, without the timer.
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(pending()).toEqual([]);
    expect(ids.map(status)).toEqual(ids.map(() => 'SHUTOFF'));
  });
});
