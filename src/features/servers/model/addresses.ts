import type { Server } from './types';

export type ServerIp = {
  readonly network: string;
  readonly addr: string;
  readonly version: 4 | 6;
  readonly type: 'fixed' | 'floating';
  readonly mac: string;
};

/** The server's addresses as one list, fixed before floating, in network order. */
export function ipsOf(s: Pick<Server, 'addresses'>): ServerIp[] {
  const out: ServerIp[] = [];
  for (const [network, list] of Object.entries(s.addresses)) {
    for (const a of list) {
      out.push({
        network,
        addr: a.addr,
        version: a.version,
        type: a['OS-EXT-IPS:type'],
        mac: a['OS-EXT-IPS-MAC:mac_addr'],
      });
    }
  }
  return out.sort((a, b) => (a.type === b.type ? 0 : a.type === 'fixed' ? -1 : 1));
}
