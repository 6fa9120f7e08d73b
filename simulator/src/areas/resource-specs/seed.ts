// The seeded service catalogue: the documents' services, spec configurations and sub-type ids
// (004:L2893, L3017, L3358), each norm with single specs for its common values and a few combined
// specs. Drawn from no generator.
import { SEED_EPOCH } from '../../constants.ts';
import type { NormConfigRec, NormRec, ResourceServiceRec } from '../../state.ts';
import { uuidOf } from '../aggregates/seed.ts';

type Sub = {
  uuid: string;
  name: string;
  key: string;
  kind: 'dispersed' | 'continuous';
  unit?: string;
  range?: [number, number, number];
  options?: string[];
  seed: (number | string)[];
};
type Conf = { uuid: string; normUuid: string; normName: string; description: string; subs: Sub[] };
type Service = { uuid: string; name: string; description: string; norm: boolean; confs: Conf[] };

const cpu = (uuid: string, seed = [1, 2, 4, 8, 16, 32]): Sub => ({
  uuid,
  name: 'CPU',
  key: 'cpu',
  kind: 'dispersed',
  unit: '核',
  range: [1, 128, 1],
  seed,
});
const ram = (uuid: string, seed = [1, 2, 4, 8, 16, 32, 64]): Sub => ({
  uuid,
  name: '内存',
  key: 'memory',
  kind: 'dispersed',
  unit: 'GB',
  range: [1, 1024, 1],
  seed,
});
const sysDisk = (uuid: string, seed = [40, 60, 100, 200]): Sub => ({
  uuid,
  name: '系统盘',
  key: 'systemDisk',
  kind: 'continuous',
  unit: 'GB',
  range: [20, 2048, 10],
  seed,
});
const storage = (uuid: string): Sub => ({
  uuid,
  name: '存储类型',
  key: 'storageType',
  kind: 'dispersed',
  options: ['普通', '高性能', 'SSD'],
  seed: ['普通', '高性能', 'SSD'],
});
const text = (uuid: string, name: string, key: string, options: string[]): Sub => ({
  uuid,
  name,
  key,
  kind: 'dispersed',
  options,
  seed: options,
});
const count = (uuid: string, name: string, key: string, seed = [1, 2, 4]): Sub => ({
  uuid,
  name,
  key,
  kind: 'dispersed',
  unit: '个',
  range: [1, 16, 1],
  seed,
});
const amount = (
  uuid: string,
  name: string,
  key: string,
  unit: string,
  range: [number, number, number],
  seed: number[],
): Sub => ({
  uuid,
  name,
  key,
  kind: 'continuous',
  unit,
  range,
  seed,
});

export const HOST_SERVICE = '17037211-2c0c-4703-98e8-81d0202a46e7';

const conf = (
  key: string,
  normName: string,
  subs: Sub[],
  uuid?: string,
  normUuid?: string,
): Conf => ({
  uuid: uuid ?? uuidOf(`normConfig:${key}`),
  normUuid: normUuid ?? uuidOf(`norm:${key}`),
  normName,
  description: '',
  subs,
});

export const CATALOGUE: Service[] = [
  {
    uuid: HOST_SERVICE,
    name: '主机',
    description: '',
    norm: true,
    confs: [
      conf(
        'host',
        'ComputeNorm',
        [
          cpu('2481e874-00d8-457e-899c-e628356ea5a1'),
          ram('97e87a80-0f9b-4b64-b0f5-c4d8392ded0a'),
          sysDisk('ab222fec-6a46-4496-9273-47da58598837'),
          storage('51acecac-dbd2-481d-bd2d-ca2a209c38c9'),
        ],
        '987e587d-1688-4c4a-9228-790765cc65b4',
        '38e42432-06a5-47a3-b47d-f078ed03795d',
      ),
      conf(
        'gpu',
        'GpuComputeNorm',
        [
          cpu('3d6213d7-d106-46c9-8e38-7957ba214cd3', [8, 16, 32]),
          ram('54faf03d-f140-43fd-b84a-d7aab55b0f58', [32, 64, 128]),
          sysDisk('7b010ee3-c9d6-40da-b821-c28cc897bf37', [100, 200]),
          storage('669785d9-da43-4c3e-b572-9234023cd854'),
          text('a95d57a3-6abb-4594-a78e-79363482f9a3', 'GPU类型', 'gpuType', [
            'NVIDIA T4',
            'NVIDIA A100',
          ]),
          count('ef6c479d-8266-42f1-a30f-974bf32b9320', 'GPU数量', 'gpuNum'),
        ],
        'a787d370-33b8-4849-b112-2a35d32b75c7',
        'c0634876-810d-412b-85a9-1c7a1109b7bf',
      ),
      conf(
        'vgpu',
        'VgpuComputeNorm',
        [
          cpu('6967ab10-4497-11e9-8a6a-02420a654e1d', [4, 8, 16]),
          ram('73f66b55-4497-11e9-8a6a-02420a654e1d', [16, 32, 64]),
          sysDisk('7e2df446-4497-11e9-8a6a-02420a654e1d', [60, 100]),
          storage('86b4b8cb-4497-11e9-8a6a-02420a654e1d'),
          text('97c8f937-4497-11e9-8a6a-02420a654e1d', 'VGPU类型', 'vgpuType', [
            'GRID T4-2Q',
            'GRID T4-4Q',
          ]),
          count('a0676c42-4497-11e9-8a6a-02420a654e1d', 'VGPU数量', 'vgpuNum', [1, 2]),
        ],
        '0dae5e38-4497-11e9-8a6a-02420a654e1d',
        '270d3a64-4496-11e9-8a6a-02420a654e1d',
      ),
      conf(
        'bigdata',
        'BigDataComputeNorm',
        [
          cpu('11d22df7-134b-4923-8463-4ce16f4be2f6', [16, 32, 64]),
          ram('27d900cd-8c13-4fc1-aa59-d2772a778662', [64, 128, 256]),
          sysDisk('539b01d7-9c1a-4cc8-9612-242410365358', [100, 200]),
          storage('717a62d6-f92a-4f4e-988a-bdbc824b7e41'),
          text('b598aab4-ee33-468b-a705-8850885e7fb4', '裸磁盘类型', 'rawDiskType', [
            'SATA',
            'SAS',
            'SSD',
          ]),
          amount(
            'd7b7db79-5b19-46d2-9f25-01a06df765fb',
            '裸磁盘大小',
            'rawDiskSize',
            'GB',
            [100, 8000, 100],
            [1000, 2000, 4000],
          ),
          count('ee99039e-279e-41c5-83d6-15ca429c2a76', '裸磁盘数量', 'rawDiskNum', [2, 4, 8]),
        ],
        'dd79d9f6-1865-4fa2-896d-5f0510d2eb0f',
        'db514283-abc1-4e78-a7e7-6f576780b4c1',
      ),
    ],
  },
  {
    uuid: uuidOf('service:disk'),
    name: '硬盘',
    description: '云硬盘',
    norm: true,
    confs: [
      conf('disk', 'VolumeNorm', [
        amount(
          'c6f361ae-555d-456d-86f1-ec208f3c53be',
          '硬盘空间',
          'size',
          'GB',
          [10, 32768, 10],
          [50, 100, 200, 500, 1000],
        ),
        text('b855edee-85d3-461c-b667-cbab3309bb94', '存储类型', 'volumeType', [
          '普通',
          '高性能',
          'SSD',
        ]),
      ]),
    ],
  },
  {
    uuid: uuidOf('service:publicip'),
    name: '公网IP',
    description: '',
    norm: true,
    confs: [
      conf('publicip', 'FloatingIpNorm', [
        amount(
          '50731170-c612-41c6-97dd-a4593af5304c',
          '网络带宽',
          'bandwidth',
          'Mbps',
          [1, 1000, 1],
          [1, 5, 10, 50, 100],
        ),
      ]),
    ],
  },
  {
    uuid: uuidOf('service:baremetal'),
    name: '裸金属',
    description: '',
    norm: true,
    confs: [
      conf('baremetal', 'BareMetalNorm', [
        cpu('f8f49b21-236d-421a-823d-acf37de7cce4', [32, 64]),
        ram('58d7f937-adb8-4e25-9645-e0fde10154e4', [128, 256, 512]),
        amount(
          'fd38c2d1-664d-4eec-a859-5d963805259f',
          '硬盘',
          'disk',
          'GB',
          [100, 20000, 100],
          [1200, 2400, 4800],
        ),
      ]),
    ],
  },
  {
    uuid: uuidOf('service:oss'),
    name: '对象存储',
    description: '',
    norm: true,
    confs: [
      conf('oss', 'BucketNorm', [
        amount(
          '50731170-c612-41c6-97dd-a4593af5cccc',
          '容器容量',
          'capacity',
          'GB',
          [1, 10240, 1],
          [10, 100, 1024],
        ),
      ]),
    ],
  },
  {
    uuid: uuidOf('service:rdb'),
    name: '关系型数据库',
    description: '',
    norm: true,
    confs: [
      conf('rdb', 'RdbNorm', [
        cpu('96345d4d-790d-483a-8abf-07be00369763', [2, 4, 8]),
        ram('2708015c-e205-4121-b0ec-4cf43b2dce0a', [4, 8, 16]),
        sysDisk('86ecd2b7-75a3-4f48-8d26-06903cd27c3d', [40, 60]),
        amount(
          'dc0cc2e2-990b-4556-bb54-dafac7eb63d1',
          '容量',
          'capacity',
          'GB',
          [10, 4000, 10],
          [100, 500],
        ),
        text('29de9cfe-80c3-48e8-a238-a105f4b188c5', '数据库类型', 'dbType', [
          'MySQL 8.0',
          'PostgreSQL 14',
        ]),
        text('6f54ce4d-b5e5-4ea1-997a-61f5ab5f9a1f', '部署模式', 'deployMode', ['单机', '主备']),
      ]),
    ],
  },
  {
    uuid: uuidOf('service:nosql'),
    name: '非关系型数据库',
    description: '',
    norm: true,
    confs: [
      conf('nosql', 'NoSqlNorm', [
        cpu('e51d7cdd-be06-4f57-bec4-5188bbdfc9d7', [2, 4]),
        ram('e119a9ef-fc03-453e-9f9a-484abd4fa720', [4, 8, 16]),
        sysDisk('47cbeb02-71ca-4193-9e64-f976261b7f26', [40]),
        amount(
          '67a84f90-e7c1-4e76-be21-3a234e650020',
          '容量',
          'capacity',
          'GB',
          [10, 2000, 10],
          [50, 100],
        ),
        text('9d1550a9-0221-4244-8f6c-7de5bf6c646b', '数据库类型', 'dbType', [
          'Redis 6',
          'MongoDB 5',
        ]),
        text('7c030913-1421-0212-9239-5de7439c0309', '部署模式', 'deployMode', ['单机', '集群']),
      ]),
    ],
  },
  {
    uuid: '4b865b35-a317-471d-8c58-dd0dcfed3c4f',
    name: '防火墙',
    description: '',
    norm: true,
    confs: [
      conf(
        'firewall',
        'FirewallSpecify',
        [
          text('5a58a001-6947-45b8-ad85-87a081690f31', '防火墙规格', 'firewallType', [
            '标准型',
            '增强型',
          ]),
        ],
        'b3c6790d-da0f-4676-912b-30660e715ab8',
        '13265480-d2e6-48ff-bb93-37e2e188cebf',
      ),
    ],
  },
  {
    uuid: uuidOf('service:lb'),
    name: '负载均衡',
    description: '无规格的服务',
    norm: false,
    confs: [],
  },
];

// Fixed ids the documents print for the first single spec and a combined spec (004:L3265).
const FIXED: Record<string, string> = {
  'basic:38e42432-06a5-47a3-b47d-f078ed03795d:2481e874-00d8-457e-899c-e628356ea5a1:1':
    '1ab8c5e0-767c-4a6e-ab84-cec690fd0dc9',
};

export function seedResourceSpecs(): {
  resourceServices: ResourceServiceRec[];
  normConfigs: NormConfigRec[];
  norms: NormRec[];
} {
  const resourceServices: ResourceServiceRec[] = CATALOGUE.map((s, i) => ({
    uuid: s.uuid,
    serviceName: s.name,
    description: s.description,
    resourceNorm: s.norm,
    charging: s.norm,
    process: i % 3 !== 2,
    tenancy: i < 4,
    sysParam: true,
  }));
  const normConfigs: NormConfigRec[] = [];
  const norms: NormRec[] = [];
  CATALOGUE.forEach((s, si) => {
    s.confs.forEach((c, ci) => {
      normConfigs.push({
        uuid: c.uuid,
        serviceUuid: s.uuid,
        description: c.description,
        createTime: SEED_EPOCH - (900 - si * 10 - ci) * 86_400_000,
        normUuid: c.normUuid,
        normName: c.normName,
        subTypes: c.subs.map((sub) => ({
          uuid: sub.uuid,
          normConfigUuid: c.uuid,
          name: sub.name,
          key: sub.key,
          type: JSON.stringify([sub.kind]),
          extraInfo: JSON.stringify(sub.options ?? []),
          types: [sub.kind],
          extraInfos: [...(sub.options ?? [])],
          max: sub.range?.[1] ?? null,
          min: sub.range?.[0] ?? null,
          minMultiple: sub.range?.[2] ?? null,
          unit: sub.unit ?? '',
        })),
      });
      const basics = c.subs.flatMap((sub) =>
        sub.seed.map((value) => ({
          uuid:
            FIXED[`basic:${c.normUuid}:${sub.uuid}:${value}`] ??
            uuidOf(`basic:${c.normUuid}:${sub.uuid}:${value}`),
          subNormUuid: sub.uuid,
          value,
        })),
      );
      // Combined specs: the i-th value of every sub-type (or its last), a few per norm.
      const combos = Math.min(4, Math.max(...c.subs.map((sub) => sub.seed.length)));
      const advances = [];
      for (let i = 0; i < combos; i++) {
        const subNorms = c.subs.map((sub) => ({
          uuid: sub.uuid,
          value:
            sub.seed[
              Math.min(i + (sub.kind === 'dispersed' && !sub.options ? 1 : 0), sub.seed.length - 1)
            ] ?? 0,
        }));
        const label = subNorms.map((x) => String(x.value)).join('/');
        advances.push({
          uuid: FIXED[`advance:${c.normUuid}:${label}`] ?? uuidOf(`advance:${c.normUuid}:${label}`),
          subNorms,
          initPrice: 0,
          unitPrice: 10 * (i + 1),
        });
      }
      // The combined spec the documents print (004:L3289): 8 cores, 16 GB, 60 GB, 普通.
      if (c.normUuid === '38e42432-06a5-47a3-b47d-f078ed03795d')
        advances.unshift({
          uuid: '005ce23d-24bc-481b-94d4-0e05ef3f68e5',
          subNorms: c.subs.map((sub, k) => ({
            uuid: sub.uuid,
            value: [8, 16, 60, '普通'][k] ?? 0,
          })),
          initPrice: 0,
          unitPrice: 0,
        });
      const seen = new Set<string>();
      norms.push({
        uuid: c.normUuid,
        serviceUuid: s.uuid,
        normName: c.normName,
        description: '',
        models: ['advance'],
        basics,
        advances: advances.filter((a) => {
          const k = JSON.stringify(a.subNorms);
          if (seen.has(k)) return false;
          seen.add(k);
          return true;
        }),
      });
    });
  });
  return { resourceServices, normConfigs, norms };
}
