import { useEffect, useMemo, useRef } from 'react';
import { Alert, App, Form, Input, Select } from 'antd';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { FormDrawer } from '@/components/form-drawer/form-drawer';
import { useRules } from '@/components/form-drawer/use-rules';
import { flavorQueries } from '@/api/resources/flavors';
import { imageQueries } from '@/api/resources/images';
import { projectQueries } from '@/api/resources/projects';
import { useCreateServerTemplate, useUpdateServerTemplate } from '@/api/resources/server-templates';
import { useSession, useViewer } from '@/hooks/use-session';
import { formatBytes } from '@/i18n/format';
import {
  FIELD_ALIASES,
  fromTemplate,
  LIMITS,
  NAME_PATTERN,
  NEW_TEMPLATE,
  SERVER_TYPES,
  toCreateRequest,
  toUpdateRequest,
  type ServerTemplate,
  type TemplateFormValues,
} from '../model/server-template';
import { goneRefs, type RefField } from '../model/gone-refs';

type Props = { open: boolean; editing: ServerTemplate | undefined; onClose: () => void };

/** Create (004:L11616) or edit (004:L11770) a template of the organisation. */
export function ServerTemplateFormDrawer({ open, editing, onClose }: Props) {
  const { t } = useTranslation('server-templates');
  const { message } = App.useApp();
  const viewer = useViewer();
  const session = useSession();
  const rules = useRules();
  const create = useCreateServerTemplate();
  const update = useUpdateServerTemplate();
  const projectId = editing?.metadata.projectId ?? viewer.projectId;
  const images = useQuery({ ...imageQueries.all(viewer.projectId), enabled: open });
  const flavors = useQuery({ ...flavorQueries.list(viewer.projectId), enabled: open });
  const zones = useQuery({
    ...projectQueries.azones(projectId),
    enabled: open && projectId !== '',
    select: (d) => d.assigments.map((a) => a.azone).filter((z) => z.resourceType === 'nova'),
  });
  const imageIds = useMemo(() => images.data?.map((i) => i.id), [images.data]);
  const flavorIds = useMemo(() => flavors.data?.map((f) => f.id), [flavors.data]);
  const zoneIds = useMemo(() => zones.data?.map((z) => z.id), [zones.data]);
  const gone = useMemo(
    () =>
      editing ? goneRefs(editing, { images: imageIds, flavors: flavorIds, zones: zoneIds }) : [],
    [editing, imageIds, flavorIds, zoneIds],
  );
  return (
    <FormDrawer<TemplateFormValues>
      title={editing ? t('title.edit') : t('title.create')}
      open={open}
      onClose={onClose}
      size={560}
      initialValues={editing ? fromTemplate(editing) : NEW_TEMPLATE}
      fieldAliases={FIELD_ALIASES}
      onSubmit={async (values) => {
        if (editing) await update.mutateAsync(toUpdateRequest(editing, values, zones.data));
        else
          await create.mutateAsync(
            toCreateRequest(values, {
              projectId,
              userId: session?.user.id ?? '',
              zones: zones.data,
            }),
          );
        void message.success(
          t(editing ? 'messages.updated' : 'messages.created', { name: values.name.trim() }),
        );
      }}
    >
      {editing ? <GoneNotes template={editing} gone={gone} /> : null}
      <Form.Item
        name="name"
        label={t('fields.name')}
        extra={t('form.name.help')}
        rules={[
          rules.required(),
          rules.maxLength(LIMITS.nameMax),
          rules.pattern(NAME_PATTERN, t('form.name.invalid')),
        ]}
      >
        <Input maxLength={LIMITS.nameMax} showCount autoComplete="off" />
      </Form.Item>
      <Form.Item name="normUuid" label={t('fields.serverType')} rules={[rules.required()]}>
        <Select
          options={SERVER_TYPES.map((s) => ({ value: s.uuid, label: t(`serverType.${s.key}`) }))}
        />
      </Form.Item>
      <Form.Item name="imageId" label={t('fields.image')} rules={[rules.required()]}>
        <Select
          showSearch={{ optionFilterProp: 'label' }}
          loading={images.isPending}
          placeholder={t('form.image.placeholder')}
          options={(images.data ?? [])
            .filter((i) => i.status === 'active')
            .map((i) => ({ value: i.id, label: i.name }))}
        />
      </Form.Item>
      <Form.Item name="flavorId" label={t('fields.flavor')} rules={[rules.required()]}>
        <Select
          showSearch={{ optionFilterProp: 'label' }}
          loading={flavors.isPending}
          placeholder={t('form.flavor.placeholder')}
          options={(flavors.data ?? [])
            .filter((f) => !f['OS-FLV-DISABLED:disabled'])
            .map((f) => ({
              value: f.id,
              label: `${f.name} · ${t('refs.flavorSummary', {
                vcpus: f.vcpus,
                ram: formatBytes(f.ram, undefined, { from: 'MiB' }),
                disk: f.disk,
              })}`,
            }))}
        />
      </Form.Item>
      <Form.Item name="zoneId" label={t('fields.zone')} rules={[rules.required()]}>
        <Select
          loading={zones.isPending}
          placeholder={t('form.zone.placeholder')}
          options={(zones.data ?? []).map((z) => ({
            value: z.id,
            label: z.labelName && z.labelName !== z.zone ? `${z.labelName} (${z.zone})` : z.zone,
          }))}
        />
      </Form.Item>
      <Form.Item
        name="storageType"
        label={t('fields.storageType')}
        rules={[rules.required(), rules.maxLength(LIMITS.textMax)]}
      >
        <Input maxLength={LIMITS.textMax} autoComplete="off" />
      </Form.Item>
      <Form.Item
        name="storagePool"
        label={t('fields.storagePool')}
        extra={t('form.storagePool.help')}
        rules={[rules.maxLength(LIMITS.textMax)]}
      >
        <Input maxLength={LIMITS.textMax} autoComplete="off" />
      </Form.Item>
      <Form.Item
        name="description"
        label={t('fields.description')}
        rules={[rules.maxLength(LIMITS.descriptionMax)]}
      >
        <Input.TextArea rows={2} maxLength={LIMITS.descriptionMax} showCount />
      </Form.Item>
    </FormDrawer>
  );
}

/**
 * A template may name an image, flavor or zone that no longer exists: the field is emptied (so
 * the user must pick a live one) and a note says what was there.
 */
function GoneNotes({ template, gone }: { template: ServerTemplate; gone: readonly RefField[] }) {
  const { t } = useTranslation('server-templates');
  const form = Form.useFormInstance<TemplateFormValues>();
  // Each field is emptied once, when its list first shows the reference gone: a later refetch
  // must not undo what the user picked since.
  const cleared = useRef(new Set<RefField>());
  useEffect(() => {
    for (const f of gone) {
      if (cleared.current.has(f)) continue;
      cleared.current.add(f);
      form.setFieldValue(f, undefined);
    }
  }, [gone, form]);
  if (gone.length === 0) return null;
  return (
    <Alert
      type="warning"
      showIcon
      style={{ marginBottom: 16 }}
      title={t('form.gone.title')}
      description={gone.map((f) => (
        <div key={f}>
          {t(`form.gone.${f}`, {
            id:
              f === 'imageId'
                ? template.image_uuid
                : f === 'flavorId'
                  ? template.flavor_uuid
                  : template.availability_zone,
          })}
        </div>
      ))}
    />
  );
}
