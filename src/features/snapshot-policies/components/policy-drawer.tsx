// Create or edit a snapshot policy (004:L10482, L10756): schedule, retention, content, the CAS
// zone and the servers of the organisation in it. An administrator picks the organisation.
import { App, Form, Input, InputNumber, Radio, Select, Switch } from 'antd';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { FormDrawer } from '@/components/form-drawer/form-drawer';
import { useRules } from '@/components/form-drawer/use-rules';
import { availabilityZoneQueries } from '@/api/resources/availability-zones';
import { serverQueries } from '@/api/resources/servers';
import {
  useCreateSnapshotPolicy,
  useUpdateSnapshotPolicy,
  type SnapshotPolicy,
} from '@/api/resources/vm-snapshots';
import { useProjectNames } from '@/hooks/use-project-names';
import { useViewer } from '@/hooks/use-session';
import {
  FREQUENCIES,
  fromPolicy,
  INITIAL_VALUES,
  MAX_RETENTION,
  POLICY_NAME,
  toCreateRequest,
  toUpdateRequest,
  type PolicyFormValues,
} from '../model/policy';

type Props = { open: boolean; editing: SnapshotPolicy | undefined; onClose: () => void };
const WIDE = { width: '100%' } as const;
const WEEKDAYS = ['1', '2', '3', '4', '5', '6', '7'] as const;

export function PolicyDrawer({ open, editing, onClose }: Props) {
  const { t } = useTranslation('snapshot-policies');
  const { message } = App.useApp();
  const viewer = useViewer();
  const { projectName } = useProjectNames();
  const create = useCreateSnapshotPolicy();
  const update = useUpdateSnapshotPolicy();
  return (
    <FormDrawer<PolicyFormValues>
      title={editing ? t('title.edit') : t('title.create')}
      open={open}
      onClose={onClose}
      size={560}
      initialValues={
        editing ? fromPolicy(editing) : { ...INITIAL_VALUES, tenantId: viewer.projectId }
      }
      submitText={editing ? t('actions.save') : t('actions.create')}
      fieldAliases={{
        'body/labelZoneIds': 'zoneId',
        'body/snapStrategyVm': 'serverIds',
        'body/state': 'enabled',
        'body/flag': 'memory',
      }}
      onSubmit={async (v) => {
        if (editing)
          await update.mutateAsync({ uuid: editing.uuid, body: toUpdateRequest(v, editing) });
        else await create.mutateAsync(toCreateRequest(v, projectName(v.tenantId)));
        return v.name;
      }}
      onSuccess={(name) =>
        void message.success(
          t(editing ? 'messages.saved' : 'messages.created', { name: String(name) }),
        )
      }
    >
      <PolicyFields open={open} editing={editing} />
    </FormDrawer>
  );
}

/** The fields; inside the drawer's form, so they can watch each other. */
function PolicyFields({ open, editing }: Omit<Props, 'onClose'>) {
  const { t } = useTranslation('snapshot-policies');
  const rules = useRules();
  const viewer = useViewer();
  const { projects } = useProjectNames();
  const form = Form.useFormInstance<PolicyFormValues>();
  const zones = useQuery({ ...availabilityZoneQueries.list(), enabled: open });
  const casZones = (zones.data ?? []).filter(
    (z) => z.resourceType === 'nova' && z.virtType === 'CAS',
  );
  const frequency = Form.useWatch('frequency', form);
  const zoneId = Form.useWatch('zoneId', form);
  const tenantId = Form.useWatch('tenantId', form) ?? viewer.projectId;
  const zoneName = casZones.find((z) => z.id === zoneId)?.zone ?? '';
  const others = viewer.isAdmin && tenantId !== viewer.projectId;
  const servers = useQuery({
    ...serverQueries.list(viewer.projectId, {
      availability_zone: zoneName,
      limit: 200,
      ...(others ? { all_tenants: 'true', tenant_id: tenantId } : {}),
    }),
    enabled: open && zoneName !== '',
  });
  const serverOptions = new Map<string, string>();
  for (const v of editing?.snapStrategyVm ?? []) serverOptions.set(v.uuid, v.name ?? v.uuid);
  for (const s of servers.data?.servers ?? [])
    if (s.tenant_id === tenantId) serverOptions.set(s.id, s.name);

  return (
    <>
      {viewer.isAdmin ? (
        <Form.Item name="tenantId" label={t('fields.project')} rules={[rules.required()]}>
          <Select
            showSearch={{ optionFilterProp: 'label' }}
            disabled={editing !== undefined}
            options={(projects ?? []).map((p) => ({ value: p.id, label: p.name }))}
            onChange={() => form.setFieldValue('serverIds', [])}
          />
        </Form.Item>
      ) : (
        <Form.Item name="tenantId" hidden>
          <Input />
        </Form.Item>
      )}
      <Form.Item
        name="name"
        label={t('fields.name')}
        rules={[
          rules.required(),
          rules.maxLength(32),
          rules.pattern(POLICY_NAME, t('form.namePattern')),
        ]}
      >
        <Input autoComplete="off" />
      </Form.Item>
      <Form.Item name="desc" label={t('fields.desc')} rules={[rules.maxLength(120)]}>
        <Input.TextArea rows={2} />
      </Form.Item>
      <Form.Item name="enabled" label={t('fields.enabled')} valuePropName="checked">
        <Switch />
      </Form.Item>
      <Form.Item name="memory" label={t('fields.memory')} valuePropName="checked">
        <Switch />
      </Form.Item>
      <Form.Item name="frequency" label={t('fields.frequency')} rules={[rules.required()]}>
        <Radio.Group
          optionType="button"
          options={FREQUENCIES.map((f) => ({ value: f, label: t(`frequency.${f}`) }))}
        />
      </Form.Item>
      {frequency === '1' ? (
        <Form.Item name="day" label={t('fields.weekday')} rules={[rules.required()]}>
          <Select options={WEEKDAYS.map((d) => ({ value: Number(d), label: t(`weekday.${d}`) }))} />
        </Form.Item>
      ) : null}
      {frequency === '0' ? (
        <Form.Item
          name="day"
          label={t('fields.day')}
          rules={[rules.required(), rules.integer({ min: 1, max: 31 })]}
        >
          <InputNumber min={1} max={31} style={WIDE} />
        </Form.Item>
      ) : null}
      <Form.Item
        name="hour"
        label={t('fields.hour')}
        rules={[rules.required(), rules.integer({ min: 0, max: 23 })]}
      >
        <InputNumber min={0} max={23} style={WIDE} />
      </Form.Item>
      <Form.Item
        name="minutes"
        label={t('fields.minutes')}
        rules={[rules.required(), rules.integer({ min: 0, max: 59 })]}
      >
        <InputNumber min={0} max={59} style={WIDE} />
      </Form.Item>
      <Form.Item
        name="maxSnapshotNum"
        label={t('fields.maxSnapshotNum')}
        extra={t('form.retentionHelp')}
        rules={[rules.required(), rules.integer({ min: 1, max: MAX_RETENTION })]}
      >
        <InputNumber min={1} max={MAX_RETENTION} style={WIDE} />
      </Form.Item>
      <Form.Item
        name="zoneId"
        label={t('fields.zones')}
        extra={t('form.zoneHelp')}
        rules={[rules.required()]}
      >
        <Select
          loading={zones.isPending}
          options={casZones.map((z) => ({ value: z.id, label: `${z.labelName} (${z.zone})` }))}
          onChange={() => form.setFieldValue('serverIds', [])}
        />
      </Form.Item>
      <Form.Item name="serverIds" label={t('fields.servers')} extra={t('form.serversHelp')}>
        <Select
          mode="multiple"
          showSearch={{ optionFilterProp: 'label' }}
          disabled={!zoneId}
          placeholder={zoneId ? undefined : t('form.pickZoneFirst')}
          loading={servers.isFetching}
          options={[...serverOptions].map(([value, label]) => ({ value, label }))}
        />
      </Form.Item>
    </>
  );
}
