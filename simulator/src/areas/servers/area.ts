// Cloud servers (004 §1.9): nova instances with the state machine of api-notes 4.1, compute quota
// per project (4.8), the multiplexed action operation (I-13), boot from volume, server-group
// placement, the asset transfer and the lease (shorten) of a server.
import { defineHandlers, type Area } from '../../area.ts';
import { serverAction } from './actions.ts';
import { createServer } from './create.ts';
import { shortenResourceTenancy } from './leases.ts';
import { listServers, warmServerLists } from './list.ts';
import { findServer } from './lookup.ts';
import { DELAY } from './states.ts';
import { onServersSeeded, serverTasks } from './tasks.ts';
import { transferServer } from './transfer.ts';
import { serverWire } from './wire.ts';

const handlers = defineHandlers({
  listServers: (ctx) => listServers(ctx, false),
  listServersDetail: (ctx) => listServers(ctx, true),
  getServer: (ctx) => ({ status: 200, body: { server: serverWire(ctx)(findServer(ctx)) } }),
  createServer,
  updateServer: (ctx) => {
    const s = findServer(ctx);
    s.name = ctx.body.server.name;
    s.updated = ctx.sim.now();
    return { status: 200, body: { server: serverWire(ctx)(s) } };
  },
  deleteServer: (ctx) => {
    const s = findServer(ctx);
    if (s.task_state !== 'deleting') {
      s.task_state = 'deleting';
      s.updated = ctx.sim.now();
      ctx.sim.schedule('server.settle', DELAY.delete ?? 0, s.id, {
        action: 'delete',
        task: 'deleting',
      });
    }
    return { status: 204 };
  },
  serverAction,
  transferServer,
  shortenResourceTenancy,
});

export const serversArea = {
  handlers,
  tasks: serverTasks,
  onSeed: onServersSeeded,
  warm: warmServerLists,
  defaults: (s) => {
    s.servers ??= [];
    s.nextInstanceNo ??= s.servers.length + 1;
    s.computeQuotas ??= {};
    s.leases ??= [];
  },
} satisfies Area;
