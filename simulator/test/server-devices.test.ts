import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { expectVendorError } from './helpers.ts';
import { world, type World } from './server-fixtures.ts';

let w: World;
beforeEach(async () => {
  w = await world();
});
afterEach(async () => {
  await w.t.close();
});

/** A freshly built, ACTIVE server of alice. */
async function activeServer(token = w.alice) {
  const id = await w.create(token);
  w.t.settle();
  expect((await w.show(id, token)).status).toBe('ACTIVE');
  return id;
}
const spareVolume = (token: string) => {
  const v = w.t.sim.state.volumes.find(
    (x) => x.tenant_id === w.project(token) && x.status === 'available' && !x.attachments.length,
  );
  if (!v) throw new Error('no spare volume');
  return v;
};

describe('server volumes (004:L7336, L7457, L7552, L9415)', () => {
  it('attaches, lists and detaches a volume, changing both sides', async () => {
    const id = await activeServer();
    const v = spareVolume(w.alice);
    const base = `${w.base(w.alice)}/${id}/os-volume_attachments`;
    const res = await w.t.req('POST', base, {
      token: w.alice,
      body: { volumeAttachment: { volumeId: v.id } },
    });
    expect(res.status, JSON.stringify(res.body)).toBe(200);
    expect(res.body.volumeAttachment).toEqual({
      device: '/dev/vdb',
      id: v.id,
      serverId: id,
      volumeId: v.id,
    });
    expect(w.t.sim.state.volumes.find((x) => x.id === v.id)?.status).toBe('attaching');
    w.t.settle();
    expect(w.t.sim.state.volumes.find((x) => x.id === v.id)?.status).toBe('in-use');
    const list = await w.t.req('GET', base, { token: w.alice });
    expect(list.status).toBe(200);
    expect(list.body.volumeAttachments.map((a: { volumeId: string }) => a.volumeId)).toContain(
      v.id,
    );
    expect(
      (await w.show(id, w.alice))['os-extended-volumes:volumes_attached'].map(
        (x: { id: string }) => x.id,
      ),
    ).toContain(v.id);
    // Attachable no longer lists it; attaching it again is a conflict.
    const toLoad = await w.t.req('POST', `${w.base(w.alice)}/${id}/os-volume_toLoad`, {
      token: w.alice,
      body: {},
    });
    expect(toLoad.body.data.some((x: { uuid: string }) => x.uuid === v.id)).toBe(false);
    expectVendorError(
      await w.t.req('POST', base, {
        token: w.alice,
        body: { volumeAttachment: { volumeId: v.id } },
      }),
      409,
    );
    const del = await w.t.req('DELETE', `${base}/${v.id}`, { token: w.alice });
    expect(del.status).toBe(200);
    expect(w.t.sim.state.volumes.find((x) => x.id === v.id)?.status).toBe('detaching');
    w.t.settle();
    expect(w.t.sim.state.volumes.find((x) => x.id === v.id)?.status).toBe('available');
    expect((await w.t.req('GET', base, { token: w.alice })).body.volumeAttachments).toEqual([]);
    expectVendorError(await w.t.req('DELETE', `${base}/${v.id}`, { token: w.alice }), 404);
  });

  it('refuses bad input, another project and invalid states', async () => {
    const id = await activeServer();
    const base = `${w.base(w.alice)}/${id}/os-volume_attachments`;
    expectVendorError(await w.t.req('POST', base, { token: w.alice, body: {} }), 400);
    expectVendorError(
      await w.t.req('POST', base, {
        token: w.alice,
        body: { volumeAttachment: { volumeId: 'nope' } },
      }),
      404,
    );
    // Bob's volume is not alice's; bob cannot see alice's server.
    const bobs = spareVolume(w.bob);
    expectVendorError(
      await w.t.req('POST', base, {
        token: w.alice,
        body: { volumeAttachment: { volumeId: bobs.id } },
      }),
      404,
    );
    expectVendorError(
      await w.t.req('GET', `${w.base(w.bob)}/${id}/os-volume_attachments`, { token: w.bob }),
      404,
    );
    // An in-use volume, and a server busy with a task.
    const busy = w.t.sim.state.volumes.find(
      (x) => x.tenant_id === w.project(w.alice) && x.status === 'in-use',
    );
    if (busy)
      expectVendorError(
        await w.t.req('POST', base, {
          token: w.alice,
          body: { volumeAttachment: { volumeId: busy.id } },
        }),
        409,
      );
    await w.t.req('POST', `${w.base(w.alice)}/${id}/action`, {
      token: w.alice,
      body: { 'os-stop': null },
    });
    const v = spareVolume(w.alice);
    expectVendorError(
      await w.t.req('POST', base, {
        token: w.alice,
        body: { volumeAttachment: { volumeId: v.id } },
      }),
      409,
    );
  });

  it('accepts the documented toLoad example and pages, sorts and filters', async () => {
    const id = await activeServer();
    const url = `${w.base(w.alice)}/${id}/os-volume_toLoad`;
    const example = {
      draw: 0,
      startIndex: 0,
      length: 10,
      ascendingOrder: 'ASC',
      paging: false,
      filterMap: { diskName: 'cc', host: 'host19', virtType: 'CAS', userId: 'x' },
    };
    const ex = await w.t.req('POST', url, { token: w.alice, body: example });
    expect(ex.status, JSON.stringify(ex.body)).toBe(200);
    expect(ex.body).toEqual({ data: [], count: 0 });
    const all = await w.t.req('POST', url, {
      token: w.alice,
      body: { order: 'size', ascendingOrder: 'asc' },
    });
    expect(all.status).toBe(200);
    expect(all.body.count).toBeGreaterThan(0);
    const sizes = all.body.data.map((x: { size: number }) => x.size);
    expect([...sizes].sort((a, b) => a - b)).toEqual(sizes);
    for (const x of all.body.data) {
      expect(x.status).toBe('available');
      expect(x.attachStatus).toBe('detached');
      expect(x.tenantId).toBe(w.project(w.alice));
      expect(x.createDate).toMatch(/^\d{4}-\d\d-\d\d \d\d:\d\d:\d\d$/);
    }
    const page = await w.t.req('POST', url, {
      token: w.alice,
      body: { paging: true, startIndex: 0, length: 1 },
    });
    expect(page.body.data).toHaveLength(1);
    expect(page.body.count).toBe(all.body.count);
    const name = all.body.data[0].diskName as string;
    const byName = await w.t.req('POST', url, {
      token: w.alice,
      body: { filterMap: { diskName: name.slice(0, 4).toUpperCase() } },
    });
    expect(
      byName.body.data.every((x: { diskName: string }) =>
        x.diskName.toLowerCase().includes(name.slice(0, 4).toLowerCase()),
      ),
    ).toBe(true);
    expectVendorError(
      await w.t.req('POST', url, { token: w.alice, body: { order: 'bogus' } }),
      400,
    );
    expectVendorError(await w.t.req('POST', url, { token: w.alice, body: { length: 0 } }), 400);
  });
});

describe('server vNICs (004:L7619, L7770, L7881)', () => {
  it('attaches on a network, lists, detaches and re-attaches the freed port', async () => {
    const id = await activeServer();
    const s = `${w.base(w.alice)}/${id}`;
    const before = await w.t.req('GET', `${s}/os-interface`, { token: w.alice });
    expect(before.status).toBe(200);
    expect(before.body.interfaceAttachments).toHaveLength(1);
    const net = w.networkId('chengdu-biz');
    const res = await w.t.req('POST', `${s}/h3c-os-interface`, {
      token: w.alice,
      body: { interfaceAttachment: { net_id: net, enable_gateway: 'false' } },
    });
    expect(res.status, JSON.stringify(res.body)).toBe(200);
    const nic = res.body.interfaceAttachments;
    expect(nic).toMatchObject({ net_id: net, port_state: 'ACTIVE' });
    expect(nic.mac_addr).toMatch(/^fa:16:3e(:[0-9a-f]{2}){3}$/);
    expect(nic.fixed_ips[0].ip_address).not.toBe(
      before.body.interfaceAttachments[0].fixed_ips[0].ip_address,
    );
    const after = await w.t.req('GET', `${s}/os-interface`, { token: w.alice });
    expect(after.body.interfaceAttachments).toHaveLength(2);
    // The server's addresses show it.
    const shown = await w.show(id, w.alice);
    expect(JSON.stringify(shown.addresses)).toContain(nic.fixed_ips[0].ip_address);
    expect(
      (await w.t.req('DELETE', `${s}/os-interface/${nic.port_id}`, { token: w.alice })).status,
    ).toBe(200);
    expect(
      (await w.t.req('GET', `${s}/os-interface`, { token: w.alice })).body.interfaceAttachments,
    ).toHaveLength(1);
    // The documented body, by port_id: the freed port comes back with its IP and MAC.
    const again = await w.t.req('POST', `${s}/h3c-os-interface`, {
      token: w.alice,
      body: {
        interfaceAttachment: { port_id: nic.port_id, password: 'password', enable_gateway: 'true' },
      },
    });
    expect(again.status, JSON.stringify(again.body)).toBe(200);
    expect(again.body.interfaceAttachments).toEqual(nic);
    expectVendorError(
      await w.t.req('POST', `${s}/h3c-os-interface`, {
        token: w.alice,
        body: { interfaceAttachment: { port_id: nic.port_id } },
      }),
      409,
    );
  });

  it('refuses bad input, other projects, the last NIC and invalid states', async () => {
    const id = await activeServer();
    const s = `${w.base(w.alice)}/${id}`;
    expectVendorError(
      await w.t.req('POST', `${s}/h3c-os-interface`, {
        token: w.alice,
        body: { interfaceAttachment: {} },
      }),
      400,
    );
    expectVendorError(
      await w.t.req('POST', `${s}/h3c-os-interface`, {
        token: w.alice,
        body: {
          interfaceAttachment: { net_id: w.networkId('chengdu-biz'), enable_gateway: 'yes' },
        },
      }),
      400,
    );
    const other = w.t.sim.state.networks.find(
      (n) => !n.shared && n.tenant_id !== w.project(w.alice),
    );
    expectVendorError(
      await w.t.req('POST', `${s}/h3c-os-interface`, {
        token: w.alice,
        body: { interfaceAttachment: { net_id: other?.id ?? 'x' } },
      }),
      404,
    );
    expectVendorError(
      await w.t.req('POST', `${s}/h3c-os-interface`, {
        token: w.alice,
        body: { interfaceAttachment: { port_id: 'ce531f90-199f-48c0-816c-13e38010b442' } },
      }),
      404,
    );
    expectVendorError(
      await w.t.req('GET', `${w.base(w.bob)}/${id}/os-interface`, { token: w.bob }),
      404,
    );
    const only = (await w.t.req('GET', `${s}/os-interface`, { token: w.alice })).body
      .interfaceAttachments[0];
    expectVendorError(
      await w.t.req('DELETE', `${s}/os-interface/${only.port_id}`, { token: w.alice }),
      409,
    );
    expectVendorError(await w.t.req('DELETE', `${s}/os-interface/nope`, { token: w.alice }), 404);
    await w.t.req('POST', `${s}/action`, { token: w.alice, body: { suspend: null } });
    expectVendorError(
      await w.t.req('POST', `${s}/h3c-os-interface`, {
        token: w.alice,
        body: { interfaceAttachment: { net_id: w.networkId('chengdu-biz') } },
      }),
      409,
    );
  });
});

describe('instance snapshots (004:L5330, L5464, L5652, L5846)', () => {
  it('createImage runs SAVING → ACTIVE and the snapshot is listed, shown and deleted', async () => {
    const id = await activeServer();
    const p = w.project(w.alice);
    const act = await w.t.req('POST', `${w.base(w.alice)}/${id}/action`, {
      token: w.alice,
      body: {
        createImage: { name: 'snap-a', metadata: { is_snapshot: 'snapshot', description: 'x' } },
      },
    });
    expect(act.status, JSON.stringify(act.body)).toBe(202);
    const list = async (token = w.alice, project = p) =>
      (await w.t.req('GET', `/os/compute/v1/v2/${project}/images/detail`, { token })).body
        .images as {
        id: string;
        name: string;
        status: string;
        progress: number;
        server: { id: string };
      }[];
    const mine = (await list()).find((x) => x.name === 'snap-a');
    expect(mine).toMatchObject({ status: 'SAVING', server: { id } });
    expectVendorError(
      await w.t.req('DELETE', `/os/compute/v1/v2/${p}/images/${mine?.id}`, { token: w.alice }),
      409,
    );
    w.t.settle();
    const shown = await w.t.req('GET', `/os/compute/v1/v2/${p}/images/${mine?.id}`, {
      token: w.alice,
    });
    expect(shown.status).toBe(200);
    expect(shown.body.image).toMatchObject({ status: 'ACTIVE', progress: 100, server: { id } });
    expect(shown.body.image['OS-EXT-IMG-SIZE:size']).toBeGreaterThan(0);
    // Only snapshots, only the project's, newest first.
    const all = await list();
    expect(all.length).toBeGreaterThan(1);
    const images = w.t.sim.state.images;
    expect(all.every((x) => images.find((i) => i.id === x.id)?.image_type === 'snapshot')).toBe(
      true,
    );
    expect(all.every((x) => images.find((i) => i.id === x.id)?.owner === p)).toBe(true);
    // Bob's project cannot see it.
    expectVendorError(
      await w.t.req('GET', `/os/compute/v1/v2/${w.project(w.bob)}/images/${mine?.id}`, {
        token: w.bob,
      }),
      404,
    );
    expectVendorError(
      await w.t.req('DELETE', `/os/compute/v1/v2/${w.project(w.bob)}/images/${mine?.id}`, {
        token: w.bob,
      }),
      404,
    );
    const del = await w.t.req('DELETE', `/os/compute/v1/v2/${p}/images/${mine?.id}`, {
      token: w.alice,
    });
    expect(del.status).toBe(204);
    expect((await list()).some((x) => x.id === mine?.id)).toBe(false);
    // An ordinary image is not a snapshot.
    const plain = images.find((i) => i.image_type === 'image');
    expectVendorError(
      await w.t.req('GET', `/os/compute/v1/v2/${p}/images/${plain?.id}`, { token: w.alice }),
      404,
    );
  });

  it('seeds snapshots of real servers', () => {
    const snaps = w.t.sim.state.images.filter((i) => i.image_type === 'snapshot');
    const servers = new Set(w.t.sim.state.servers.map((s) => s.id));
    expect(snaps.filter((i) => servers.has(i.instance_uuid ?? '')).length).toBeGreaterThan(3);
  });
});
