import { useState } from 'react';
import { Button, Card, Flex, Progress, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { StatusTag } from '@/components/status-tag';
import { isFinished, summarize, type Batch } from './batch-core';
import { BatchLedger } from './batch-ledger';
import { batchStore } from './batch-store';
import { messageLevel, progressOf, summaryParts, type MessageLevel } from './batch-summary';
import type { StatusTone } from '@/components/status-tone';

const LEVEL_TONE: Record<MessageLevel, StatusTone> = {
  success: 'success',
  warning: 'warning',
  error: 'error',
  info: 'default',
};

export function BatchCard({ batch }: { batch: Batch }) {
  const { t } = useTranslation('ui');
  const summary = summarize(batch.entries);
  const progress = progressOf(summary);
  const finished = isFinished(batch);
  // Open by default while it runs or when something failed; a clean success stays folded.
  const [expanded, setExpanded] = useState(!finished || summary.failed > 0);
  const state = !finished ? 'running' : batch.cancelled ? 'cancelled' : 'finished';
  const parts = summaryParts(summary)
    .map((p) => t(`batch.summary.${p.status}`, { count: p.count }))
    .join(t('batch.summary.separator'));

  return (
    <Card
      size="small"
      title={
        <Flex gap={8} align="center">
          <span>{batch.title}</span>
          <StatusTag
            tone={state === 'running' ? 'processing' : LEVEL_TONE[messageLevel(summary)]}
            label={t(`batch.state.${state}`)}
          />
        </Flex>
      }
      extra={
        <Typography.Text type="secondary">
          {new Date(batch.startedAt).toLocaleTimeString()}
        </Typography.Text>
      }
    >
      <Flex vertical gap={8}>
        <Progress
          percent={progress.percent}
          size="small"
          status={!finished ? 'active' : summary.failed ? 'exception' : 'success'}
          aria-label={t('batch.progress', { done: progress.done, total: progress.total })}
        />
        <Typography.Text>{parts || t('batch.progress', progress)}</Typography.Text>
        <Flex gap={8} wrap>
          {!finished ? (
            <Button size="small" onClick={() => batchStore.cancel(batch.id)}>
              {t('batch.cancel')}
            </Button>
          ) : null}
          {finished && summary.failed > 0 ? (
            <Button size="small" type="primary" onClick={() => batchStore.retryFailed(batch.id)}>
              {t('batch.retryFailed', { count: summary.failed })}
            </Button>
          ) : null}
          <Button size="small" aria-expanded={expanded} onClick={() => setExpanded((v) => !v)}>
            {expanded ? t('batch.hideDetails') : t('batch.showDetails')}
          </Button>
          {finished ? (
            <Button size="small" type="text" onClick={() => batchStore.dismiss(batch.id)}>
              {t('batch.dismiss')}
            </Button>
          ) : null}
        </Flex>
        {expanded ? <BatchLedger entries={batch.entries} /> : null}
      </Flex>
    </Card>
  );
}
