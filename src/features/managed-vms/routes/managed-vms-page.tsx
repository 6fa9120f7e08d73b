// /managed-vms — the organization's VMs of a region on mana_api (003), paged with its f/t range,
// with start / stop / hard reboot of one or many (002) through the batch runner.
import { useEffect, useMemo } from 'react';
import { Alert, Select } from 'antd';
import { useQuery } from '@tanstack/react-query';
import { useSearchParams } from 'react-router';
import { useTranslation } from 'react-i18next';
import { ListPageHeader } from '@/components/list-page/list-page-header';
import { ResourceTable } from '@/components/resource-table/resource-table';
import { anyItem, pollWhile } from '@/hooks/polling';
import { useViewer } from '@/hooks/use-session';
import { useUrlParam } from '@/hooks/use-url-param';
import { useUrlTableState } from '@/hooks/use-url-table-state';
import { defineTableOptions } from '@/hooks/url-table-state';
import { availabilityZoneQueries } from '@/api/resources/availability-zones';
import { managedVmQueries, rangeOfPage, type ManaVm } from '@/api/resources/managed-vms';
import { useVmActions } from '../components/use-vm-actions';
import { useVmColumns } from '../components/vm-columns';
import { isTransitional } from '../model/vm';

const TABLE = defineTableOptions({ filters: {}, defaultPageSize: 20, defaultSort: null });
const transitional = anyItem<ManaVm>(isTransitional);

export function Component() {
  const { t } = useTranslation('managed-vms');
  const { projectId } = useViewer();
  const state = useUrlTableState(TABLE);
  const [region, setRegion] = useUrlParam('region', { replace: true });
  const [, setParams] = useSearchParams();
  // mana's regions are the platform's compute zones (openapi/src/mana.yaml, listManaVms).
  const zones = useQuery(availabilityZoneQueries.list());
  const regions = useMemo(
    () => (zones.data ?? []).filter((z) => z.resourceType === 'nova').map((z) => z.zone),
    [zones.data],
  );
  const first = regions[0];
  useEffect(() => {
    if (!region && first) setRegion(first);
  }, [region, first, setRegion]);
  const current = region ?? '';
  const query = useQuery({
    ...managedVmQueries.list(projectId, current, rangeOfPage(state.page, state.pageSize)),
    refetchInterval: pollWhile((d: { vms: ManaVm[] }) => transitional(d.vms)),
  });
  const columns = useVmColumns();
  const actions = useVmActions(projectId, current);

  return (
    <>
      <ListPageHeader
        title={t('title.list')}
        subtitle={t('subtitle.list')}
        extra={
          <Select
            aria-label={t('fields.region')}
            prefix={t('fields.region')}
            placeholder={t('messages.pickRegion')}
            style={{ minWidth: 200 }}
            loading={zones.isPending}
            value={region}
            onChange={(v: string) =>
              // One URL write: the region, and back to its first page.
              setParams((prev) => {
                const out = new URLSearchParams(prev);
                out.set('region', v);
                out.delete('page');
                return out;
              })
            }
            options={regions.map((r) => ({ value: r, label: r }))}
          />
        }
      />
      {zones.isSuccess && regions.length === 0 ? (
        <Alert type="info" showIcon title={t('messages.noRegions')} />
      ) : (
        <ResourceTable<ManaVm, typeof TABLE.filters>
          tableId="managed-vms"
          resourceName={t('title.resource')}
          rowKey={(v) => v.instance_id}
          itemName={(v) => v.instance_name || v.instance_id}
          columns={columns}
          data={query.data?.vms}
          query={query}
          state={state}
          search={false}
          paging={{ mode: 'server', total: query.data?.total ?? 0 }}
          rowActions={actions}
          bulkActions={actions}
          inlineActions={1}
        />
      )}
    </>
  );
}
