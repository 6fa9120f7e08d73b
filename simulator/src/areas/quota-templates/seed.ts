// Seeded quota templates: the presets an administrator keeps (small to large, per purpose, one
// unlimited), drawn from no generator. `scale` adds numbered presets for the list at scale.
import type { QuotaTemplateRec } from '../../state.ts';
import { toTemplate, type CounterKey } from './fields.ts';

type Preset = { uuid: string; name: string; extra: string; size: number; cpuPerHost: number };

const PRESETS: Preset[] = [
  {
    uuid: '5edd5a02-479c-4e7d-9920-93d349156ac4',
    name: '小型组织',
    extra: '10 台云主机以内的部门',
    size: 10,
    cpuPerHost: 4,
  },
  {
    uuid: '375a2ed5-f0cb-4d4e-baa3-b9f4e17822d8',
    name: '中型组织',
    extra: '常规业务部门',
    size: 50,
    cpuPerHost: 4,
  },
  {
    uuid: 'a0c4f6e2-3b1d-4f7a-9e25-6d8c1b2a7f31',
    name: '大型组织',
    extra: '',
    size: 200,
    cpuPerHost: 8,
  },
  {
    uuid: 'b7e19d3c-58a2-4c6f-8d04-2f9a6e1c3b58',
    name: '开发测试',
    extra: '研发与测试环境，资源回收周期短',
    size: 30,
    cpuPerHost: 2,
  },
  {
    uuid: 'c3d8a5f1-9e27-4b6c-a1f0-7e4b2d9c6a13',
    name: '生产环境',
    extra: '核心业务，含整机快照与备份',
    size: 120,
    cpuPerHost: 8,
  },
  {
    uuid: 'd9f2b6e4-1c8a-4e3d-b57f-0a6c9e2d4b87',
    name: '实验室',
    extra: '教学实验，无公网',
    size: 5,
    cpuPerHost: 2,
  },
  {
    uuid: 'e4a7c1d9-6b3f-4a2e-9c58-3d1f7b0e5a26',
    name: 'cloudos',
    extra: '',
    size: 1,
    cpuPerHost: 1,
  },
];

/** Counters of a preset of `size` hosts (RAM in GB, storage in GB, as the template's unit). */
function counters(size: number, cpuPerHost: number): (key: CounterKey) => number {
  const n: Record<CounterKey, number> = {
    cpu: size * cpuPerHost,
    ram: size * cpuPerHost * 2,
    storage: size * 200,
    novaNum: size,
    snapshotNum: size * 2,
    volumeNum: size * 3,
    manilaGigabytes: size * 50,
    shareNum: Math.ceil(size / 5),
    routeNum: Math.ceil(size / 20),
    fireNum: Math.ceil(size / 25),
    netNum: Math.ceil(size / 10),
    balanceNum: Math.ceil(size / 20),
    listenerNum: Math.ceil(size / 10),
    virtualNetNum: size * 2,
    publicIpNum: Math.ceil(size / 5),
    vpnNum: Math.ceil(size / 50),
    securityGroupNum: Math.ceil(size / 5),
    subnetNum: Math.ceil(size / 5),
    vpcNum: Math.ceil(size / 25),
    privateZoneNum: Math.ceil(size / 25),
    recordSetNum: size * 2,
    bucketNum: Math.ceil(size / 10),
    ossGigabytes: size * 100,
    virtualSnapNum: size,
    autoVirtualSnapNum: Math.ceil(size / 4),
    eisooBackupNum: size,
  };
  return (k) => n[k];
}

export function seedQuotaTemplates(scale: number): QuotaTemplateRec[] {
  const out = PRESETS.map((p) =>
    toTemplate(p.uuid, p.name, p.extra, counters(p.size, p.cpuPerHost)),
  );
  // The unlimited preset: every counter -1.
  out.push(toTemplate('f1b8e3a6-2d9c-4f5b-8a17-4c0e6d3b9f42', '不限额', '仅限管理组织', () => -1));
  for (let i = 1; i <= (scale - 1) * 200; i += 1) {
    const uuid = `00000000-0000-4000-8000-${String(i).padStart(12, '0')}`;
    out.push(
      toTemplate(uuid, `preset-${String(i).padStart(5, '0')}`, '', counters(1 + (i % 100), 2)),
    );
  }
  return out;
}
