// Migrate one VM: to another host of its cluster, to another storage of its host, or both. The
// preflight (target state, free memory, free space) is shown before submit and blocks it.
import { useEffect } from 'react';
import { Alert, App, Form, Input, Radio, Select } from 'antd';
import { useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { relocateVm, resourcePoolKeys } from '@/api/resources/resource-pools';
import { FormDrawer } from '@/components/form-drawer/form-drawer';
import { useRules } from '@/components/form-drawer/use-rules';
import { formatBytes } from '@/i18n/format';
import { useClusterHosts, useStores, type NodeRef } from '../api/use-pool-data';
import {
  migratePreflight,
  toRelocate,
  type MigrateValues,
  type PoolKind,
  type PoolVm,
} from '../model/pool';

type Values = MigrateValues & { preflight?: string; storePath?: string; storeName?: string };

type Props = {
  kind: PoolKind;
  n: NodeRef;
  vm: PoolVm | undefined;
  clusterId: string;
  clusterHostIds: readonly string[];
  open: boolean;
  onClose: () => void;
};

export function MigrateDrawer(props: Props) {
  const { t } = useTranslation('resource-pools');
  const { message } = App.useApp();
  const qc = useQueryClient();
  const { vm, n } = props;
  if (!vm) return null;
  return (
    <FormDrawer<Values>
      title={`${t('title.migrate')}: ${vm.title}`}
      open={props.open}
      onClose={props.onClose}
      size={520}
      initialValues={{ mode: '0' }}
      onSubmit={async (v) => {
        const store = v.targetPool
          ? {
              id: v.targetPool,
              path: v.storePath ?? '',
              name: v.storeName ?? '',
              totalGB: 0,
              usedGB: 0,
            }
          : undefined;
        await relocateVm(n, toRelocate(vm, v, store));
        void message.success(t('messages.migrationStarted', { name: vm.title }));
        await qc.invalidateQueries({ queryKey: resourcePoolKeys.node(n) });
      }}
    >
      <MigrateFields {...props} vm={vm} />
    </FormDrawer>
  );
}

/** The form body: the choices and the live preflight. */
function MigrateFields({ kind, n, vm, clusterId, clusterHostIds }: Props & { vm: PoolVm }) {
  const { t } = useTranslation('resource-pools');
  const rules = useRules();
  const form = Form.useFormInstance<Values>();
  const mode = Form.useWatch('mode', form) ?? '0';
  const targetHostId = Form.useWatch('targetHostId', form);
  const targetPool = Form.useWatch('targetPool', form);
  const hosts = useClusterHosts(kind, n, clusterId, clusterHostIds);
  const storeHost = mode === '1' ? vm.hostId : (targetHostId ?? '');
  const { stores } = useStores(kind, n, storeHost);
  const target = hosts.find((h) => h.id === targetHostId);
  const store = stores?.find((s) => s.id === targetPool);
  const problem = migratePreflight(vm, target, store, mode);
  // The preflight blocks the submit (a hidden field's rule); the chosen store travels with it.
  useEffect(() => {
    form.setFieldsValue({
      preflight: problem ?? '',
      storePath: store?.path ?? '',
      storeName: store?.name ?? '',
    });
  }, [form, problem, store]);
  const gib = (v: number) => formatBytes(v, undefined, { from: 'GiB', fractionDigits: 1 });
  return (
    <>
      <Form.Item name="mode" label={t('migrate.mode')}>
        <Radio.Group
          optionType="button"
          options={(['0', '1', '2'] as const).map((m) => ({
            value: m,
            label: t(`migrate.mode${m}`),
          }))}
        />
      </Form.Item>
      <Alert
        type="info"
        title={vm.power === 'running' ? t('migrate.online') : t('migrate.offline')}
        style={{ marginBottom: 16 }}
      />
      {mode !== '1' ? (
        <Form.Item name="targetHostId" label={t('migrate.target')} rules={[rules.required()]}>
          <Select
            options={hosts
              .filter((h) => h.id !== vm.hostId)
              .map((h) => ({
                value: h.id,
                label: `${h.name} · ${t('fields.memUsage')} ${h.memPct.toFixed(0)}%`,
              }))}
          />
        </Form.Item>
      ) : null}
      {mode !== '0' ? (
        <Form.Item name="targetPool" label={t('migrate.store')} rules={[rules.required()]}>
          <Select
            disabled={storeHost === ''}
            options={(stores ?? []).map((s) => ({
              value: s.id,
              label: `${s.name} · ${t('fields.free')} ${gib(s.totalGB - s.usedGB)}`,
            }))}
          />
        </Form.Item>
      ) : null}
      <Alert
        role="status"
        type={problem ? 'warning' : 'success'}
        showIcon
        title={t('migrate.preflight')}
        description={problem ? t(`preflight.${problem}`) : t('migrate.ok')}
      />
      <Form.Item
        name="preflight"
        hidden
        rules={[{ validator: async (_r, v) => (v ? Promise.reject(new Error(v)) : undefined) }]}
      >
        <Input />
      </Form.Item>
    </>
  );
}
