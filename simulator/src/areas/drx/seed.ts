// Seeded DRX policies: listeners of several organisations scaling from real seed servers, enabled
// and disabled, and one whose seed server has since been deleted (it stays disabled until it is
// pointed at another server). `--scale` adds more. Drawn from no generator.
import type { DrxRec, ServerRec } from '../../state.ts';
import { uuidOf } from '../aggregates/seed.ts';

const DESCS = [
  'web 前端弹性伸缩',
  'api gateway scaling',
  'lb auto scaling',
  '报表服务扩容',
  'mobile backend',
];

export function drxRecord(
  key: string,
  server: Pick<ServerRec, 'id' | 'name' | 'tenant_id'>,
  n: number,
  status: 'active' | 'inactive',
): DrxRec {
  const listener = uuidOf(`drx-listener:${key}`);
  return {
    id: uuidOf(`drx-id:${key}`),
    uuid: listener,
    tenantId: server.tenant_id,
    info_type: 'LoadBalancer',
    info_desc: DESCS[n % DESCS.length] ?? 'lb auto scaling',
    info_value: {
      cpuUtilThreshold: String(60 + (n % 4) * 10),
      cpuUtilReduceThreshold: String(20 + (n % 3) * 5),
      memoryUtilThreshold: String(70 + (n % 3) * 5),
      memoryUtilReduceThreshold: '30',
      tcpConnectionUtilThreshold: String(2000 + (n % 5) * 500),
      tcpConnectionUtilReduceThreshold: '1000',
      visitCountThreshold: String(2 + (n % 3)),
      visitCount_extend: '0',
      visitCount_reduce: '1',
      connectCount_extend: n % 2 ? '5000' : null,
      connectCount_reduce: n % 2 ? '1000' : null,
      instanceUuid: server.id,
      oldInstanceUuid: server.id,
      serverName: server.name,
      memberUuid: uuidOf(`drx-member:${key}`),
      poolId: uuidOf(`drx-pool:${key}`),
      monitorUuid: listener,
      waitingTime: String(20 + (n % 4) * 10),
      interval: String(30 + (n % 2) * 30),
      operationType: 'autoScaling',
      max_extend_members: String(3 + (n % 5)),
      status,
    },
  };
}

export function seedDrx(servers: readonly ServerRec[], scale: number): DrxRec[] {
  const live = servers.filter((s) => s.status === 'ACTIVE');
  const out: DrxRec[] = [];
  const count = 12 + Math.max(0, Math.round((scale - 1) * 5));
  for (let n = 0; n < count && live.length; n++) {
    const server = live[(n * 37) % live.length];
    if (!server) continue;
    out.push(drxRecord(`seed-${n}`, server, n, n % 3 === 2 ? 'inactive' : 'active'));
  }
  // A policy whose seed server was deleted since: disabled, and cannot be enabled as it is.
  const gone = {
    id: uuidOf('drx-deleted-server'),
    name: 'web-legacy-01',
    tenant_id: live[0]?.tenant_id ?? '',
  };
  if (live.length) out.push(drxRecord('orphan', gone, 99, 'inactive'));
  return out;
}
