// Indexes keyed by what never changes ([S1]: no request or batch of due tasks waits behind a
// rebuild or a scan of a tracked list). A `stable` index (servers by id) is kept across writes
// inside its records and rebuilt when the collection's membership changes; in a unit of work it
// hands out tracking views, so a write through it is still committed.
import { afterEach, describe, expect, it } from 'vitest';
import { serversById } from '../src/areas/servers/indexes.ts';
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
});
