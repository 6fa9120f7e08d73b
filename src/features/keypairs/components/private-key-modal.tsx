import { Alert, App, Button, Flex, Input, Modal } from 'antd';
import { CopyOutlined, DownloadOutlined } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';
import { downloadBlob } from '@/utils/csv';
import { pemFilename } from '../model/keypair';

type Props = {
  /** The generated key pair; undefined closes the modal (and drops the key from memory). */
  created: { name: string; privateKey: string } | undefined;
  onClose: () => void;
};

/** The generated private key, shown this once: the platform never returns it again. */
export function PrivateKeyModal({ created, onClose }: Props) {
  const { t } = useTranslation('keypairs');
  const { message } = App.useApp();
  const file = created ? pemFilename(created.name) : '';
  const download = () => {
    if (!created) return;
    downloadBlob(new Blob([created.privateKey], { type: 'application/x-pem-file' }), file);
  };
  const copy = async () => {
    if (!created) return;
    await navigator.clipboard.writeText(created.privateKey);
    void message.success(t('privateKey.copied'));
  };
  return (
    <Modal
      open={created !== undefined}
      title={created ? t('title.privateKey', { name: created.name }) : null}
      // Closing loses the key for good, so only the explicit button does it.
      mask={{ closable: false }}
      keyboard={false}
      closable={false}
      width={640}
      destroyOnHidden
      footer={
        <Button type="primary" onClick={onClose}>
          {t('actions.done')}
        </Button>
      }
    >
      <Flex vertical gap={12}>
        <Alert type="warning" showIcon title={t('privateKey.warning')} />
        <Input.TextArea
          aria-label={t('fields.private_key')}
          readOnly
          value={created?.privateKey ?? ''}
          autoSize={{ minRows: 8, maxRows: 14 }}
          style={{ fontFamily: 'monospace', fontSize: 12 }}
        />
        <Flex gap={8} wrap>
          <Button icon={<DownloadOutlined aria-hidden />} onClick={download}>
            {t('actions.download', { file })}
          </Button>
          <Button icon={<CopyOutlined aria-hidden />} onClick={() => void copy()}>
            {t('actions.copy')}
          </Button>
        </Flex>
      </Flex>
    </Modal>
  );
}
