// Create or edit a whole-VM snapshot. The name is checked against the server's snapshots
// (`checkName`) before the form is sent; memory can be included only while the server runs.
import { Checkbox, Form, Input, Radio } from 'antd';
import { useTranslation } from 'react-i18next';
import { FormDrawer } from '@/components/form-drawer/form-drawer';
import { useRules } from '@/components/form-drawer/use-rules';
import {
  isVmSnapshotNameFree,
  useCreateVmSnapshot,
  useUpdateVmSnapshot,
} from '@/api/resources/vm-snapshots';
import {
  canSnapshotMemory,
  SNAPSHOT_NAME,
  toCreateRequest,
  type VmSnapshotFormValues,
  type VmSnapshotRow,
} from '../model/vm-snapshots';
import type { Server } from '../model/types';

type Props = {
  server: Server;
  /** The snapshot to edit; none to create one. */
  editing: VmSnapshotRow | undefined;
  open: boolean;
  onClose: () => void;
  onDone: (name: string) => void;
};

export function VmSnapshotDrawer({ server, editing, open, onClose, onDone }: Props) {
  const { t } = useTranslation('servers');
  const rules = useRules();
  const create = useCreateVmSnapshot(server.id);
  const update = useUpdateVmSnapshot(server.id);
  const memory = canSnapshotMemory(server);
  const unique = {
    validator: async (_: unknown, value: unknown) => {
      const name = typeof value === 'string' ? value.trim() : '';
      if (!name || !SNAPSHOT_NAME.test(name) || name === editing?.name) return;
      if (!(await isVmSnapshotNameFree(server.id, name)))
        throw new Error(t('vmSnapshots.form.nameTaken'));
    },
    validateTrigger: 'onBlur',
  };
  return (
    <FormDrawer<VmSnapshotFormValues>
      title={editing ? t('vmSnapshots.form.editTitle') : t('vmSnapshots.form.createTitle')}
      open={open}
      onClose={onClose}
      initialValues={
        editing
          ? { name: editing.name, desc: editing.desc ?? '' }
          : { snapMem: false, snapshotMode: '2' }
      }
      submitText={editing ? t('vmSnapshots.actions.save') : t('vmSnapshots.actions.create')}
      fieldAliases={{ 'body/snapName': 'name' }}
      onSubmit={async (v) => {
        if (editing) {
          const name = v.name.trim();
          await update.mutateAsync({ name: editing.name, snapName: name, desc: v.desc ?? '' });
          return name;
        }
        const body = toCreateRequest(v);
        await create.mutateAsync(body);
        return body.name;
      }}
      onSuccess={(name) => onDone(typeof name === 'string' ? name : '')}
    >
      <Form.Item
        name="name"
        label={t('vmSnapshots.fields.name')}
        validateFirst
        rules={[
          rules.required(),
          rules.maxLength(64),
          rules.pattern(SNAPSHOT_NAME, t('vmSnapshots.form.namePattern')),
          unique,
        ]}
      >
        <Input autoComplete="off" />
      </Form.Item>
      <Form.Item name="desc" label={t('vmSnapshots.fields.desc')} rules={[rules.maxLength(255)]}>
        <Input.TextArea rows={2} />
      </Form.Item>
      {editing ? null : (
        <>
          <Form.Item
            name="snapMem"
            valuePropName="checked"
            extra={memory ? t('vmSnapshots.form.memoryHelp') : t('vmSnapshots.form.memoryOff')}
          >
            <Checkbox disabled={!memory}>{t('vmSnapshots.fields.snapMem')}</Checkbox>
          </Form.Item>
          <Form.Item name="snapshotMode" label={t('vmSnapshots.fields.mode')}>
            <Radio.Group
              options={[
                { value: '2', label: t('vmSnapshots.mode.2') },
                { value: '1', label: t('vmSnapshots.mode.1') },
              ]}
            />
          </Form.Item>
        </>
      )}
    </FormDrawer>
  );
}
