// Edit a node: the form's changes sent as one JSON Patch (ironic PATCH); a masked password left
// empty is kept.
import { App } from 'antd';
import { useTranslation } from 'react-i18next';
import { useUpdateNode, type BmNode } from '@/api/resources/bare-metal';
import { FormDrawer } from '@/components/form-drawer/form-drawer';
import { fromNode, toPatch, type NodeFormValues } from '../model/enroll';
import { nodeName } from './node-columns';
import { NodeFormFields } from './node-form-fields';

export function EditNodeDrawer({
  node,
  onClose,
}: {
  node: BmNode | undefined;
  onClose: () => void;
}) {
  const { t } = useTranslation('bare-metal');
  const { message } = App.useApp();
  const update = useUpdateNode();
  const before = node ? fromNode(node) : undefined;
  return (
    <FormDrawer<NodeFormValues>
      title={t('title.edit', { name: node ? nodeName(node) : '' })}
      open={node !== undefined}
      onClose={onClose}
      size={560}
      initialValues={before}
      onSubmit={async (values) => {
        if (!node || !before) return;
        const patch = toPatch(before, values);
        if (patch.length === 0) {
          void message.info(t('messages.noChanges'));
          return;
        }
        const saved = await update.mutateAsync({ id: node.uuid, patch });
        void message.success(t('messages.saved', { name: nodeName(saved) }));
      }}
    >
      <NodeFormFields editing />
    </FormDrawer>
  );
}
