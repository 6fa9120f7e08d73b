import { formatBytes, formatNumber } from '@/i18n/format';

// nova counts RAM and swap in MB and disks in GB (binary units, as nova means them).
export const formatMb = (n: number) =>
  formatBytes(n, undefined, { from: 'MiB', fractionDigits: 1 });
export const formatGb = (n: number) =>
  formatBytes(n, undefined, { from: 'GiB', fractionDigits: 1 });
export const formatCount = (n: number) => formatNumber(n);
