// Hypervisors (004 §1.9 item 14): usage as shares of capacity, the cloud's totals, and the readable
// forms of nova's version integer and cpu_info JSON text.
import type { components } from '@contract/schema';

export type Hypervisor = components['schemas']['Hypervisor'];
export type HypervisorStatus = Hypervisor['status'];
export type HypervisorState = Hypervisor['state'];

export const STATUSES: readonly HypervisorStatus[] = ['enabled', 'disabled'];
export const STATES: readonly HypervisorState[] = ['up', 'down'];

export {
  ALLOCATION_RATIO,
  FULL_LOAD,
  HIGH_LOAD,
  cloudTotals,
  usage,
  usageLevel,
  usageOf,
  type CloudTotals,
  type Resource,
  type Usage,
  type UsageLevel,
} from '@/api/resources/hypervisor-capacity';

/**
 * nova's integer version (major × 1 000 000 + minor × 1 000 + patch): 6002000 → "6.2.0". Smaller
 * values are not in that form (CAS reports 2007) and are shown as they are.
 */
export function formatVersion(v: number): string {
  if (!Number.isInteger(v) || v < 1_000_000) return String(v);
  return [Math.floor(v / 1_000_000), Math.floor(v / 1_000) % 1_000, v % 1_000].join('.');
}

export type CpuInfo = {
  readonly arch?: string;
  readonly vendor?: string;
  readonly model?: string;
  readonly topology?: {
    readonly sockets?: number;
    readonly cores?: number;
    readonly threads?: number;
    readonly cells?: number;
  };
  readonly features: readonly string[];
};

const isRecord = (v: unknown): v is Record<string, unknown> =>
  typeof v === 'object' && v !== null && !Array.isArray(v);
const str = (v: unknown) => (typeof v === 'string' && v !== '' ? v : undefined);
const int = (v: unknown) => (typeof v === 'number' && Number.isFinite(v) ? v : undefined);

/** nova's cpu_info JSON text, read field by field; null when absent or not an object. */
export function parseCpuInfo(text: string | null): CpuInfo | null {
  if (!text) return null;
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    return null;
  }
  if (!isRecord(json)) return null;
  const topo = isRecord(json.topology) ? json.topology : undefined;
  return {
    arch: str(json.arch),
    vendor: str(json.vendor),
    model: str(json.model),
    topology: topo && {
      sockets: int(topo.sockets),
      cores: int(topo.cores),
      threads: int(topo.threads),
      cells: int(topo.cells),
    },
    features: Array.isArray(json.features)
      ? json.features.filter((f): f is string => typeof f === 'string')
      : [],
  };
}

/** The cpu_info text re-indented for reading; the text itself when it is not JSON. */
export function prettyJson(text: string): string {
  try {
    return JSON.stringify(JSON.parse(text), null, 2);
  } catch {
    return text;
  }
}
