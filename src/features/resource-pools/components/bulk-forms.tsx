// The choices of bulk adopt and bulk migrate, shown in the batch's confirmation. They write to a
// ref the batch's runs read when they start (after the confirmation closes).
import { useState, type MutableRefObject } from 'react';
import { Form, Select, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { formatBytes } from '@/i18n/format';
import { useClusterHosts, type NodeRef } from '../api/use-pool-data';
import {
  canEnterMaintenance,
  freeMemoryMB,
  type AdoptValues,
  type PoolHost,
  type PoolKind,
} from '../model/pool';
import { ImageField, NetworkField, ProjectField } from './adopt-fields';

export function BulkAdoptForm({
  zone,
  choiceRef,
}: {
  zone: string;
  choiceRef: MutableRefObject<Partial<AdoptValues>>;
}) {
  const { t } = useTranslation('resource-pools');
  const [project, setProject] = useState('');
  return (
    <Form
      layout="vertical"
      style={{ marginTop: 12 }}
      onValuesChange={(_c, all: Partial<AdoptValues>) => {
        choiceRef.current = all;
      }}
    >
      <Typography.Paragraph type="secondary">{t('adopt.bulkHelp')}</Typography.Paragraph>
      <ProjectField zone={zone} onChange={setProject} />
      <ImageField />
      <NetworkField projectId={project} />
    </Form>
  );
}

export type MigrateChoice = { targetHostId?: string; target?: PoolHost };

/**
 * Reads the cluster's hosts itself, when the confirmation opens: the VM table does not fetch a
 * host detail per host of the cluster until a bulk migrate asks for a target.
 */
export function BulkMigrateForm({
  kind,
  n,
  clusterId,
  clusterHostIds,
  choiceRef,
}: {
  kind: PoolKind;
  n: NodeRef;
  clusterId: string;
  clusterHostIds: readonly string[];
  choiceRef: MutableRefObject<MigrateChoice>;
}) {
  const { t } = useTranslation('resource-pools');
  const hosts = useClusterHosts(kind, n, clusterId, clusterHostIds);
  return (
    <Form layout="vertical" style={{ marginTop: 12 }}>
      <Typography.Paragraph type="secondary">{t('migrate.bulkHelp')}</Typography.Paragraph>
      <Form.Item label={t('migrate.target')} required>
        <Select
          aria-label={t('migrate.target')}
          onChange={(v: string) => {
            choiceRef.current = { targetHostId: v, target: hosts.find((h) => h.id === v) };
          }}
          options={hosts
            .filter((h) => canEnterMaintenance(h) === true)
            .map((h) => ({
              value: h.id,
              // The host's name as the option's title (its tooltip, how tests find it).
              title: h.name,
              label: t('maintenance.hostFree', {
                name: h.name,
                free: formatBytes(freeMemoryMB(h), undefined, { from: 'MiB', fractionDigits: 0 }),
              }),
            }))}
        />
      </Form.Item>
    </Form>
  );
}
