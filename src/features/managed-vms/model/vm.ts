// Managed VMs (003): status tones and the power guards (002), as the simulator's state machine and
// the contract state them: start from SHUTOFF, stop from ACTIVE, hard reboot from either.
import type { ManaPowerAction, ManaVm, ManaVmStatus } from '@/api/resources/managed-vms';
import type { StatusToneMap } from '@/components/status-tone';

export const VM_STATUS_TONES: StatusToneMap = {
  ACTIVE: 'success',
  SHUTOFF: 'default',
  ERROR: 'error',
  POWERING_ON: 'processing',
  POWERING_OFF: 'processing',
  REBOOTING: 'processing',
};

const TRANSITIONAL: readonly ManaVmStatus[] = ['POWERING_ON', 'POWERING_OFF', 'REBOOTING'];
export const isTransitional = (vm: Pick<ManaVm, 'status'>) => TRANSITIONAL.includes(vm.status);

const ALLOWED: Record<ManaPowerAction, readonly ManaVmStatus[]> = {
  start: ['SHUTOFF'],
  stop: ['ACTIVE'],
  reboot: ['ACTIVE', 'SHUTOFF'],
};

export type PowerBlock = 'busy' | 'running' | 'stopped' | 'error';

/** `true`, or why the action does not apply to the VM now. */
export function canPower(vm: Pick<ManaVm, 'status'>, action: ManaPowerAction): true | PowerBlock {
  if (ALLOWED[action].includes(vm.status)) return true;
  if (isTransitional(vm)) return 'busy';
  if (vm.status === 'ERROR') return 'error';
  return vm.status === 'ACTIVE' ? 'running' : 'stopped';
}

/** A CSV of addresses as a list (the documents' `lan_ip_set`, `wan_ip_set`). */
export const ipsOf = (csv: string) =>
  csv
    .split(',')
    .map((s) => s.trim())
    .filter(Boolean);
