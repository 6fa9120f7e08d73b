import { App, DatePicker, Descriptions, Form } from 'antd';
import type { Dayjs } from 'dayjs';
import { useTranslation } from 'react-i18next';
import { FormDrawer } from '@/components/form-drawer/form-drawer';
import { useRules } from '@/components/form-drawer/use-rules';
import { formatDateTime } from '@/i18n/format';
import { useShortenLease } from '@/api/resources/servers';
import { leaseOf } from '../model/guards';
import { isValidNewEnd, toLeaseTime } from '../model/lease';
import type { Server } from '../model/types';

type Values = { end: Dayjs };

/** Shorten the lease (004:L10313): pick a time between now and the current end. */
export function LeaseDrawer({ server, onClose }: { server?: Server; onClose: () => void }) {
  const { t } = useTranslation('servers');
  const rules = useRules();
  const { message } = App.useApp();
  const shorten = useShortenLease();
  const lease = server ? leaseOf(server) : undefined;
  const currentEnd = lease?.endTime ?? 0;
  return (
    <FormDrawer<Values>
      title={t('title.shortenLease', { name: server?.name ?? '' })}
      open={server !== undefined}
      onClose={onClose}
      submitText={t('actions.shortenLease')}
      onSubmit={async ({ end }) => {
        if (!server || !lease) return;
        const res = await shorten.mutateAsync({
          server,
          leaseId: lease.id,
          end: toLeaseTime(end.toDate()),
        });
        void message.success(
          t('messages.leaseShortened', {
            name: server.name,
            end: formatDateTime(res.resourceTenancy.endTime),
          }),
        );
      }}
      fieldAliases={{ 'body/resourceTenancy/endTime': 'end' }}
    >
      <Descriptions
        size="small"
        column={1}
        bordered
        items={[{ key: 'end', label: t('lease.current'), children: formatDateTime(currentEnd) }]}
        style={{ marginBottom: 16 }}
      />
      <Form.Item
        name="end"
        label={t('lease.newEnd')}
        extra={t('lease.help')}
        rules={[
          rules.required(),
          {
            validator: async (_r, v: Dayjs | undefined) => {
              if (v && !isValidNewEnd(v.valueOf(), currentEnd, Date.now()))
                throw new Error(t('lease.range', { end: formatDateTime(currentEnd) }));
            },
          },
        ]}
      >
        <DatePicker
          showTime
          format="YYYY-MM-DD HH:mm:ss"
          disabledDate={(d) =>
            d.endOf('day').valueOf() < Date.now() || d.startOf('day').valueOf() > currentEnd
          }
          style={{ width: '100%' }}
        />
      </Form.Item>
    </FormDrawer>
  );
}
