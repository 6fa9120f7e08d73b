// Values of the monitoring charts with their units, per locale.
import { formatBytes, formatNumber } from '@/i18n/format';
import type { MonitorUnit } from '../model/monitoring';

export function formatMetric(unit: MonitorUnit, v: number, perSecond: string): string {
  switch (unit) {
    case 'gib':
      return formatBytes(v, undefined, { from: 'GiB', fractionDigits: 1 });
    case 'bytes':
      return formatBytes(v, undefined, { fractionDigits: 1 });
    case 'bytesPerSecond':
      return `${formatBytes(v, undefined, { fractionDigits: 1 })}${perSecond}`;
    default:
      return `${formatNumber(v, undefined, { maximumFractionDigits: 1 })} %`;
  }
}
