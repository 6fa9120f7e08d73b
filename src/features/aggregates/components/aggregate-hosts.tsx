import { useMemo, useRef, useState } from 'react';
import { App, Button, Flex, List, Popconfirm, Select, Typography, type RefSelectProps } from 'antd';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '@/components/error-alert';
import { useViewer } from '@/hooks/use-session';
import { useAggregateHostAction } from '@/api/resources/aggregates';
import { availabilityZoneQueries } from '@/api/resources/availability-zones';
import { hypervisorQueries } from '@/api/resources/hypervisors';
import { candidateHosts, type Aggregate } from '../model/aggregate';

/** The members, each removable, and a picker of the compute hosts that may join. */
export function AggregateHosts({ aggregate }: { aggregate: Aggregate }) {
  const { t } = useTranslation('aggregates');
  const { message } = App.useApp();
  const { projectId } = useViewer();
  const hosts = useQuery(hypervisorQueries.hosts(projectId));
  const zoneHosts = useQuery(availabilityZoneQueries.hosts(projectId, 'compute'));
  const action = useAggregateHostAction(projectId);
  const [picked, setPicked] = useState<string | undefined>();
  // After a change the control that was used may be gone (a removed host's row takes its button
  // and the confirm with it): focus goes back to the picker, inside the quick look, instead of
  // falling to the page body, where Escape no longer reaches the drawer.
  const picker = useRef<RefSelectProps>(null);

  const candidates = useMemo(() => {
    const zones = new Map(
      (zoneHosts.data ?? [])
        .filter((h) => h.service === 'compute')
        .map((h): [string, string] => [h.host_name, h.zone]),
    );
    return candidateHosts(aggregate, hosts.data ?? [], zones);
  }, [aggregate, hosts.data, zoneHosts.data]);

  const run = async (kind: 'add_host' | 'remove_host', host: string) => {
    await action.mutateAsync({ id: aggregate.id, action: kind, host });
    void message.success(
      t(kind === 'add_host' ? 'messages.hostAdded' : 'messages.hostRemoved', {
        host,
        name: aggregate.name,
      }),
    );
    setPicked(undefined);
    picker.current?.focus();
  };

  return (
    <Flex vertical gap={8} role="region" aria-label={t('hosts.title')}>
      <Typography.Title level={5} style={{ margin: 0 }}>
        {t('hosts.title')}
      </Typography.Title>
      <Flex gap={8}>
        <Select
          ref={picker}
          aria-label={t('hosts.pick')}
          placeholder={t('hosts.pick')}
          style={{ flex: 1 }}
          showSearch
          value={picked}
          onChange={setPicked}
          loading={hosts.isPending}
          options={candidates.map((c) => ({
            value: c.host,
            label: c.ok === true ? c.host : `${c.host} — ${t('hosts.otherZone', { zone: c.zone })}`,
            disabled: c.ok !== true,
          }))}
        />
        <Button
          type="primary"
          disabled={!picked}
          loading={action.isPending}
          onClick={() => {
            if (picked) void run('add_host', picked).catch(() => undefined);
          }}
        >
          {t('actions.addHost')}
        </Button>
      </Flex>
      {action.error ? <ErrorAlert error={action.error} /> : null}
      <List
        size="small"
        bordered
        dataSource={aggregate.hosts}
        locale={{ emptyText: t('hosts.none') }}
        renderItem={(host) => (
          <List.Item
            actions={[
              <Popconfirm
                key="remove"
                title={t('messages.removeHostConfirm', { host })}
                okText={t('actions.removeHost')}
                okButtonProps={{ danger: true }}
                onConfirm={() => run('remove_host', host).catch(() => undefined)}
              >
                <Button size="small" danger aria-label={t('hosts.remove', { host })}>
                  {t('actions.removeHost')}
                </Button>
              </Popconfirm>,
            ]}
          >
            {host}
          </List.Item>
        )}
      />
    </Flex>
  );
}
