// IPv4 arithmetic for the seeded networks' CIDRs: fixed IPs, pools, membership.

export const ipToInt = (ip: string) => ip.split('.').reduce((n, part) => n * 256 + Number(part), 0);
export const intToIp = (n: number) =>
  [24, 16, 8, 0].map((shift) => Math.floor(n / 2 ** shift) % 256).join('.');

/** The first address and the size of a CIDR. */
export function cidrRange(cidr: string): { start: number; size: number } {
  const [base = '0.0.0.0', bits = '32'] = cidr.split('/');
  return { start: ipToInt(base), size: 2 ** (32 - Number(bits)) };
}

/** Whether `ip` is a host address of `cidr` (neither the network nor the broadcast address). */
export function inCidr(ip: string, cidr: string): boolean {
  const { start, size } = cidrRange(cidr);
  const n = ipToInt(ip);
  return n > start && n < start + size - 1;
}
