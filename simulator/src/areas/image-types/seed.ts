// Seeded image types: the guest-OS catalogue of every virtualization type, system ones (addType 0)
// and a few the platform team added (addType 1).
import { SEED_EPOCH } from '../../constants.ts';
import type { Rng } from '../../rng.ts';
import type { ImageTypeRec } from '../../state.ts';
import { iso } from '../../time.ts';

// [virtType, osType, operatingSystem, imageTypeName, addType]
const IMAGE_TYPES: [string, string, string, string, 0 | 1][] = [
  ['CAS', 'Linux', 'linux|Asianux 4(32-bit)', 'Asianux Server 4 (32 bit)', 0],
  ['CAS', 'Linux', 'linux|Asianux 4(64-bit)', 'Asianux Server 4 (64 bit)', 0],
  ['CAS', 'Linux', 'linux|CentOS 7(64-bit)', 'CentOS 7 (64 bit)', 0],
  ['CAS', 'Linux', 'linux|CentOS 8(64-bit)', 'CentOS 8 (64 bit)', 0],
  ['CAS', 'Linux', 'linux|Ubuntu Linux(64-bit)', 'Ubuntu Linux (64 bit)', 0],
  [
    'CAS',
    'Linux',
    'linux|Red Hat Enterprise Linux 7(64-bit)',
    'Red Hat Enterprise Linux 7 (64 bit)',
    0,
  ],
  [
    'CAS',
    'Linux',
    'linux|Red Hat Enterprise Linux 9(64-bit)',
    'Red Hat Enterprise Linux 9 (64 bit)',
    0,
  ],
  [
    'CAS',
    'Linux',
    'linux|SUSE Linux Enterprise Server 15(64-bit)',
    'SUSE Linux Enterprise Server 15 (64 bit)',
    0,
  ],
  ['CAS', 'Linux', 'linux|openEuler 22.03(64-bit)', 'openEuler 22.03 LTS (64 bit)', 0],
  [
    'CAS',
    'Linux',
    'linux|Kylin Linux Advanced Server V10(64-bit)',
    'Kylin Linux Advanced Server V10 (64 bit)',
    0,
  ],
  ['CAS', 'Linux', 'linux|Debian GNU/Linux 12(64-bit)', 'Debian GNU/Linux 12 (64 bit)', 0],
  ['CAS', 'Linux', 'linux|Other Linux(64-bit)', 'Other Linux (64 bit)', 0],
  ['CAS', 'Windows', 'windows|Microsoft Windows 7(32-bit)', 'Microsoft Windows 7 (32 bit)', 0],
  ['CAS', 'Windows', 'windows|Microsoft Windows 10(64-bit)', 'Microsoft Windows 10 (64 bit)', 0],
  [
    'CAS',
    'Windows',
    'windows|Microsoft Windows Server 2008 R2(64-bit)',
    'Microsoft Windows Server 2008 R2 (64 bit)',
    0,
  ],
  [
    'CAS',
    'Windows',
    'windows|Microsoft Windows Server 2016(64-bit)',
    'Microsoft Windows Server 2016 (64 bit)',
    0,
  ],
  [
    'CAS',
    'Windows',
    'windows|Microsoft Windows Server 2019(64-bit)',
    'Microsoft Windows Server 2019 (64 bit)',
    0,
  ],
  ['CAS', 'Linux', 'linux|UnionTech OS Server 20(64-bit)', 'UOS Server 20 (64 bit)', 1],
  ['VMware', 'Linux', 'ubuntu64Guest', 'Ubuntu Linux (64-bit)', 0],
  ['VMware', 'Linux', 'centos7_64Guest', 'CentOS 7 (64-bit)', 0],
  ['VMware', 'Linux', 'rhel7_64Guest', 'Red Hat Enterprise Linux 7 (64-bit)', 0],
  ['VMware', 'Linux', 'rhel8_64Guest', 'Red Hat Enterprise Linux 8 (64-bit)', 0],
  ['VMware', 'Linux', 'sles15_64Guest', 'SUSE Linux Enterprise 15 (64-bit)', 0],
  ['VMware', 'Linux', 'debian11_64Guest', 'Debian GNU/Linux 11 (64-bit)', 0],
  ['VMware', 'Linux', 'otherLinux64Guest', 'Other Linux (64-bit)', 0],
  ['VMware', 'Windows', 'windows9_64Guest', 'Microsoft Windows 10 (64-bit)', 0],
  ['VMware', 'Windows', 'windows9Server64Guest', 'Microsoft Windows Server 2016 (64-bit)', 0],
  ['VMware', 'Windows', 'windows2019srvNext_64Guest', 'Microsoft Windows Server 2022 (64-bit)', 0],
  ['VMware', 'Windows', 'win31Guest', 'Microsoft Windows 3.1', 1],
  ['KVM', 'Linux', 'linux|Ubuntu Linux(64-bit)', 'Ubuntu Linux (64 bit)', 0],
  ['KVM', 'Linux', 'linux|Red Hat Enterprise Linux 9(64-bit)', 'Rocky / RHEL 9 (64 bit)', 0],
  ['KVM', 'Linux', 'linux|Other Linux(64-bit)', 'Other Linux (64 bit)', 0],
  ['Xen', 'Linux', 'linux|Debian GNU/Linux 12(64-bit)', 'Debian GNU/Linux 12 (64 bit)', 0],
  ['Xen', 'Linux', 'Debian GNU/Linux 4 (64 bit)', 'Asianux Server 4 (64 bit)', 1],
  ['BareMetal', 'Linux', 'linux|CentOS 7(64-bit)', 'CentOS 7 bare metal (64 bit)', 0],
  ['PowerVM', 'AIX', 'aix|AIX 7.2', 'IBM AIX 7.2', 0],
];

export function seedImageTypes(rng: Rng): ImageTypeRec[] {
  return IMAGE_TYPES.map(([virtType, osType, operatingSystem, imageTypeName, addType], i) => ({
    uuid: i === 0 ? '321451c1-be59-47b9-b1dd-d345a8ecfc76' : rng.uuid(),
    imageTypeName,
    description: addType === 1 ? 'Added by the platform team' : '',
    virtType,
    osType,
    operatingSystem,
    addType,
    updateTime: addType === 1 ? iso(SEED_EPOCH - rng.int(1, 200) * 86400_000) : null,
  }));
}
