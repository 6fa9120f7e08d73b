import { useCallback } from 'react';
import { Tooltip, Typography } from 'antd';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { NamePlaceholder } from '@/components/name-placeholder';
import { useTableDensity } from '@/components/resource-table/use-density';
import { formatBytes } from '@/i18n/format';
import { flavorById } from '../model/flavor';
import type { Flavor } from '../model/types';
import { flavorQueries } from '@/api/resources/flavors';

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

type Props = {
  id: string;
  /** The project whose path asks for the flavor (the caller's; an admin sees every flavor). */
  project: string;
  /** One line, "name (summary)" (detail pages); a table cell puts the summary under the name. */
  inline?: boolean;
};

/**
 * A server's flavor by name, with what it gives. Servers carry only the flavor's id (the spec's
 * `flavor` is `{id, links}`, no embedded flavor), so the flavor is asked for by id: one shared
 * cache entry per flavor, seeded from the catalogue when a picker has loaded it already. A
 * placeholder while it loads: the bare id is never shown as if it were the name.
 */
export function FlavorCell({ id, project, inline }: Props) {
  const { t } = useTranslation('servers');
  const summary = useFlavorSummary();
  const density = useTableDensity();
  const qc = useQueryClient();
  const query = useQuery({
    ...flavorQueries.detail(project, id),
    initialData: () => flavorById(qc.getQueryData(flavorQueries.list(project).queryKey), id),
    meta: { silent: true },
  });
  const flavor = query.data;
  if (!flavor) {
    if (query.isPending) return <NamePlaceholder />;
    return (
      <Tooltip title={id}>
        <Typography.Text type="secondary">{t('names.flavorGone')}</Typography.Text>
      </Tooltip>
    );
  }
  if (inline) return <>{`${flavor.name} (${summary(flavor)})`}</>;
  if (density === 'compact')
    return (
      <Tooltip title={summary(flavor)}>
        <span>{flavor.name}</span>
      </Tooltip>
    );
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
