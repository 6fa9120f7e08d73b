import { App, Form, Input, Select } from 'antd';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { FormDrawer } from '@/components/form-drawer/form-drawer';
import { useRules } from '@/components/form-drawer/use-rules';
import { useViewer } from '@/hooks/use-session';
import { useCreateAggregate, useUpdateAggregate } from '@/api/resources/aggregates';
import { availabilityZoneQueries } from '@/api/resources/availability-zones';
import {
  fromAggregate,
  NAME_MAX,
  toCreateRequest,
  toUpdateRequest,
  type Aggregate,
  type FormValues,
} from '../model/aggregate';

type Props = { open: boolean; onClose: () => void; aggregate?: Aggregate };

const FIELD_ALIASES = {
  'body/aggregate/name': 'name',
  'body/aggregate/availability_zone': 'zone',
} as const;

/** Create (004:L18937) or rename/move an aggregate; its zone is one of the compute zones. */
export function AggregateFormDrawer({ open, onClose, aggregate }: Props) {
  const { t } = useTranslation('aggregates');
  const { message } = App.useApp();
  const rules = useRules();
  const { projectId } = useViewer();
  const zones = useQuery(availabilityZoneQueries.list());
  const create = useCreateAggregate(projectId);
  const update = useUpdateAggregate(projectId);
  const zoneOptions = (zones.data ?? [])
    .filter((z) => z.resourceType === 'nova')
    .map((z) => ({ value: z.zone, label: `${z.labelName} (${z.zone})` }));
  return (
    <FormDrawer<FormValues>
      title={aggregate ? t('title.edit', { name: aggregate.name }) : t('title.create')}
      open={open}
      onClose={onClose}
      initialValues={aggregate ? fromAggregate(aggregate) : undefined}
      fieldAliases={FIELD_ALIASES}
      onSubmit={async (values) => {
        const saved = aggregate
          ? await update.mutateAsync({ id: aggregate.id, body: toUpdateRequest(aggregate, values) })
          : await create.mutateAsync(toCreateRequest(values));
        void message.success(
          t(aggregate ? 'messages.updated' : 'messages.created', { name: saved.name }),
        );
      }}
    >
      <Form.Item
        name="name"
        label={t('fields.name')}
        extra={t('form.name.help')}
        rules={[rules.required(), rules.maxLength(NAME_MAX)]}
      >
        <Input autoComplete="off" count={{ show: true, max: NAME_MAX }} />
      </Form.Item>
      <Form.Item
        name="zone"
        label={t('fields.availability_zone')}
        extra={aggregate?.hosts.length ? t('form.zone.locked') : t('form.zone.help')}
        rules={[rules.required()]}
      >
        <Select
          showSearch
          loading={zones.isPending}
          options={zoneOptions}
          disabled={Boolean(aggregate?.hosts.length)}
        />
      </Form.Item>
    </FormDrawer>
  );
}
