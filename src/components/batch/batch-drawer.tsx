import { useEffect } from 'react';
import { Button, Drawer, Empty, Flex, FloatButton, message as antMessage } from 'antd';
import { UnorderedListOutlined } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';
import { isFinished, type BatchResult } from './batch-core';
import { BatchCard } from './batch-card';
import { batchStore, setBatchDrawerOpen, useBatchDrawerOpen, useBatches } from './batch-store';
import { messageLevel, summaryParts } from './batch-summary';

/**
 * The global task indicator and drawer. Mount once in the app shell: it shows every batch of the
 * session (whatever page started it) and posts the one summary message when a batch settles.
 */
export function BatchDrawer() {
  const { t } = useTranslation('ui');
  const batches = useBatches();
  const open = useBatchDrawerOpen();
  const [message, messageHolder] = antMessage.useMessage();
  const running = batches.filter((b) => !isFinished(b)).length;

  useEffect(
    () =>
      batchStore.onSettled(({ batch, summary }: BatchResult) => {
        const parts = summaryParts(summary)
          .map((p) => t(`batch.summary.${p.status}`, { count: p.count }))
          .join(t('batch.summary.separator'));
        const [only] = batch.entries;
        const single = batch.entries.length === 1 ? only : undefined;
        // One item: name it, and on failure say why; several: counts, details in the ledger.
        const text =
          single?.state.status === 'failed'
            ? t('batch.failedOne', {
                title: batch.title,
                name: single.name,
                message: single.state.message,
              })
            : single?.state.status === 'succeeded'
              ? t('batch.succeededOne', { title: batch.title, name: single.name })
              : t('batch.message', { title: batch.title, summary: parts });
        message.open({
          key: batch.id,
          type: messageLevel(summary),
          duration: summary.failed ? 8 : 4,
          content: (
            <span>
              {text}{' '}
              <Button size="small" type="link" onClick={() => setBatchDrawerOpen(true)}>
                {t('batch.details')}
              </Button>
            </span>
          ),
        });
      }),
    [message, t],
  );

  return (
    <>
      {messageHolder}
      {batches.length ? (
        <FloatButton
          icon={<UnorderedListOutlined />}
          badge={{ count: running }}
          aria-label={t('batch.indicator', { count: running })}
          tooltip={t('batch.indicator', { count: running })}
          onClick={() => setBatchDrawerOpen(true)}
        />
      ) : null}
      <Drawer
        open={open}
        onClose={() => setBatchDrawerOpen(false)}
        title={t('batch.drawerTitle')}
        size={560}
        extra={
          batches.some(isFinished) ? (
            <Button size="small" onClick={() => batchStore.clearFinished()}>
              {t('batch.clearFinished')}
            </Button>
          ) : null
        }
      >
        {batches.length ? (
          <Flex vertical gap={12}>
            {batches.map((b) => (
              <BatchCard key={b.id} batch={b} />
            ))}
          </Flex>
        ) : (
          <Empty description={t('batch.empty')} />
        )}
      </Drawer>
    </>
  );
}
