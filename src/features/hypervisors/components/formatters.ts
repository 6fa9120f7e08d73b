import { formatBytes, formatNumber } from '@/i18n/format';

// The API counts memory in MB and local disk in GB (binary, as nova does).
export const formatMb = (n: number) =>
  formatBytes(n, undefined, { from: 'MiB', fractionDigits: 1 });
export const formatGb = (n: number) =>
  formatBytes(n, undefined, { from: 'GiB', fractionDigits: 1 });
export const formatCount = (n: number) => formatNumber(n);
