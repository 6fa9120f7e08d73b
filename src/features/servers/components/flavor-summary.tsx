import { useCallback } from 'react';
import { Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { EMPTY_VALUE, formatBytes } from '@/i18n/format';
import type { Flavor } from '../model/types';

/** "2 vCPU · 4 GiB · 40 GB": what a flavor gives, in the caller's language. */
export function useFlavorSummary() {
  const { t } = useTranslation('servers');
  return useCallback(
    (f: Pick<Flavor, 'vcpus' | 'ram' | 'disk'>) =>
      t('flavorSummary', {
        vcpus: f.vcpus,
        ram: formatBytes(f.ram, undefined, { from: 'MiB' }),
        disk: f.disk,
      }),
    [t],
  );
}

/** A flavor's name with its summary under it; the bare id while flavors load. */
export function FlavorCell({ flavor, id }: { flavor: Flavor | undefined; id: string }) {
  const summary = useFlavorSummary();
  if (!flavor)
    return <Typography.Text type="secondary">{id ? id.slice(0, 8) : EMPTY_VALUE}</Typography.Text>;
  return (
    <span>
      {flavor.name}
      <br />
      <Typography.Text type="secondary" style={{ fontSize: 12 }}>
        {summary(flavor)}
      </Typography.Text>
    </span>
  );
}
