// Adopt (纳管) one VM as a server of a project: the flavor must hold the VM (suggested: the
// smallest that does), the image and network are the project's choices.
import { useEffect, useState } from 'react';
import { App, Form, Input, Select } from 'antd';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { flavorQueries } from '@/api/resources/flavors';
import { adoptCasVm, adoptVmwareVm, resourcePoolKeys } from '@/api/resources/resource-pools';
import { rootKeys } from '@/api/root-keys';
import { FormDrawer } from '@/components/form-drawer/form-drawer';
import { useRules } from '@/components/form-drawer/use-rules';
import { useViewer } from '@/hooks/use-session';
import { formatBytes } from '@/i18n/format';
import type { NodeRef } from '../api/use-pool-data';
import {
  flavorFits,
  suggestFlavor,
  toCasAdopt,
  toVmwAdopt,
  type AdoptValues,
  type PoolKind,
  type PoolVm,
} from '../model/pool';
import { ImageField, NetworkField, ProjectField } from './adopt-fields';

const FIELD_ALIASES = {
  'body/server/flavor': 'flavor',
  'body/server/image': 'image',
  'body/server/availability_zone': 'projectId',
} as const;

export function AdoptDrawer(props: {
  kind: PoolKind;
  n: NodeRef;
  zone: string;
  vm: PoolVm | undefined;
  open: boolean;
  onClose: () => void;
}) {
  const { kind, n, zone, vm, open, onClose } = props;
  const { t } = useTranslation('resource-pools');
  const { message } = App.useApp();
  const rules = useRules();
  const qc = useQueryClient();
  const { projectId } = useViewer();
  const [target, setTarget] = useState('');
  const flavors = useQuery({ ...flavorQueries.list(projectId), enabled: open && projectId !== '' });
  const suggested = vm ? suggestFlavor(vm, flavors.data ?? []) : undefined;
  if (!vm) return null;
  const mem = formatBytes(vm.memoryMB, undefined, { from: 'MiB', fractionDigits: 1 });
  return (
    <FormDrawer<AdoptValues>
      title={`${t('title.adopt')}: ${vm.title}`}
      open={open}
      onClose={onClose}
      size={520}
      fieldAliases={FIELD_ALIASES}
      initialValues={{ name: vm.title, flavor: suggested?.id }}
      onSubmit={async (values) => {
        await (kind === 'cas'
          ? adoptCasVm(values.projectId, toCasAdopt(vm, values, zone, n.node))
          : adoptVmwareVm(values.projectId, toVmwAdopt(vm, values, zone, n.node)));
        void message.success(t('messages.adopted', { name: values.name }));
        await Promise.all([
          qc.invalidateQueries({ queryKey: resourcePoolKeys.node(n) }),
          qc.invalidateQueries({ queryKey: rootKeys.servers }),
        ]);
      }}
    >
      <SuggestFlavor id={suggested?.id} />
      <ProjectField zone={zone} onChange={setTarget} />
      <Form.Item
        name="name"
        label={t('adopt.name')}
        rules={[rules.required(), rules.maxLength(255)]}
      >
        <Input autoComplete="off" />
      </Form.Item>
      <Form.Item
        name="flavor"
        label={t('adopt.flavor')}
        extra={t('adopt.flavorHelp', { cpu: vm.cpu, memory: mem })}
        rules={[rules.required()]}
      >
        <Select
          showSearch
          optionFilterProp="label"
          loading={flavors.isPending}
          options={(flavors.data ?? []).map((f) => ({
            value: f.id,
            disabled: !flavorFits(vm, f),
            label: `${f.name} · ${f.vcpus} vCPU · ${formatBytes(f.ram, undefined, { from: 'MiB' })}${
              flavorFits(vm, f) ? '' : ` (${t('adopt.tooSmall')})`
            }`,
          }))}
        />
      </Form.Item>
      <ImageField />
      <NetworkField projectId={target} />
    </FormDrawer>
  );
}

/** Fills the flavor with the smallest that holds the VM once the flavors have loaded. */
function SuggestFlavor({ id }: { id: string | undefined }) {
  const form = Form.useFormInstance<AdoptValues>();
  useEffect(() => {
    if (id && !form.getFieldValue('flavor')) form.setFieldValue('flavor', id);
  }, [form, id]);
  return null;
}
