// The VMs of a host or cluster, with their actions and drawers (deep-linkable: ?vm=<drawer>:<id>).
import { useCallback, useMemo } from 'react';
import { EnumFilter } from '@/components/list-page/enum-filter';
import { ResourceTable } from '@/components/resource-table/resource-table';
import { defineTableOptions } from '@/hooks/url-table-state';
import { useUrlParam } from '@/hooks/use-url-param';
import { useUrlTableState } from '@/hooks/use-url-table-state';
import { useTranslation } from 'react-i18next';
import { useVms, type NodeRef } from '../api/use-pool-data';
import type { PoolKind, PoolVm } from '../model/pool';
import { AdoptDrawer } from './adopt-drawer';
import { MigrateDrawer } from './migrate-drawer';
import { SnapshotsDrawer } from './snapshots-drawer';
import { useVmColumns } from './vm-columns';
import { useVmActions, type VmDrawer } from './use-vm-actions';

const MANAGED = ['yes', 'no'] as const;
const POWERS = ['running', 'stopped', 'paused'] as const;

const TABLE = defineTableOptions({
  filters: { managed: { options: MANAGED }, power: { options: POWERS } },
  defaultPageSize: 20,
  defaultSort: { field: 'name', order: 'ascend' },
  sortFields: ['name', 'power', 'managed', 'host', 'cpu', 'memory'],
});

export function VmTable(props: {
  kind: PoolKind;
  n: NodeRef;
  zone: string;
  clusterId: string;
  clusterHostIds: readonly string[];
  hostId: string | null;
}) {
  const { kind, n, zone, clusterId, clusterHostIds, hostId } = props;
  const { t } = useTranslation('resource-pools');
  const state = useUrlTableState(TABLE);
  // One param for the drawer and its VM (?vm=migrate:600): two params set in one tick would
  // overwrite each other's update.
  const [vmParam, setVmParam] = useUrlParam('vm');
  const [drawer, vmId] = vmParam
    ? [vmParam.slice(0, vmParam.indexOf(':')), vmParam.slice(vmParam.indexOf(':') + 1)]
    : [];
  const { vms, query } = useVms(kind, n, clusterId, hostId);
  const open = useCallback((d: VmDrawer, vm: PoolVm) => setVmParam(`${d}:${vm.id}`), [setVmParam]);
  const { rowActions, bulkActions } = useVmActions({
    kind,
    n,
    zone,
    clusterId,
    clusterHostIds,
    open,
  });
  const columns = useVmColumns(hostId === null);
  const vm = useMemo(() => vms?.find((v) => v.id === vmId), [vms, vmId]);
  const close = () => setVmParam(undefined);
  // A host runs tens of VMs: narrow to those not yet adopted, or to a power state.
  const filters = (
    <>
      <EnumFilter
        state={state}
        name="managed"
        placeholder={t('filters.allManaged')}
        values={MANAGED}
        label={(v) => t(`filters.managed.${v}`)}
        width={150}
      />
      <EnumFilter
        state={state}
        name="power"
        placeholder={t('filters.allStates')}
        values={POWERS}
        label={(v) => t(`vmState.${v}`)}
        width={130}
      />
    </>
  );
  return (
    <>
      <ResourceTable<PoolVm, typeof TABLE.filters>
        tableId={`resource-pools-${kind}-vms`}
        resourceName={t('title.resource')}
        rowKey={(v) => v.id}
        itemName={(v) => v.title}
        columns={columns}
        data={vms}
        query={query}
        state={state}
        filters={filters}
        filterPredicates={{
          managed: (v, sel) => (sel === 'yes') === Boolean(v.serverId),
          power: (v, sel) => v.power === sel,
        }}
        rowActions={rowActions}
        bulkActions={bulkActions}
        inlineActions={1}
      />
      <AdoptDrawer
        kind={kind}
        n={n}
        zone={zone}
        vm={vm}
        open={drawer === 'adopt' && !!vm}
        onClose={close}
      />
      <MigrateDrawer
        kind={kind}
        n={n}
        vm={vm}
        clusterId={clusterId}
        clusterHostIds={clusterHostIds}
        open={drawer === 'migrate' && !!vm}
        onClose={close}
      />
      <SnapshotsDrawer n={n} vm={vm} open={drawer === 'snapshots' && !!vm} onClose={close} />
    </>
  );
}
