import { App, Divider, Form, Input, InputNumber } from 'antd';
import { useTranslation } from 'react-i18next';
import { FormDrawer } from '@/components/form-drawer/form-drawer';
import { useRules } from '@/components/form-drawer/use-rules';
import {
  useCreateQuotaTemplate,
  useUpdateQuotaTemplate,
  type QuotaTemplate,
} from '@/api/resources/quota-templates';
import {
  COUNTER_SECTIONS,
  GIB_COUNTERS,
  emptyTemplate,
  fromTemplate,
  toTemplateRequest,
  type TemplateFormValues,
} from '../model/template';

const WIDE = { width: '100%' } as const;
type Props = { open: boolean; onClose: () => void; template?: QuotaTemplate };

/** Create a template, or edit `template` (its uuid goes in the body, I-32). */
export function TemplateDrawer({ open, onClose, template }: Props) {
  const { t } = useTranslation('quotas');
  const { message } = App.useApp();
  const rules = useRules();
  const create = useCreateQuotaTemplate();
  const update = useUpdateQuotaTemplate();
  return (
    <FormDrawer<TemplateFormValues>
      title={
        template ? t('title.editTemplate', { name: template.name }) : t('title.createTemplate')
      }
      open={open}
      onClose={onClose}
      size={560}
      initialValues={template ? fromTemplate(template) : emptyTemplate()}
      onSubmit={async (values) => {
        const body = toTemplateRequest(values);
        if (template) {
          await update.mutateAsync({ ...body, uuid: template.uuid });
          void message.success(t('messages.updated', { name: body.name }));
        } else {
          await create.mutateAsync(body);
          void message.success(t('messages.created', { name: body.name }));
        }
      }}
    >
      <Form.Item
        name="name"
        label={t('fields.name')}
        rules={[rules.required(), rules.maxLength(128)]}
      >
        <Input autoComplete="off" />
      </Form.Item>
      <Form.Item name="extra" label={t('fields.extra')} rules={[rules.maxLength(2048)]}>
        <Input.TextArea rows={2} />
      </Form.Item>
      {COUNTER_SECTIONS.map((section) => (
        <div key={section.key}>
          <Divider titlePlacement="start">{t(`groups.${section.key}`)}</Divider>
          {section.counters.map((key) => (
            <Form.Item
              key={key}
              name={key}
              label={t(`counters.${key}`)}
              extra={GIB_COUNTERS.has(key) ? t('form.gibHelp') : undefined}
              rules={[rules.required(), rules.integer({ min: -1, max: 99_999_999_999 })]}
            >
              <InputNumber
                style={WIDE}
                precision={0}
                suffix={GIB_COUNTERS.has(key) ? t('units.gib') : undefined}
              />
            </Form.Item>
          ))}
        </div>
      ))}
    </FormDrawer>
  );
}
