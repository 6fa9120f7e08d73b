// Entering maintenance as a tracked flow: what runs on the host, what to do with it (migrate the
// running VMs online to another host of the cluster), then the migrations, the maintenance call
// and the host settling, each shown as it happens; the result at the end.
import { useEffect, useMemo, useState } from 'react';
import { Alert, Button, Flex, List, Modal, Progress, Select, Steps, Typography } from 'antd';
import { useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { hostAction, relocateVm, resourcePoolKeys } from '@/api/resources/resource-pools';
import { ErrorAlert } from '@/components/error-alert';
import { formatBytes } from '@/i18n/format';
import { useClusterHosts, useHost, useVms, type NodeRef } from '../api/use-pool-data';
import {
  blockingVms,
  canEnterMaintenance,
  freeMemoryMB,
  toRelocate,
  type PoolHost,
  type PoolKind,
} from '../model/pool';
import { VmStateTag } from './vm-state-tag';

type Phase = 'review' | 'migrating' | 'entering' | 'done' | 'failed';

export function MaintenanceFlow({
  kind,
  n,
  host: initial,
  clusterId,
  clusterHostIds,
  onClose,
}: {
  kind: PoolKind;
  n: NodeRef;
  host: PoolHost;
  clusterId: string;
  clusterHostIds: readonly string[];
  onClose: () => void;
}) {
  const { t } = useTranslation('resource-pools');
  const qc = useQueryClient();
  const { host = initial } = useHost(kind, n, initial.id);
  const { vms } = useVms(kind, n, clusterId, initial.id);
  const hosts = useClusterHosts(kind, n, clusterId, clusterHostIds);
  // Candidates with the most free memory first: the first is the default.
  const targets = hosts
    .filter((h) => h.id !== initial.id && canEnterMaintenance(h) === true)
    .sort((a, b) => freeMemoryMB(b) - freeMemoryMB(a));
  const [target, setTarget] = useState<string | undefined>(undefined);
  const [phaseState, setPhase] = useState<Phase>('review');
  const [failed, setFailed] = useState<{ count: number; error: unknown } | null>(null);
  const [sent, setSent] = useState(0);
  const blocking = useMemo(() => blockingVms(vms ?? []), [vms]);
  const [total, setTotal] = useState(0);
  const chosen = target ?? targets[0]?.id;
  const chosenHost = targets.find((h) => h.id === chosen);
  // The running VMs need their memory on the target (what the migrate drawer checks per VM).
  const needMB = blocking.filter((v) => v.power === 'running').reduce((a, v) => a + v.memoryMB, 0);
  const short = chosenHost !== undefined && freeMemoryMB(chosenHost) < needMB;
  const mib = (mb: number) => formatBytes(mb, undefined, { from: 'MiB', fractionDigits: 0 });

  const refresh = () => qc.invalidateQueries({ queryKey: resourcePoolKeys.node(n) });

  const enter = async () => {
    setPhase('entering');
    try {
      await hostAction(n, 'into', { id: host.id, name: host.name, ip: host.ip });
      await refresh();
    } catch (e) {
      setFailed({ count: 0, error: e });
      setPhase('failed');
    }
  };

  const start = async () => {
    if (blocking.length === 0) return enter();
    if (!chosen) return;
    setPhase('migrating');
    setTotal(blocking.length);
    const results = await Promise.allSettled(
      blocking.map(async (vm) => {
        await relocateVm(
          n,
          toRelocate(vm, { targetHostId: chosen, targetPool: '', mode: '0' }, undefined),
        );
        setSent((s) => s + 1);
      }),
    );
    const bad = results.filter((r) => r.status === 'rejected');
    await refresh();
    if (bad.length) {
      setFailed({ count: bad.length, error: bad[0]?.status === 'rejected' ? bad[0].reason : null });
      setPhase('failed');
    }
  };

  // Migrations settle in the background: once nothing runs on the host, enter maintenance (in a
  // callback, so the effect itself only starts it).
  const moving = (vms ?? []).filter((v) => v.migrating).length;
  const migrated =
    phaseState === 'migrating' && sent === total && !!vms && blocking.length === 0 && moving === 0;
  useEffect(() => {
    if (!migrated) return;
    let cancelled = false;
    void Promise.resolve().then(() => (cancelled ? undefined : enter()));
    return () => {
      cancelled = true;
    };
    // `enter` changes identity each render; `migrated` turns false once it ran.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [migrated]);
  const phase = phaseState === 'entering' && host.maintenance && !host.task ? 'done' : phaseState;

  const step = phase === 'review' ? 0 : phase === 'done' || phase === 'failed' ? 2 : 1;
  const done = total === 0 ? 0 : Math.round(((total - blocking.length) / total) * 100);
  return (
    <Modal
      open
      title={t('title.maintenance', { name: host.name })}
      onCancel={onClose}
      width={640}
      footer={
        phase === 'review' ? (
          <Flex justify="end" gap={8}>
            <Button onClick={onClose}>{t('actions.cancel')}</Button>
            <Button
              type="primary"
              disabled={blocking.length > 0 && (!chosen || short)}
              onClick={() => void start()}
            >
              {t('maintenance.start')}
            </Button>
          </Flex>
        ) : (
          <Button onClick={onClose} disabled={phase === 'migrating'}>
            {t('actions.close')}
          </Button>
        )
      }
    >
      <Steps
        size="small"
        current={step}
        status={phase === 'failed' ? 'error' : phase === 'done' ? 'finish' : 'process'}
        items={[
          { title: t('maintenance.stepVms') },
          { title: t('maintenance.stepEnter') },
          { title: t('maintenance.stepDone') },
        ]}
        style={{ marginBottom: 16 }}
      />
      {phase === 'review' ? (
        blocking.length === 0 ? (
          <Alert type="success" showIcon title={t('maintenance.noVms')} />
        ) : (
          <Flex vertical gap={12}>
            <Alert
              type="warning"
              showIcon
              title={t('maintenance.blocking', { count: blocking.length })}
            />
            <List
              size="small"
              bordered
              dataSource={blocking}
              style={{ maxHeight: 200, overflow: 'auto' }}
              renderItem={(v) => (
                <List.Item key={v.id}>
                  <Typography.Text>{v.title}</Typography.Text>
                  <VmStateTag vm={v} />
                </List.Item>
              )}
            />
            <Typography.Text strong>{t('maintenance.choice')}</Typography.Text>
            {targets.length === 0 ? (
              <Alert type="error" showIcon title={t('maintenance.noTarget')} />
            ) : (
              <label>
                <Typography.Text>{t('maintenance.migrateTo')}</Typography.Text>{' '}
                <Select
                  aria-label={t('maintenance.migrateTo')}
                  value={chosen}
                  onChange={setTarget}
                  style={{ minWidth: 300 }}
                  options={targets.map((h) => ({
                    value: h.id,
                    // The host's name as the option's title (its tooltip, how tests find it).
                    title: h.name,
                    label: t('maintenance.hostFree', { name: h.name, free: mib(freeMemoryMB(h)) }),
                  }))}
                />
              </label>
            )}
            {short && chosenHost ? (
              <Alert
                type="error"
                showIcon
                title={t('maintenance.needMemory', {
                  name: chosenHost.name,
                  free: mib(freeMemoryMB(chosenHost)),
                  need: mib(needMB),
                })}
              />
            ) : null}
          </Flex>
        )
      ) : null}
      {phase === 'migrating' ? (
        <Flex vertical gap={8}>
          <Typography.Text>
            {t('maintenance.migrating', { done: total - blocking.length, total })}
          </Typography.Text>
          <Progress percent={done} status="active" />
        </Flex>
      ) : null}
      {phase === 'entering' ? (
        <Flex vertical gap={8}>
          <Typography.Text>{t('maintenance.entering')}</Typography.Text>
          <Progress percent={host.task ? 60 : 30} status="active" showInfo={false} />
        </Flex>
      ) : null}
      {phase === 'done' ? (
        <Alert type="success" showIcon title={t('maintenance.done', { name: host.name })} />
      ) : null}
      {phase === 'failed' ? (
        <ErrorAlert
          error={failed?.error}
          title={
            failed?.count
              ? t('maintenance.migrateFailed', { count: failed.count })
              : t('maintenance.failed')
          }
        />
      ) : null}
    </Modal>
  );
}
