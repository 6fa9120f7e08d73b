// /resource-specs — the service catalogue's resource specs (cloud administrators, 004 §1.6 items
// 1–6): pick a service (and, for hosts, a host type), see the sub-types its specs are made of, and
// add or delete single specs (one value) and combined specs (a value for every sub-type).
import { useMemo } from 'react';
import { Button, Card, Empty, Flex, Menu, Skeleton, Tabs, Tag } from 'antd';
import { PlusOutlined } from '@ant-design/icons';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { resourceSpecQueries } from '@/api/resources/resource-specs';
import { DisabledReason } from '@/components/disabled-reason';
import { ErrorAlert } from '@/components/error-alert';
import { ListPageHeader } from '@/components/list-page/list-page-header';
import { useUrlParam } from '@/hooks/use-url-param';
import { AddCombinedDrawer, AddSingleDrawer } from '../components/add-spec-drawers';
import { CombinedTable, SinglesTable, SubTypesTable } from '../components/spec-tables';
import { subTypesWithoutValues } from '../model/specs';

const HOST_TYPES = [
  'ComputeNorm',
  'GpuComputeNorm',
  'VgpuComputeNorm',
  'BigDataComputeNorm',
] as const;
const HOST_TYPE_SET: ReadonlySet<string> = new Set(HOST_TYPES);
const isHostType = (name: string): name is (typeof HOST_TYPES)[number] => HOST_TYPE_SET.has(name);

export function Component() {
  const { t } = useTranslation('resource-specs');
  const [serviceParam, setService] = useUrlParam('service');
  const [normParam, setNorm] = useUrlParam('norm');
  const [drawer, setDrawer] = useUrlParam('drawer');
  const services = useQuery(resourceSpecQueries.services());
  // The service in the URL is read at once (its configuration loads beside the catalogue); without
  // one, the first service that has specs.
  const serviceUuid = serviceParam ?? services.data?.find((s) => s.resourceNorm)?.uuid ?? '';
  const configs = useQuery(resourceSpecQueries.configs(serviceUuid));
  const perHostType = (configs.data?.length ?? 0) > 1;
  const config = configs.data?.find((c) => c.normUuid === normParam) ?? configs.data?.[0];
  const norm = useQuery({
    ...resourceSpecQueries.norm(serviceUuid, perHostType ? config?.normUuid : undefined),
    enabled: serviceUuid !== '' && config !== undefined,
  });
  const subTypes = useMemo(() => config?.subTypes ?? [], [config]);
  const missing = subTypesWithoutValues(subTypes, norm.data);
  const combinedBlocked =
    !norm.data || subTypes.length === 0
      ? t('guards.loading')
      : missing.length
        ? t('guards.missingSingles', { subTypes: missing.map((s) => s.name).join(', ') })
        : null;

  const addSingle = (
    <Button
      icon={<PlusOutlined aria-hidden />}
      onClick={() => setDrawer('single')}
      disabled={!norm.data || subTypes.length === 0}
    >
      {t('actions.addSingle')}
    </Button>
  );
  const addCombined = (
    <DisabledReason reason={combinedBlocked}>
      <Button
        icon={<PlusOutlined aria-hidden />}
        onClick={() => setDrawer('combined')}
        disabled={combinedBlocked !== null}
        style={combinedBlocked ? { pointerEvents: 'none' } : undefined}
      >
        {t('actions.addCombined')}
      </Button>
    </DisabledReason>
  );

  const detail = configs.error ? (
    <ErrorAlert error={configs.error} onRetry={() => void configs.refetch()} />
  ) : configs.isPending ? (
    <Skeleton active />
  ) : !config ? (
    <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('empty.noSpecs')} />
  ) : (
    <Flex vertical gap={16}>
      {norm.error ? <ErrorAlert error={norm.error} onRetry={() => void norm.refetch()} /> : null}
      <Card size="small" title={t('title.subTypes')} role="region" aria-label={t('title.subTypes')}>
        <SubTypesTable subTypes={subTypes} norm={norm.data} query={norm} />
      </Card>
      <Card
        size="small"
        title={t('title.singles')}
        extra={addSingle}
        role="region"
        aria-label={t('title.singles')}
      >
        <SinglesTable subTypes={subTypes} norm={norm.data} query={norm} emptyAction={addSingle} />
      </Card>
      <Card
        size="small"
        title={t('title.combined')}
        extra={addCombined}
        role="region"
        aria-label={t('title.combined')}
      >
        <CombinedTable
          subTypes={subTypes}
          norm={norm.data}
          query={norm}
          emptyAction={addCombined}
        />
      </Card>
    </Flex>
  );

  return (
    <>
      <ListPageHeader title={t('title.list')} subtitle={t('subtitle.list')} />
      <Flex gap={16} align="start">
        <Card
          size="small"
          title={t('title.services')}
          style={{ width: 220, flex: 'none' }}
          styles={{ body: { padding: 4 } }}
        >
          {services.error ? (
            <ErrorAlert error={services.error} onRetry={() => void services.refetch()} />
          ) : services.isPending ? (
            <Skeleton active paragraph={{ rows: 6 }} />
          ) : (
            <Menu
              aria-label={t('title.services')}
              mode="inline"
              style={{ borderInlineEnd: 'none' }}
              selectedKeys={[serviceUuid]}
              onClick={({ key }) => {
                setNorm(undefined);
                setService(key);
              }}
              items={services.data.map((s) => ({
                key: s.uuid,
                label: s.resourceNorm ? (
                  s.serviceName
                ) : (
                  <Flex justify="space-between" align="center">
                    {s.serviceName}
                    <Tag>{t('noSpecs')}</Tag>
                  </Flex>
                ),
              }))}
            />
          )}
        </Card>
        <div style={{ flex: 1, minWidth: 0 }}>
          {perHostType && configs.data ? (
            <Tabs
              activeKey={config?.normUuid}
              onChange={(key) => setNorm(key)}
              items={configs.data.map((c) => ({
                key: c.normUuid,
                label: isHostType(c.normName) ? t(`hostTypes.${c.normName}`) : c.normName,
              }))}
            />
          ) : null}
          {serviceUuid ? detail : null}
        </div>
      </Flex>
      {config && norm.data ? (
        <>
          <AddSingleDrawer
            open={drawer === 'single'}
            onClose={() => setDrawer(undefined)}
            serviceUuid={serviceUuid}
            norm={norm.data}
            subTypes={subTypes}
          />
          <AddCombinedDrawer
            open={drawer === 'combined'}
            onClose={() => setDrawer(undefined)}
            serviceUuid={serviceUuid}
            norm={norm.data}
            subTypes={subTypes}
          />
        </>
      ) : null}
    </>
  );
}
