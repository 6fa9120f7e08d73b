import { App, Divider, Form, InputNumber } from 'antd';
import { useTranslation } from 'react-i18next';
import { FormDrawer } from '@/components/form-drawer/form-drawer';
import { useRules } from '@/components/form-drawer/use-rules';
import { useViewer } from '@/hooks/use-session';
import { useUpdateQuotaSets, type AbsoluteLimits } from '@/api/resources/quotas';
import { checkLimit, fromLimits, toQuotaSets, type QuotaFormValues } from '../model/quota-form';
import { RESOURCES, RESOURCE_SECTIONS, type ResourceKey } from '../model/usage';
import { useFormatAmount } from './usage-bar';

const WIDE = { width: '100%' } as const;

/** Field paths of the quota-set body that name a form field (server-side usage errors). */
const FIELD_ALIASES: Record<string, ResourceKey> = {
  'body/compute/quota_set/instances': 'instances',
  'body/compute/quota_set/cores': 'cores',
  'body/compute/quota_set/ram': 'ram',
  'body/block_storage/quota_set/volumes': 'volumes',
  'body/block_storage/quota_set/gigabytes': 'gigabytes',
  'body/block_storage/quota_set/snapshots': 'snapshots',
  'body/block_storage/quota_set/backups': 'backups',
  'body/compute_extend/quota_set/virtual_snaps': 'virtualSnaps',
  'body/compute_extend/quota_set/auto_virtual_snaps': 'autoVirtualSnaps',
  'body/network/network': 'networks',
  'body/network/subnet': 'subnets',
  'body/network/vnic': 'vnics',
  'body/network/security_group': 'securityGroups',
  'body/network/floatingip': 'floatingIps',
  'body/network/firewall': 'firewalls',
  'body/network/loadbalancer': 'loadbalancers',
  'body/network/listener': 'listeners',
  'body/network/vpnservice': 'vpnServices',
  'body/network/vpcs': 'vpcs',
  'body/network/private_zone': 'privateZones',
  'body/network/record_set': 'recordSets',
};

type Props = {
  open: boolean;
  onClose: () => void;
  projectName: string;
  limits: AbsoluteLimits | undefined;
};

/** Edit an organisation's limits; a limit below the usage is refused before sending. */
export function EditQuotaDrawer({ open, onClose, projectName, limits }: Props) {
  const { t } = useTranslation('quotas');
  const { message } = App.useApp();
  const rules = useRules();
  const { projectId } = useViewer();
  const update = useUpdateQuotaSets(projectId);
  const format = useFormatAmount();
  const before = limits ? fromLimits(limits) : {};

  return (
    <FormDrawer<QuotaFormValues>
      title={t('title.edit', { name: projectName })}
      open={open && limits !== undefined}
      onClose={onClose}
      size={560}
      initialValues={before}
      fieldAliases={FIELD_ALIASES}
      submitText={t('actions.save')}
      onSubmit={async (values) => {
        if (!limits) return;
        const body = toQuotaSets(values, before);
        if (body) await update.mutateAsync({ to: limits.projectId, body });
        void message.success(t('messages.saved', { name: projectName }));
      }}
    >
      {RESOURCE_SECTIONS.map((section) => (
        <div key={section.key}>
          <Divider titlePlacement="start">{t(`groups.${section.key}`)}</Divider>
          {section.resources.map((key) => {
            const r = RESOURCES.find((x) => x.key === key);
            if (!r || !limits) return null;
            const used = limits[r.used];
            return (
              <Form.Item
                key={key}
                name={key}
                label={t(`resources.${key}`)}
                extra={t('form.inUse', { used: format(used, r.unit) })}
                rules={[
                  rules.required(),
                  rules.integer({ min: -1 }),
                  {
                    validator: async (_r: unknown, value: number | null | undefined) => {
                      const ok = checkLimit(value, used);
                      if (ok !== true)
                        throw new Error(
                          t('form.belowUsage', {
                            limit: format(value ?? 0, r.unit),
                            used: format(ok, r.unit),
                          }),
                        );
                    },
                  },
                ]}
              >
                <InputNumber
                  style={WIDE}
                  precision={0}
                  suffix={r.unit === 'count' ? undefined : t(`units.${r.unit}`)}
                />
              </Form.Item>
            );
          })}
        </div>
      ))}
    </FormDrawer>
  );
}
