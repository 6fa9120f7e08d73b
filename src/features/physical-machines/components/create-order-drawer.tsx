import { useState } from 'react';
import { App, Form, Input, Select } from 'antd';
import { useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { FormDrawer } from '@/components/form-drawer/form-drawer';
import { useRules } from '@/components/form-drawer/use-rules';
import { useProjectNames } from '@/hooks/use-project-names';
import { createPmOrder, pmOrderKeys } from '@/api/resources/physical-machines';
import { invalidEmails, MAX_SNIDS, parseSnids } from '../model/lists';

type Values = { snids: string; dest_project: string; mailto?: string[] };
type Props = { open: boolean; onClose: () => void; projectId: string };

/** A keystone id as pasted: 32 hex digits or a UUID. */
const PROJECT_ID = /^([0-9a-f]{32}|[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12})$/i;

/** A transfer order (001:L48): pasted serial numbers, the receiving organization, who to notify. */
export function CreateOrderDrawer({ open, onClose, projectId }: Props) {
  const { t } = useTranslation('physical-machines');
  const { message } = App.useApp();
  const rules = useRules();
  const qc = useQueryClient();
  const { projects } = useProjectNames(open);
  const [search, setSearch] = useState('');
  const options = (projects ?? [])
    .filter((p) => p.enabled && p.id !== projectId)
    .map((p) => ({ value: p.id, label: `${p.name} (${p.id.slice(0, 8)})` }));
  const typed = search.trim();
  if (PROJECT_ID.test(typed) && typed !== projectId && !options.some((o) => o.value === typed))
    options.push({ value: typed, label: t('form.dest_project.useId', { id: typed }) });

  return (
    <FormDrawer<Values>
      title={t('title.createOrder')}
      open={open}
      onClose={onClose}
      size={520}
      fieldAliases={{
        'body/snids': 'snids',
        'body/dest_project': 'dest_project',
        'body/mailto': 'mailto',
      }}
      onSubmit={async (values) => {
        const { snids } = parseSnids(values.snids);
        await createPmOrder(projectId, {
          snids: snids.join(','),
          dest_project: values.dest_project,
          ...(values.mailto?.length
            ? { mailto: values.mailto.map((m) => m.trim()).join(',') }
            : {}),
        });
        void qc.invalidateQueries({ queryKey: pmOrderKeys.all });
        void message.success(t('messages.created', { count: snids.length }));
      }}
    >
      <Form.Item
        name="snids"
        label={t('fields.snids')}
        extra={t('form.snids.help', { max: MAX_SNIDS })}
        rules={[
          rules.required(),
          {
            validator: async (_r: unknown, value: unknown) => {
              const { snids, invalid } = parseSnids(typeof value === 'string' ? value : '');
              if (invalid.length)
                throw new Error(t('form.snids.invalid', { list: invalid.slice(0, 5).join(', ') }));
              if (snids.length > MAX_SNIDS)
                throw new Error(t('form.snids.tooMany', { max: MAX_SNIDS }));
            },
          },
        ]}
      >
        <Input.TextArea rows={6} autoComplete="off" spellCheck={false} />
      </Form.Item>
      <Form.Item
        name="dest_project"
        label={t('fields.dest_project')}
        extra={t('form.dest_project.help')}
        rules={[
          rules.required(),
          {
            validator: async (_r: unknown, value: unknown) => {
              if (value === projectId) throw new Error(t('form.dest_project.sameProject'));
            },
          },
        ]}
      >
        <Select showSearch={{ optionFilterProp: 'label', onSearch: setSearch }} options={options} />
      </Form.Item>
      <Form.Item
        name="mailto"
        label={t('fields.mailto')}
        extra={t('form.mailto.help')}
        rules={[
          {
            validator: async (_r: unknown, value: unknown) => {
              const bad = invalidEmails(Array.isArray(value) ? value.map(String) : []);
              if (bad.length) throw new Error(t('form.mailto.invalid', { list: bad.join(', ') }));
            },
          },
        ]}
      >
        <Select mode="tags" tokenSeparators={[',', ';', ' ']} open={false} suffixIcon={null} />
      </Form.Item>
    </FormDrawer>
  );
}
