// VM actions: adopt / migrate / snapshots open their drawers; release runs through the batch
// runner (one or many, confirmed); bulk adopt and bulk migrate take their few choices in the
// confirmation and then run per VM through the batch runner (per-item results in its drawer).
import { useMemo, useRef } from 'react';
import {
  CameraOutlined,
  DisconnectOutlined,
  ImportOutlined,
  SwapOutlined,
} from '@ant-design/icons';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import type { ActionContext, ResourceAction } from '@/components/actions/types';
import { flavorQueries } from '@/api/resources/flavors';
import {
  adoptCasVm,
  adoptVmwareVm,
  relocateVm,
  releaseManagedVm,
  resourcePoolKeys,
} from '@/api/resources/resource-pools';
import { rootKeys } from '@/api/root-keys';
import { serverQueries } from '@/api/resources/servers';
import { useViewer } from '@/hooks/use-session';
import type { NodeRef } from '../api/use-pool-data';
import {
  canAdopt,
  canMigrate,
  canRelease,
  migratePreflight,
  suggestFlavor,
  toCasAdopt,
  toRelocate,
  toVmwAdopt,
  type AdoptValues,
  type Guard,
  type PoolKind,
  type PoolVm,
} from '../model/pool';
import { BulkAdoptForm, BulkMigrateForm, type MigrateChoice } from './bulk-forms';

export type VmDrawer = 'adopt' | 'migrate' | 'snapshots';

export function useVmActions(opts: {
  kind: PoolKind;
  n: NodeRef;
  zone: string;
  clusterId: string;
  clusterHostIds: readonly string[];
  open: (drawer: VmDrawer, vm: PoolVm) => void;
}) {
  const { kind, n, zone, clusterId, clusterHostIds, open } = opts;
  const { t } = useTranslation('resource-pools');
  const { projectId } = useViewer();
  const flavors = useQuery(flavorQueries.list(projectId));
  const adoptChoice = useRef<Partial<AdoptValues>>({});
  const migrateChoice = useRef<MigrateChoice>({});

  return useMemo(() => {
    const guard = (g: Guard) => (g === true ? true : t(`guards.${g}`));
    const refresh = (ctx: ActionContext) => {
      void ctx.queryClient.invalidateQueries({ queryKey: resourcePoolKeys.node(n) });
      void ctx.queryClient.invalidateQueries({ queryKey: rootKeys.servers });
    };
    const adoptOne = async (vm: PoolVm) => {
      const c = adoptChoice.current;
      const flavor = suggestFlavor(vm, flavors.data ?? []);
      if (!c.projectId || !c.image || !c.network) throw new Error(t('adopt.bulkMissing'));
      if (!flavor) throw new Error(t('adopt.noFlavor'));
      const values: AdoptValues = {
        projectId: c.projectId,
        image: c.image,
        network: c.network,
        flavor: flavor.id,
        name: vm.title,
      };
      return kind === 'cas'
        ? adoptCasVm(c.projectId, toCasAdopt(vm, values, zone, n.node))
        : adoptVmwareVm(c.projectId, toVmwAdopt(vm, values, zone, n.node));
    };
    const row: ResourceAction<PoolVm>[] = [
      {
        key: 'adopt',
        label: t('actions.adopt'),
        icon: <ImportOutlined aria-hidden />,
        guard: (v) => guard(canAdopt(v)),
        open: (v) => open('adopt', v),
      },
      {
        key: 'migrate',
        label: t('actions.migrate'),
        icon: <SwapOutlined aria-hidden />,
        guard: (v) => guard(canMigrate(v)),
        open: (v) => open('migrate', v),
      },
      {
        key: 'snapshots',
        label: t('actions.snapshots'),
        icon: <CameraOutlined aria-hidden />,
        guard: () => true,
        open: (v) => open('snapshots', v),
      },
    ];
    const release: ResourceAction<PoolVm> = {
      key: 'release',
      label: t('actions.release'),
      icon: <DisconnectOutlined aria-hidden />,
      danger: true,
      bulk: true,
      guard: (v) => guard(canRelease(v)),
      confirm: { content: t('confirm.release') },
      // The release path names the server's project: read it from the server (an administrator
      // reads any server under the own project).
      run: async (v, ctx) => {
        const s = await ctx.queryClient.fetchQuery(serverQueries.detail(projectId, v.serverId));
        return releaseManagedVm(s.tenant_id, v.serverId);
      },
      onSettled: (_r, ctx) => refresh(ctx),
    };
    const bulkAdopt: ResourceAction<PoolVm> = {
      key: 'bulkAdopt',
      label: t('actions.bulkAdopt'),
      icon: <ImportOutlined aria-hidden />,
      bulk: true,
      guard: (v) => guard(canAdopt(v)),
      confirm: { content: <BulkAdoptForm zone={zone} choiceRef={adoptChoice} /> },
      run: adoptOne,
      onSettled: (_r, ctx) => refresh(ctx),
    };
    const bulkMigrate: ResourceAction<PoolVm> = {
      key: 'bulkMigrate',
      label: t('actions.bulkMigrate'),
      icon: <SwapOutlined aria-hidden />,
      bulk: true,
      guard: (v) => guard(canMigrate(v)),
      confirm: {
        content: (
          <BulkMigrateForm
            kind={kind}
            n={n}
            clusterId={clusterId}
            clusterHostIds={clusterHostIds}
            choiceRef={migrateChoice}
          />
        ),
      },
      // Each VM is checked against the chosen host before its request: one already there, or
      // one the host has no memory for, fails with the reason and the others go on.
      run: async (v) => {
        const { targetHostId = '', target } = migrateChoice.current;
        const problem = migratePreflight(v, target, undefined, '0');
        if (problem) throw new Error(t(`preflight.${problem}`));
        return relocateVm(n, toRelocate(v, { targetHostId, targetPool: '', mode: '0' }, undefined));
      },
      onSettled: (_r, ctx) => refresh(ctx),
    };
    return { rowActions: [...row, release], bulkActions: [bulkAdopt, bulkMigrate, release] };
  }, [t, n, zone, clusterId, clusterHostIds, kind, open, flavors.data, projectId]);
}
