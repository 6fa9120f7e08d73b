// A readable name for an image's guest-OS value. The platform stores what the hypervisor calls
// the OS: CAS a "<family>|<name>(<bits>)" string (`linux|CentOS 7(64-bit)`), VMware a guest id
// (`windows9Server64Guest`). The image-type catalogue (004 §1.5) names each value it knows; for
// the rest (a value no type declares, or while the catalogue loads) the name is derived here.
import type { components } from '@contract/schema';

type ImageType = components['schemas']['ImageType'];
type Image = components['schemas']['Image'];

/** The image's OS value, whichever of the two fields its virtualization type uses. */
export const rawOsOf = (image: Pick<Image, 'cas_ostype' | 'vmware_ostype'>): string =>
  image.cas_ostype || image.vmware_ostype || '';

/**
 * VMware guest ids (vSphere API, VirtualMachineGuestOsIdentifier) whose readable name cannot be
 * derived from the id itself. Ids not listed fall back to the generic rules below.
 */
const VMWARE_GUESTS: Readonly<Record<string, string>> = {
  win31Guest: 'Windows 3.1',
  win95Guest: 'Windows 95',
  win98Guest: 'Windows 98',
  winNTGuest: 'Windows NT 4',
  win2000ProGuest: 'Windows 2000 Professional',
  win2000ServGuest: 'Windows 2000 Server',
  winXPProGuest: 'Windows XP Professional',
  winXPPro64Guest: 'Windows XP Professional (64-bit)',
  winNetStandardGuest: 'Windows Server 2003 Standard',
  winNetStandard64Guest: 'Windows Server 2003 Standard (64-bit)',
  winNetEnterpriseGuest: 'Windows Server 2003 Enterprise',
  winNetEnterprise64Guest: 'Windows Server 2003 Enterprise (64-bit)',
  winVistaGuest: 'Windows Vista',
  winVista64Guest: 'Windows Vista (64-bit)',
  winLonghornGuest: 'Windows Server 2008',
  winLonghorn64Guest: 'Windows Server 2008 (64-bit)',
  windows7Guest: 'Windows 7',
  windows7_64Guest: 'Windows 7 (64-bit)',
  windows7Server64Guest: 'Windows Server 2008 R2 (64-bit)',
  windows8Guest: 'Windows 8',
  windows8_64Guest: 'Windows 8 (64-bit)',
  windows8Server64Guest: 'Windows Server 2012 (64-bit)',
  windows9Guest: 'Windows 10',
  windows9_64Guest: 'Windows 10 (64-bit)',
  windows9Server64Guest: 'Windows Server 2016 (64-bit)',
  windows2019srv_64Guest: 'Windows Server 2019 (64-bit)',
  windows2019srvNext_64Guest: 'Windows Server 2022 (64-bit)',
  windows2022srvNext_64Guest: 'Windows Server 2025 (64-bit)',
  windows11_64Guest: 'Windows 11 (64-bit)',
  windows12_64Guest: 'Windows 12 (64-bit)',
  otherGuest: 'Other (32-bit)',
  otherGuest64: 'Other (64-bit)',
  otherLinuxGuest: 'Other Linux (32-bit)',
  otherLinux64Guest: 'Other Linux (64-bit)',
};

/** Distribution prefixes of VMware guest ids (`rhel8_64Guest` → Red Hat Enterprise Linux 8). */
const VMWARE_FAMILIES: readonly (readonly [string, string])[] = [
  ['rhel', 'Red Hat Enterprise Linux'],
  ['centos', 'CentOS'],
  ['oracleLinux', 'Oracle Linux'],
  ['sles', 'SUSE Linux Enterprise'],
  ['opensuse', 'openSUSE'],
  ['ubuntu', 'Ubuntu Linux'],
  ['debian', 'Debian GNU/Linux'],
  ['fedora', 'Fedora'],
  ['rockylinux', 'Rocky Linux'],
  ['almalinux', 'AlmaLinux'],
  ['asianux', 'Asianux'],
  ['freebsd', 'FreeBSD'],
  ['solaris', 'Solaris'],
  ['darwin', 'macOS'],
];

function vmwareName(id: string): string | undefined {
  const known = VMWARE_GUESTS[id];
  if (known) return known;
  // Lazy digits: `ubuntu64Guest` is Ubuntu (64-bit), not Ubuntu 64.
  const m = /^([a-zA-Z]+?)(\d*?)(_?64)?Guest$/.exec(id);
  if (!m) return undefined;
  const [, family = '', version, bits] = m;
  const name = VMWARE_FAMILIES.find(([prefix]) => prefix === family)?.[1];
  if (!name) return undefined;
  return `${name}${version ? ` ${version}` : ''}${bits ? ' (64-bit)' : ''}`;
}

/** `linux|CentOS 7(64-bit)` → `CentOS 7 (64-bit)`. */
function casName(raw: string): string | undefined {
  const bar = raw.indexOf('|');
  if (bar < 0) return undefined;
  const name = raw
    .slice(bar + 1)
    .replace(/\s*\(/g, ' (')
    .trim();
  return name || undefined;
}

/**
 * The name to show for an OS value: the catalogue's type for it (of the image's virtualization
 * type when it says), else a name derived from the value, else the value itself.
 */
export function osDisplayName(
  raw: string,
  types: readonly Pick<ImageType, 'operatingSystem' | 'imageTypeName' | 'virtType'>[] = [],
  virtType?: string | null,
): string {
  if (!raw) return '';
  const same = types.filter((t) => t.operatingSystem === raw);
  const typed = same.find((t) => t.virtType === virtType) ?? same[0];
  if (typed) return typed.imageTypeName;
  return casName(raw) ?? vmwareName(raw) ?? raw;
}
