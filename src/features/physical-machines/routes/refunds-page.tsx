// /physical-machines/refunds — return physical machines to the administrator (mana_api 000):
// paste serial numbers, confirm, then read the answer per machine and retry the ones not returned.
import { useState } from 'react';
import { App, Alert, Button, Card, Flex, Form, Input, Space, Table, Typography } from 'antd';
import { RollbackOutlined } from '@ant-design/icons';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '@/components/error-alert';
import { ListPageHeader } from '@/components/list-page/list-page-header';
import { StatusTag } from '@/components/status-tag';
import { useViewer } from '@/hooks/use-session';
import {
  pmOrderKeys,
  refundPhysicalMachines,
  type PmRefundItem,
} from '@/api/resources/physical-machines';
import { MAX_SNIDS, parseSnids } from '../model/lists';
import { countOutcomes, failedSnids, mailSent, mergeResults, outcomeOf } from '../model/refund';

const TONES = {
  returned: 'success',
  notFound: 'warning',
  inOrder: 'warning',
  failed: 'error',
} as const;

export function Component() {
  const { t } = useTranslation('physical-machines');
  const { modal } = App.useApp();
  const { projectId } = useViewer();
  const qc = useQueryClient();
  const [text, setText] = useState('');
  const [results, setResults] = useState<PmRefundItem[] | null>(null);
  const parsed = parseSnids(text);
  const refund = useMutation({
    mutationFn: (snids: readonly string[]) => refundPhysicalMachines(projectId, snids),
    onSettled: () => qc.invalidateQueries({ queryKey: pmOrderKeys.all }),
  });
  const inputError = parsed.invalid.length
    ? t('form.snids.invalid', { list: parsed.invalid.slice(0, 5).join(', ') })
    : parsed.snids.length > MAX_SNIDS
      ? t('form.snids.tooMany', { max: MAX_SNIDS })
      : undefined;

  const confirmAndRun = (snids: readonly string[], retry: boolean) =>
    modal.confirm({
      title: t('messages.refundConfirmTitle', { count: snids.length }),
      content: t('messages.refundConfirm'),
      okText: t('actions.refund'),
      okButtonProps: { danger: true },
      onOk: async () => {
        const items = await refund.mutateAsync(snids);
        setResults((before) => (retry && before ? mergeResults(before, items) : items));
      },
    });

  const counts = results ? countOutcomes(results) : null;
  const failed = results ? failedSnids(results) : [];

  return (
    <>
      <ListPageHeader title={t('title.refunds')} subtitle={t('subtitle.refunds')} />
      <Flex vertical gap={16}>
        <Card>
          <Form layout="vertical" onFinish={() => confirmAndRun(parsed.snids, false)}>
            <Form.Item
              label={t('fields.snids')}
              htmlFor="refund-snids"
              extra={
                parsed.snids.length
                  ? t('form.snids.count', { count: parsed.snids.length })
                  : t('form.snids.help', { max: MAX_SNIDS })
              }
              validateStatus={inputError ? 'error' : undefined}
              help={inputError}
            >
              <Input.TextArea
                id="refund-snids"
                rows={5}
                value={text}
                onChange={(e) => setText(e.target.value)}
                spellCheck={false}
              />
            </Form.Item>
            <Space>
              <Button
                type="primary"
                danger
                htmlType="submit"
                icon={<RollbackOutlined aria-hidden />}
                disabled={parsed.snids.length === 0 || Boolean(inputError)}
                loading={refund.isPending}
              >
                {t('actions.refund')}
              </Button>
              {results ? (
                <Button
                  onClick={() => {
                    setResults(null);
                    setText('');
                  }}
                >
                  {t('actions.clear')}
                </Button>
              ) : null}
            </Space>
          </Form>
        </Card>
        {refund.error ? (
          <ErrorAlert error={refund.error} title={t('messages.refundFailed')} />
        ) : null}
        {results && counts ? (
          <Card
            title={t('title.results')}
            extra={
              failed.length ? (
                <Button onClick={() => confirmAndRun(failed, true)} loading={refund.isPending}>
                  {t('actions.retryFailed', { count: failed.length })}
                </Button>
              ) : null
            }
          >
            <Alert
              type={failed.length ? 'warning' : 'success'}
              showIcon
              title={t('messages.refundSummary', {
                returned: counts.returned,
                failed: failed.length,
              })}
              style={{ marginBottom: 12 }}
            />
            <Table<PmRefundItem>
              size="small"
              rowKey="snid"
              dataSource={results}
              pagination={results.length > 50 ? { pageSize: 50 } : false}
              columns={[
                { key: 'snid', title: t('fields.snid'), dataIndex: 'snid' },
                {
                  key: 'result',
                  title: t('fields.result'),
                  render: (_v, i) => {
                    const o = outcomeOf(i);
                    return <StatusTag label={t(`outcome.${o}`)} tone={TONES[o]} />;
                  },
                },
                {
                  key: 'msg',
                  title: t('fields.msg'),
                  render: (_v, i) => <Typography.Text type="secondary">{i.msg}</Typography.Text>,
                },
                {
                  key: 'sendmail',
                  title: t('fields.sendmail'),
                  render: (_v, i) => (mailSent(i) ? t('mail.sent') : t('mail.notSent')),
                },
              ]}
            />
          </Card>
        ) : null}
      </Flex>
    </>
  );
}
