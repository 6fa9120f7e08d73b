// Seeded images: golden images of every virtualization type and OS family, scaled by `scale`, plus
// one image in each state a console must render (snapshot, queued, killed, deactivated, saving).
import { SEED_EPOCH } from '../../constants.ts';
import type { Rng } from '../../rng.ts';
import type { ImageRec } from '../../state.ts';
import { iso } from '../../time.ts';
import type { ProjectIds } from '../identity/seed.ts';
import { imageRecord } from './record.ts';

type OsTemplate = {
  name: string;
  virt: ImageRec['virt_type'];
  format: NonNullable<ImageRec['disk_format']>;
  cas?: string;
  vmware?: string;
  minDisk: number;
  minRam: number;
  gib: [number, number];
};

const OS_TEMPLATES: OsTemplate[] = [
  {
    name: 'CentOS-7.9-x86_64',
    virt: 'CAS',
    format: 'qcow2',
    cas: 'linux|CentOS 7(64-bit)',
    minDisk: 20,
    minRam: 1024,
    gib: [0.9, 1.4],
  },
  {
    name: 'ubuntu-22.04-server',
    virt: 'CAS',
    format: 'iso',
    cas: 'linux|Ubuntu Linux(64-bit)',
    minDisk: 20,
    minRam: 2048,
    gib: [1.4, 1.9],
  },
  {
    name: 'ubuntu-24.04-cloudimg',
    virt: 'KVM',
    format: 'qcow2',
    cas: 'linux|Ubuntu Linux(64-bit)',
    minDisk: 10,
    minRam: 1024,
    gib: [0.5, 0.7],
  },
  {
    name: 'Rocky-9.4-GenericCloud',
    virt: 'KVM',
    format: 'qcow2',
    cas: 'linux|Red Hat Enterprise Linux 9(64-bit)',
    minDisk: 10,
    minRam: 1024,
    gib: [0.8, 1.1],
  },
  {
    name: 'openEuler-22.03-LTS',
    virt: 'CAS',
    format: 'qcow2',
    cas: 'linux|openEuler 22.03(64-bit)',
    minDisk: 40,
    minRam: 2048,
    gib: [1.1, 1.6],
  },
  {
    name: 'Kylin-V10-SP3-arm',
    virt: 'CAS',
    format: 'iso',
    cas: 'linux|Kylin Linux Advanced Server V10(64-bit)',
    minDisk: 50,
    minRam: 4096,
    gib: [3.9, 4.4],
  },
  {
    name: 'Windows-Server-2019-DC',
    virt: 'VMware',
    format: 'vmdk',
    vmware: 'windows9Server64Guest',
    minDisk: 60,
    minRam: 4096,
    gib: [9.5, 12],
  },
  {
    name: 'Windows-Server-2022-Std',
    virt: 'VMware',
    format: 'vmdk',
    vmware: 'windows2019srvNext_64Guest',
    minDisk: 60,
    minRam: 4096,
    gib: [10, 13],
  },
  {
    name: 'rhel-8.10-vmware',
    virt: 'VMware',
    format: 'vmdk',
    vmware: 'rhel8_64Guest',
    minDisk: 40,
    minRam: 2048,
    gib: [1.8, 2.4],
  },
  {
    name: 'Windows-10-LTSC',
    virt: 'CAS',
    format: 'iso',
    cas: 'windows|Microsoft Windows 10(64-bit)',
    minDisk: 60,
    minRam: 4096,
    gib: [4.5, 5.2],
  },
  {
    name: 'debian-12-genericcloud',
    virt: 'Xen',
    format: 'raw',
    cas: 'linux|Debian GNU/Linux 12(64-bit)',
    minDisk: 8,
    minRam: 512,
    gib: [2, 2],
  },
  {
    name: 'baremetal-centos7-deploy',
    virt: 'BareMetal',
    format: 'raw',
    cas: 'linux|CentOS 7(64-bit)',
    minDisk: 100,
    minRam: 8192,
    gib: [3, 3.5],
  },
  {
    name: 'aix-7.2-powervm',
    virt: 'PowerVM',
    format: 'raw',
    cas: 'aix|AIX 7.2',
    minDisk: 40,
    minRam: 4096,
    gib: [6, 7],
  },
  {
    name: 'cirros-0.6.2',
    virt: 'KVM',
    format: 'qcow2',
    cas: 'linux|Other Linux(64-bit)',
    minDisk: 1,
    minRam: 64,
    gib: [0.02, 0.02],
  },
  {
    name: 'win2008r2-legacy',
    virt: 'CAS',
    format: 'vhd',
    cas: 'windows|Microsoft Windows Server 2008 R2(64-bit)',
    minDisk: 40,
    minRam: 2048,
    gib: [7, 8],
  },
];

const GIB = 1024 ** 3;
const SYSDISK_TYPES: NonNullable<ImageRec['sysdisk_type']>[] = ['thin', 'thick'];

export function seedImages(rng: Rng, p: ProjectIds, scale: number): ImageRec[] {
  const out: ImageRec[] = [];
  const owners = [p.admin, p.admin, p.admin, p.chengdu, p.mianyang, p.rd, p.finance];
  const userFor: Record<string, string> = {
    [p.admin]: 'admin',
    [p.chengdu]: 'alice',
    [p.mianyang]: 'bob',
    [p.rd]: 'carol',
    [p.finance]: 'dave',
  };
  const rounds = Math.max(1, scale);
  for (let round = 0; round < rounds; round++) {
    for (const [i, t] of OS_TEMPLATES.entries()) {
      const owner = round === 0 && i < 9 ? p.admin : rng.pick(owners);
      const created = SEED_EPOCH - rng.int(2, 700) * 86400_000 - rng.int(0, 86399) * 1000;
      const size = Math.round(
        (rng.int(Math.round(t.gib[0] * 100), Math.round(t.gib[1] * 100)) * GIB) / 100,
      );
      const suffix = round === 0 ? '' : `-r${round}`;
      out.push(
        imageRecord(
          {
            id: rng.uuid(),
            name: `${t.name}${suffix}`,
            owner,
            status: 'active',
            size,
            virtual_size: t.format === 'qcow2' ? size * rng.int(3, 8) : null,
            visibility: owner === p.admin ? 'public' : rng.chance(0.2) ? 'public' : 'private',
            description: rng.chance(0.5) ? `${t.name} golden image` : '',
            disk_format: t.format,
            virt_type: t.virt,
            min_cpu: String(t.minRam >= 4096 ? 2 : 1),
            min_ram: t.minRam,
            min_disk: t.minDisk,
            user_name: userFor[owner] ?? 'admin',
            created_at: iso(created),
            updated_at: iso(created + rng.int(60, 3600) * 1000),
            checksum: rng.hex(32),
            cas_ostype: t.cas ?? null,
            vmware_ostype: t.vmware ?? null,
            sysdisk_type: t.virt === 'VMware' ? rng.pick(SYSDISK_TYPES) : null,
            protected: owner === p.admin && rng.chance(0.3),
            blob: 'synthetic',
          },
          created,
        ),
      );
    }
  }
  // Every state a console must render: a snapshot, a queued record, a failed import, a
  // deactivated image and one still saving (it finishes shortly after the simulator starts).
  const extra = (
    name: string,
    owner: string,
    status: ImageRec['status'],
    more: Omit<Partial<ImageRec>, 'id' | 'name' | 'owner' | 'status'> = {},
  ) => {
    const created = SEED_EPOCH - rng.int(0, 30) * 86400_000;
    out.push(
      imageRecord(
        {
          id: rng.uuid(),
          name,
          owner,
          status,
          disk_format: 'qcow2',
          virt_type: 'CAS',
          cas_ostype: 'linux|CentOS 7(64-bit)',
          min_disk: 20,
          min_ram: 1024,
          user_name: userFor[owner] ?? 'admin',
          created_at: iso(created),
          updated_at: iso(created),
          // Last, so an image's own operating system or size wins over the defaults above.
          ...more,
        },
        created,
      ),
    );
  };
  extra('web01-snap-20261020', p.chengdu, 'active', {
    image_type: 'snapshot',
    size: 3 * GIB,
    checksum: rng.hex(32),
    instance_uuid: rng.uuid(),
    blob: 'synthetic',
  });
  extra('db-master-snap-weekly', p.mianyang, 'active', {
    image_type: 'snapshot',
    size: 12 * GIB,
    checksum: rng.hex(32),
    instance_uuid: rng.uuid(),
    blob: 'synthetic',
  });
  extra('centos-custom-pending', p.chengdu, 'queued');
  extra('ftp-import-failed', p.rd, 'killed', { description: 'md5 mismatch during FTP import' });
  extra('ubuntu-18.04-eol', p.admin, 'deactivated', {
    cas_ostype: 'linux|Ubuntu Linux(64-bit)',
    visibility: 'public',
    size: 1 * GIB,
    checksum: rng.hex(32),
    blob: 'synthetic',
  });
  extra('kylin-v10-uploading', p.admin, 'saving', {
    cas_ostype: 'linux|Kylin Linux Advanced Server V10(64-bit)',
    visibility: 'public',
    size: null,
  });
  return out;
}
