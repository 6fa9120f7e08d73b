// A VM's hypervisor snapshots: the tree (indented, the current one marked), create, restore with
// confirmation, delete with confirmation.
import { useState } from 'react';
import {
  App,
  Button,
  Checkbox,
  Drawer,
  Empty,
  Flex,
  Form,
  Input,
  List,
  Skeleton,
  Tag,
  Typography,
} from 'antd';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import type { components } from '@contract/schema';
import {
  createVmSnapshot,
  deleteVmSnapshot,
  resourcePoolKeys,
  resourcePoolQueries,
  revertVmSnapshot,
} from '@/api/resources/resource-pools';
import { useConfirm } from '@/components/confirm/use-confirm';
import { ErrorAlert } from '@/components/error-alert';
import { useRules } from '@/components/form-drawer/use-rules';
import { formatDateTime } from '@/i18n/format';
import type { NodeRef } from '../api/use-pool-data';
import type { PoolVm } from '../model/pool';

type Snap = components['schemas']['VmSnapshotNode'];
type Row = Snap & { depth: number };

/** The tree, depth first, as rows with their depth. */
export function flattenSnapshots(nodes: readonly Snap[], depth = 0): Row[] {
  return nodes.flatMap((s) => [{ ...s, depth }, ...flattenSnapshots(s.snapshots, depth + 1)]);
}

export function SnapshotsDrawer({
  n,
  vm,
  open,
  onClose,
}: {
  n: NodeRef;
  vm: PoolVm | undefined;
  open: boolean;
  onClose: () => void;
}) {
  const { t } = useTranslation('resource-pools');
  const { message } = App.useApp();
  const rules = useRules();
  const qc = useQueryClient();
  const { confirm, holder } = useConfirm();
  const [form] = Form.useForm<{ name: string; desc?: string; snapMem?: boolean }>();
  const [error, setError] = useState<unknown>(null);
  const [busy, setBusy] = useState(false);
  const q = useQuery({ ...resourcePoolQueries.snapshots(n, vm?.id ?? ''), enabled: open && !!vm });
  if (!vm) return null;
  const refresh = () =>
    Promise.all([
      qc.invalidateQueries({ queryKey: resourcePoolKeys.snapshots(n, vm.id) }),
      qc.invalidateQueries({ queryKey: resourcePoolKeys.node(n) }),
    ]);
  const act = async (fn: () => Promise<unknown>) => {
    setBusy(true);
    setError(null);
    try {
      await fn();
      await refresh();
      return true;
    } catch (e) {
      setError(e);
      return false;
    } finally {
      setBusy(false);
    }
  };
  const rows = flattenSnapshots(q.data ?? []);
  return (
    <Drawer
      open={open}
      onClose={onClose}
      title={t('title.snapshots', { name: vm.title })}
      size={560}
    >
      <Form
        form={form}
        layout="vertical"
        aria-label={t('actions.createSnapshot')}
        onFinish={async (v) => {
          const ok = await act(() =>
            createVmSnapshot(n, {
              vmId: vm.id,
              name: v.name,
              desc: v.desc ?? '',
              snapMem: v.snapMem ?? false,
            }),
          );
          if (ok) {
            void message.success(t('messages.snapshotCreated', { name: v.name }));
            form.resetFields();
          }
        }}
      >
        <Form.Item
          name="name"
          label={t('snapshot.name')}
          rules={[rules.required(), rules.maxLength(64)]}
        >
          <Input autoComplete="off" />
        </Form.Item>
        <Form.Item name="desc" label={t('snapshot.desc')} rules={[rules.maxLength(255)]}>
          <Input autoComplete="off" />
        </Form.Item>
        <Form.Item name="snapMem" valuePropName="checked" extra={t('snapshot.memoryHelp')}>
          <Checkbox disabled={vm.power !== 'running'}>{t('snapshot.memory')}</Checkbox>
        </Form.Item>
        <Button type="primary" htmlType="submit" loading={busy}>
          {t('actions.createSnapshot')}
        </Button>
      </Form>
      {error ? <ErrorAlert error={error} /> : null}
      <Typography.Title level={2} style={{ fontSize: 16, marginTop: 24 }}>
        {t('actions.snapshots')}
      </Typography.Title>
      {q.isError ? <ErrorAlert error={q.error} onRetry={() => void q.refetch()} /> : null}
      {q.isPending ? <Skeleton active /> : null}
      {q.isSuccess && rows.length === 0 ? <Empty description={t('snapshot.empty')} /> : null}
      {rows.length > 0 ? (
        <List
          aria-label={t('actions.snapshots')}
          dataSource={rows}
          renderItem={(s) => (
            <List.Item
              key={s.name}
              actions={[
                <Button
                  key="revert"
                  size="small"
                  disabled={busy}
                  onClick={async () => {
                    const ok = await confirm({
                      title: `${t('actions.revert')} ${s.name}?`,
                      content: t('confirm.revert', { name: s.name }),
                      okText: t('actions.revert'),
                    });
                    if (ok)
                      await act(() =>
                        revertVmSnapshot(n, { vmId: vm.id, name: s.name, snapMem: s.snapMem }),
                      );
                  }}
                >
                  {t('actions.revert')}
                </Button>,
                <Button
                  key="delete"
                  size="small"
                  danger
                  disabled={busy}
                  onClick={async () => {
                    const ok = await confirm({
                      title: `${t('actions.deleteSnapshot')} ${s.name}?`,
                      content: t('confirm.deleteSnapshot', { name: s.name }),
                      danger: true,
                      okText: t('actions.deleteSnapshot'),
                    });
                    if (ok) await act(() => deleteVmSnapshot(n, vm.id, s.name));
                  }}
                >
                  {t('actions.deleteSnapshot')}
                </Button>,
              ]}
            >
              <Flex vertical style={{ paddingInlineStart: s.depth * 20 }}>
                <Flex gap={6} align="center">
                  <Typography.Text strong>{s.name}</Typography.Text>
                  {s.isCurr ? <Tag color="blue">{t('snapshot.current')}</Tag> : null}
                  {s.snapMem ? <Tag>{t('snapshot.withMemory')}</Tag> : null}
                </Flex>
                <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                  {formatDateTime(new Date(`${s.creationTime.replace(' ', 'T')}Z`))}
                  {s.desc ? ` · ${s.desc}` : ''}
                </Typography.Text>
              </Flex>
            </List.Item>
          )}
        />
      ) : null}
      {holder}
    </Drawer>
  );
}
