import { Form, Select } from 'antd';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { useQueryClient } from '@tanstack/react-query';
import { startBatch, setBatchDrawerOpen } from '@/components/batch/batch-store';
import { FormDrawer } from '@/components/form-drawer/form-drawer';
import { useRules } from '@/components/form-drawer/use-rules';
import { useViewer } from '@/hooks/use-session';
import { rootKeys } from '@/api/root-keys';
import { projectQueries } from '@/api/resources/projects';
import { updateQuotaSets } from '@/api/resources/quotas';
import type { QuotaTemplate } from '@/api/resources/quota-templates';
import { templateToQuotaSets } from '../model/template';

type Props = { open: boolean; onClose: () => void; template: QuotaTemplate | undefined };
type Values = { organizations: string[] };

/**
 * Apply a template to many organisations through the batch runner: one os-quota-sets write per
 * organisation, each with its own result (one over a limit is refused with its usage).
 */
export function ApplyTemplateDrawer({ open, onClose, template }: Props) {
  const { t } = useTranslation('quotas');
  const rules = useRules();
  const qc = useQueryClient();
  const { projectId } = useViewer();
  const projects = useQuery({ ...projectQueries.list(), enabled: open });
  return (
    <FormDrawer<Values>
      title={t('title.apply', { name: template?.name ?? '' })}
      open={open && template !== undefined}
      onClose={onClose}
      submitText={t('actions.applyOk')}
      initialValues={{ organizations: [] }}
      onSubmit={async ({ organizations }) => {
        if (!template) return;
        const byId = new Map((projects.data ?? []).map((p) => [p.id, p]));
        const body = templateToQuotaSets(template);
        startBatch({
          title: t('title.apply', { name: template.name }),
          items: organizations,
          keyOf: (id) => id,
          nameOf: (id) => byId.get(id)?.name ?? id,
          run: (id) => updateQuotaSets(projectId, id, body),
          onSettled: () => void qc.invalidateQueries({ queryKey: rootKeys.quotas }),
        });
        setBatchDrawerOpen(true);
      }}
    >
      <Form.Item
        name="organizations"
        label={t('fields.organizations')}
        extra={t('form.organizations.help')}
        rules={[rules.required()]}
      >
        <Select
          mode="multiple"
          showSearch
          optionFilterProp="label"
          loading={projects.isPending}
          options={(projects.data ?? []).map((p) => ({ value: p.id, label: p.name }))}
        />
      </Form.Item>
    </FormDrawer>
  );
}
