// Enroll and edit: the form's values to ironic's create body and JSON Patch, and the input checks
// the browser runs before sending.
import type { BmJsonPatch, BmNode, BmNodeCreate } from '@/api/resources/bare-metal';
import { BM_DRIVERS } from '@/api/enums';

const MAC = /^[0-9a-f]{2}([:-])[0-9a-f]{2}(\1[0-9a-f]{2}){4}$/i;
export const isMac = (v: string) => MAC.test(v.trim());
/** ironic stores MACs lower-case with colons. */
export const normalizeMac = (v: string) => v.trim().toLowerCase().replaceAll('-', ':');

/** ironic's host-name rule for node names. */
export const isNodeName = (v: string) => /^[A-Za-z0-9\-._~]+$/.test(v);

export type NodeFormValues = {
  name?: string;
  /** One of BM_DRIVERS when enrolling; an edited node shows its own. */
  driver: string;
  resource_class?: string;
  ipmi_address?: string;
  ipmi_username?: string;
  ipmi_password?: string;
  cpus?: number;
  memory_mb?: number;
  local_gb?: number;
  cpu_arch?: string;
  macs?: string[];
};

const text = (v: string | undefined) => (v === undefined ? '' : v.trim());
const numText = (v: number | undefined) => (v === undefined || v === null ? '' : String(v));

export function toCreateRequest(v: NodeFormValues): { body: BmNodeCreate; macs: string[] } {
  const driverInfo: Record<string, string> = {};
  if (text(v.ipmi_address)) driverInfo['ipmi_address'] = text(v.ipmi_address);
  if (text(v.ipmi_username)) driverInfo['ipmi_username'] = text(v.ipmi_username);
  if (text(v.ipmi_password)) driverInfo['ipmi_password'] = text(v.ipmi_password);
  const properties: Record<string, string> = {};
  if (numText(v.cpus)) properties['cpus'] = numText(v.cpus);
  if (numText(v.memory_mb)) properties['memory_mb'] = numText(v.memory_mb);
  if (numText(v.local_gb)) properties['local_gb'] = numText(v.local_gb);
  if (text(v.cpu_arch)) properties['cpu_arch'] = text(v.cpu_arch);
  // The form only offers BM_DRIVERS; the first is the default.
  const driver = BM_DRIVERS.find((d) => d === v.driver) ?? 'ipmi';
  const body: BmNodeCreate = { driver, driver_info: driverInfo, properties };
  if (text(v.name)) body.name = text(v.name);
  if (text(v.resource_class)) body.resource_class = text(v.resource_class);
  const macs = (v.macs ?? [])
    .map((m) => m.trim())
    .filter(Boolean)
    .map(normalizeMac);
  return { body, macs };
}

export function fromNode(n: BmNode): NodeFormValues {
  const num = (s: string | undefined) => (s && Number.isFinite(Number(s)) ? Number(s) : undefined);
  return {
    name: n.name ?? '',
    driver: n.driver,
    resource_class: n.resource_class ?? '',
    ipmi_address: n.driver_info.ipmi_address ?? '',
    ipmi_username: n.driver_info.ipmi_username ?? '',
    // Masked by the API: empty means "keep".
    ipmi_password: '',
    cpus: num(n.properties.cpus),
    memory_mb: num(n.properties.memory_mb),
    local_gb: num(n.properties.local_gb),
    cpu_arch: n.properties.cpu_arch ?? '',
  };
}

/** The JSON Patch taking `before` to the edited values; empty when nothing changed. */
export function toPatch(before: NodeFormValues, after: NodeFormValues): BmJsonPatch {
  const ops: BmJsonPatch = [];
  const set = (path: string, was: string, now: string) => {
    if (was === now) return;
    if (now === '') ops.push({ op: 'remove', path });
    else ops.push({ op: was === '' ? 'add' : 'replace', path, value: now });
  };
  set('/name', text(before.name), text(after.name));
  if (after.driver !== before.driver)
    ops.push({ op: 'replace', path: '/driver', value: after.driver });
  set('/resource_class', text(before.resource_class), text(after.resource_class));
  set('/driver_info/ipmi_address', text(before.ipmi_address), text(after.ipmi_address));
  set('/driver_info/ipmi_username', text(before.ipmi_username), text(after.ipmi_username));
  if (text(after.ipmi_password))
    ops.push({ op: 'add', path: '/driver_info/ipmi_password', value: text(after.ipmi_password) });
  set('/properties/cpus', numText(before.cpus), numText(after.cpus));
  set('/properties/memory_mb', numText(before.memory_mb), numText(after.memory_mb));
  set('/properties/local_gb', numText(before.local_gb), numText(after.local_gb));
  set('/properties/cpu_arch', text(before.cpu_arch), text(after.cpu_arch));
  return ops;
}
