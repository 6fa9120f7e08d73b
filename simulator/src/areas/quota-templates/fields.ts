// Quota-template fields (004:L3605–L3722) and the spellings the documents also use (api-notes
// I-30): the examples write virtualSnpaNum / autoVirtualSnpaNum, the table eissoBackupNum.
import type { Schemas } from '../../state.ts';

type Template = Schemas['QuotaTemplate'];
export type CounterKey = Exclude<keyof Template, 'uuid' | 'name' | 'extra'>;

/** Every counter, in the documents' order. */
export const COUNTERS: readonly CounterKey[] = [
  'cpu',
  'ram',
  'storage',
  'novaNum',
  'snapshotNum',
  'volumeNum',
  'manilaGigabytes',
  'shareNum',
  'routeNum',
  'fireNum',
  'netNum',
  'balanceNum',
  'listenerNum',
  'virtualNetNum',
  'publicIpNum',
  'vpnNum',
  'securityGroupNum',
  'subnetNum',
  'vpcNum',
  'privateZoneNum',
  'recordSetNum',
  'bucketNum',
  'ossGigabytes',
  'virtualSnapNum',
  'autoVirtualSnapNum',
  'eisooBackupNum',
];

/** The other spelling each of three counters is accepted under. */
export const ALIASES: Partial<Record<CounterKey, string>> = {
  virtualSnapNum: 'virtualSnpaNum',
  autoVirtualSnapNum: 'autoVirtualSnpaNum',
  eisooBackupNum: 'eissoBackupNum',
};

/** A template record from its name, extra and a value for each counter. */
export function toTemplate(
  uuid: string,
  name: string,
  extra: string,
  n: (key: CounterKey) => number,
): Template {
  return {
    uuid,
    name,
    cpu: n('cpu'),
    ram: n('ram'),
    storage: n('storage'),
    novaNum: n('novaNum'),
    snapshotNum: n('snapshotNum'),
    volumeNum: n('volumeNum'),
    manilaGigabytes: n('manilaGigabytes'),
    shareNum: n('shareNum'),
    routeNum: n('routeNum'),
    fireNum: n('fireNum'),
    netNum: n('netNum'),
    balanceNum: n('balanceNum'),
    listenerNum: n('listenerNum'),
    virtualNetNum: n('virtualNetNum'),
    publicIpNum: n('publicIpNum'),
    vpnNum: n('vpnNum'),
    securityGroupNum: n('securityGroupNum'),
    subnetNum: n('subnetNum'),
    vpcNum: n('vpcNum'),
    privateZoneNum: n('privateZoneNum'),
    recordSetNum: n('recordSetNum'),
    bucketNum: n('bucketNum'),
    ossGigabytes: n('ossGigabytes'),
    virtualSnapNum: n('virtualSnapNum'),
    autoVirtualSnapNum: n('autoVirtualSnapNum'),
    eisooBackupNum: n('eisooBackupNum'),
    extra,
  };
}
