import { Form, Select } from 'antd';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { useRules } from '@/components/form-drawer/use-rules';
import { networkQueries } from '@/api/resources/networks';
import { serverGroupQueries } from '@/api/resources/server-groups';

/** Step 3: networks (the first carries the gateway), security groups, server group. */
export function StepNetwork({ project }: { project: string }) {
  const { t } = useTranslation('servers');
  const rules = useRules();
  const networks = useQuery(networkQueries.list(project));
  const groups = useQuery(networkQueries.securityGroups(project));
  const serverGroups = useQuery(serverGroupQueries.list(project, false));
  return (
    <>
      <Form.Item
        name="networks"
        label={t('create.network.networks')}
        extra={t('create.network.networksHelp')}
        rules={[
          rules.required(),
          {
            validator: async (_r, v: unknown) => {
              if (Array.isArray(v) && v.length > 8) throw new Error(t('create.network.tooMany'));
            },
          },
        ]}
      >
        <Select
          mode="multiple"
          loading={networks.isPending}
          showSearch={{ optionFilterProp: 'label' }}
          options={(networks.data ?? []).map((n) => ({
            value: n.id,
            label: `${n.label} (${n.cidr})${n.shared ? ` · ${t('create.network.shared')}` : ''}`,
          }))}
        />
      </Form.Item>
      <Form.Item
        name="securityGroups"
        label={t('fields.security_groups')}
        rules={[rules.required()]}
      >
        <Select
          mode="multiple"
          loading={groups.isPending}
          options={(groups.data ?? []).map((g) => ({
            value: g.name,
            // The seeded "default" group is described as "default": say it once.
            label:
              g.description && g.description !== g.name ? `${g.name} · ${g.description}` : g.name,
          }))}
        />
      </Form.Item>
      <Form.Item
        name="serverGroup"
        label={t('create.network.serverGroup')}
        extra={t('create.network.serverGroupHelp')}
      >
        <Select
          allowClear
          loading={serverGroups.isPending}
          options={(serverGroups.data ?? []).map((g) => ({
            value: g.id,
            label: `${g.name} · ${g.policies.map((p) => (p === 'affinity' ? t('create.policy.affinity') : t('create.policy.anti-affinity'))).join(', ')}`,
          }))}
        />
      </Form.Item>
    </>
  );
}
