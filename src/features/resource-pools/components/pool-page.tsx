// /resource-pools/cas and /resource-pools/vmware: pick a compute node of that virtualization type,
// then its clusters and hosts in a tree beside the selected one's detail. The node and the
// selection are in the URL (?node=, ?sel=h:<id> or c:<id>).
import { useMemo } from 'react';
import { Card, Col, Empty, Flex, Row, Select, Skeleton, Tag, Tree, Typography } from 'antd';
import { useQuery } from '@tanstack/react-query';
import { Link } from 'react-router';
import { useTranslation } from 'react-i18next';
import { computeNodeQueries } from '@/api/resources/compute-nodes';
import { ErrorAlert } from '@/components/error-alert';
import { PageHeader } from '@/components/page-header';
import { useViewer } from '@/hooks/use-session';
import { useUrlParam } from '@/hooks/use-url-param';
import { useTree } from '../api/use-pool-data';
import type { PoolKind } from '../model/pool';
import { ClusterPanel } from './cluster-panel';
import { HostPanel } from './host-panel';

const VIRT: Record<PoolKind, string> = { cas: 'CAS', vmware: 'VMware' };

export function PoolPage({ kind }: { kind: PoolKind }) {
  const { t } = useTranslation('resource-pools');
  const { projectId } = useViewer();
  const nodesQuery = useQuery(computeNodeQueries.list());
  const nodes = useMemo(
    () => (nodesQuery.data ?? []).filter((x) => x.virtType === VIRT[kind]),
    [nodesQuery.data, kind],
  );
  const [nodeParam, setNode] = useUrlParam('node');
  const [sel, setSel] = useUrlParam('sel');
  const node = nodes.find((x) => x.hostName === nodeParam) ?? nodes[0];
  const n = { projectId, node: node?.hostName ?? '' };
  const tree = useTree(kind, n);
  const clusters = tree.data?.clusters ?? [];
  // Default: the first host of the first cluster.
  const firstHost = clusters.find((c) => c.children.length > 0)?.children[0]?.morId;
  const selected = sel ?? (firstHost ? `h:${firstHost}` : undefined);
  const [selKind, selId = ''] = selected ? [selected.slice(0, 1), selected.slice(2)] : [];
  const cluster = clusters.find((c) =>
    selKind === 'c' ? c.morId === selId : c.children.some((h) => h.morId === selId),
  );
  const hostIds = cluster?.children.map((h) => h.morId) ?? [];

  const header = (
    <PageHeader
      title={t(`title.${kind}`)}
      subtitle={t(`subtitle.${kind}`)}
      extra={
        nodes.length > 0 ? (
          <Flex align="center" gap={8}>
            <Typography.Text>{t('node.label')}</Typography.Text>
            <Select
              aria-label={t('node.label')}
              value={node?.hostName}
              onChange={(v: string) => {
                setSel(undefined);
                setNode(v);
              }}
              style={{ minWidth: 240 }}
              options={nodes.map((x) => ({
                value: x.hostName,
                label: `${x.hostName} (${x.hostIp})`,
              }))}
            />
          </Flex>
        ) : null
      }
    />
  );
  if (nodesQuery.isError)
    return (
      <>
        {header}
        <ErrorAlert error={nodesQuery.error} onRetry={() => void nodesQuery.refetch()} />
      </>
    );
  if (nodesQuery.isPending) return <Skeleton active />;
  if (!node)
    return (
      <>
        {header}
        <Empty
          description={
            <>
              {t('node.none', { type: VIRT[kind] })}{' '}
              <Link to="/compute-nodes">{t('node.link')}</Link>
            </>
          }
        />
      </>
    );
  return (
    <>
      {header}
      <Row gutter={16}>
        <Col xs={24} lg={5}>
          <Card title={t('tree.title')} size="small">
            {tree.isError ? (
              <ErrorAlert error={tree.error} onRetry={() => void tree.refetch()} />
            ) : tree.isPending ? (
              <Skeleton active />
            ) : clusters.length === 0 ? (
              <Empty description={t('tree.empty')} />
            ) : (
              <Tree
                blockNode
                defaultExpandAll
                selectedKeys={selected ? [selected] : []}
                onSelect={(keys) => {
                  const [k] = keys;
                  if (typeof k === 'string') setSel(k);
                }}
                treeData={clusters.map((c) => ({
                  key: `c:${c.morId}`,
                  title: (
                    <span>
                      {c.name}
                      {c.subType === 'pool' ? (
                        <Tag style={{ marginInlineStart: 6 }}>{t('tree.pool')}</Tag>
                      ) : null}
                    </span>
                  ),
                  children: c.children.map((h) => ({ key: `h:${h.morId}`, title: h.name })),
                }))}
              />
            )}
          </Card>
        </Col>
        <Col xs={24} lg={19}>
          {!cluster ? (
            <Empty description={t('select.hint')} />
          ) : selKind === 'h' ? (
            <HostPanel
              key={`${n.node}/${selId}`}
              kind={kind}
              n={n}
              zone={node.zone}
              hostId={selId}
              clusterId={cluster.morId}
              clusterHostIds={hostIds}
            />
          ) : (
            <ClusterPanel
              key={`${n.node}/${selId}`}
              kind={kind}
              n={n}
              zone={node.zone}
              clusterId={cluster.morId}
              name={cluster.name}
              pool={cluster.subType === 'pool'}
              clusterHostIds={hostIds}
            />
          )}
        </Col>
      </Row>
    </>
  );
}
