// The node settings the add wizard and the edit drawer share: host pool, storage zone (a cinder
// zone), network mode and server initialization mode.
import { Form, Input, Radio, Select } from 'antd';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { useRules } from '@/components/form-drawer/use-rules';
import { availabilityZoneQueries } from '@/api/resources/availability-zones';
import { OVERLAY_MODES } from '../model/compute-node';

export function NodeSettingsFields() {
  const { t } = useTranslation('compute-nodes');
  const rules = useRules();
  const zones = useQuery(availabilityZoneQueries.list());
  const storageZones = (zones.data ?? []).filter((z) => z.resourceType === 'cinder');
  return (
    <>
      <Form.Item
        name="poolName"
        label={t('fields.poolName')}
        rules={[rules.required(), rules.maxLength(255)]}
      >
        <Input autoComplete="off" />
      </Form.Item>
      <Form.Item
        name="storageZone"
        label={t('fields.storageZone')}
        extra={t('form.storageZone.help')}
        rules={[rules.required()]}
      >
        <Select
          showSearch
          loading={zones.isPending}
          options={storageZones.map((z) => ({
            value: z.zone,
            label: `${z.labelName} (${z.zone})`,
          }))}
        />
      </Form.Item>
      <Form.Item name="vxlanOverlayMode" label={t('fields.vxlanOverlayMode')}>
        <Radio.Group
          options={OVERLAY_MODES.map((m) => ({ value: m, label: t(`overlayMode.${m}`) }))}
        />
      </Form.Item>
      <Form.Item
        name="initMode"
        label={t('fields.initMode')}
        rules={[rules.required(), rules.maxLength(255)]}
      >
        <Input autoComplete="off" />
      </Form.Item>
    </>
  );
}
