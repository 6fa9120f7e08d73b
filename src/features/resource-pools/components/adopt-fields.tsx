// The choices adoption needs (project, image, network), shared by the one-VM drawer and the bulk
// confirmation. Catalogues load only when the form is shown.
import { Form, Select } from 'antd';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { imageQueries } from '@/api/resources/images';
import { networkQueries } from '@/api/resources/networks';
import { projectQueries } from '@/api/resources/projects';
import { useRules } from '@/components/form-drawer/use-rules';
import { useViewer } from '@/hooks/use-session';

export function ProjectField({
  zone,
  onChange,
}: {
  zone: string;
  onChange?: (id: string) => void;
}) {
  const { t } = useTranslation('resource-pools');
  const rules = useRules();
  const projects = useQuery(projectQueries.list());
  return (
    <Form.Item
      name="projectId"
      label={t('adopt.project')}
      extra={t('adopt.projectHelp', { zone })}
      rules={[rules.required()]}
    >
      <Select
        showSearch
        optionFilterProp="label"
        loading={projects.isPending}
        onChange={onChange}
        options={(projects.data ?? [])
          .filter((p) => p.enabled !== false)
          .map((p) => ({ value: p.id, label: p.name }))}
      />
    </Form.Item>
  );
}

export function ImageField() {
  const { t } = useTranslation('resource-pools');
  const rules = useRules();
  const { projectId } = useViewer();
  const images = useQuery(imageQueries.all(projectId));
  return (
    <Form.Item name="image" label={t('adopt.image')} rules={[rules.required()]}>
      <Select
        showSearch
        optionFilterProp="label"
        loading={images.isPending}
        options={(images.data ?? []).map((i) => ({ value: i.id, label: i.name ?? i.id }))}
      />
    </Form.Item>
  );
}

export function NetworkField({ projectId }: { projectId: string }) {
  const { t } = useTranslation('resource-pools');
  const rules = useRules();
  const networks = useQuery(networkQueries.list(projectId));
  return (
    <Form.Item name="network" label={t('adopt.network')} rules={[rules.required()]}>
      <Select
        showSearch
        optionFilterProp="label"
        disabled={projectId === ''}
        loading={projectId !== '' && networks.isPending}
        options={(networks.data ?? []).map((n) => ({
          value: n.id,
          label: `${n.label} (${n.cidr})`,
        }))}
      />
    </Form.Item>
  );
}
