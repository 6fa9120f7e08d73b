import { App, Divider, Form, Input, Switch } from 'antd';
import { useTranslation } from 'react-i18next';
import { FormDrawer } from '@/components/form-drawer/form-drawer';
import { useRules } from '@/components/form-drawer/use-rules';
import { useFtpImport } from '@/api/resources/images';
import { LIMITS, MD5_PATTERN, toFtpRequest, type FtpFormValues } from '../model/form';
import { IMAGE_FORM_DEFAULTS, ImageMetadataFields } from './image-metadata-fields';

const ALIASES = {
  'body/glance/cas_ostype': 'osType',
  'body/glance/vmware_ostype': 'osType',
  'body/glance/os-region-name': 'region',
  'body/glance/sftp': 'sftp',
};

/** 004:L1142 — the platform pulls the file from the uploader's FTP/SFTP server. */
export function FtpImportDrawer({ open, onClose }: { open: boolean; onClose: () => void }) {
  const { t } = useTranslation('images');
  const { message } = App.useApp();
  const rules = useRules();
  const ftp = useFtpImport();
  return (
    <FormDrawer<FtpFormValues>
      title={t('title.ftp')}
      open={open}
      onClose={onClose}
      initialValues={{ ...IMAGE_FORM_DEFAULTS, sftp: true }}
      fieldAliases={ALIASES}
      size={640}
      onSubmit={async (values) => {
        const echo = await ftp.mutateAsync(toFtpRequest(values));
        void message.success(t('messages.ftpStarted', { name: echo.glance.name }));
      }}
    >
      <Form.Item
        name="localIp"
        label={t('fields.localIp')}
        rules={[rules.required(), rules.pattern('ipv4')]}
      >
        <Input placeholder="10.125.30.150" autoComplete="off" />
      </Form.Item>
      <Form.Item
        name="file_name"
        label={t('fields.file_name')}
        rules={[rules.required(), rules.maxLength(LIMITS.textMax)]}
      >
        <Input autoComplete="off" />
      </Form.Item>
      <Form.Item
        name="md5_hash"
        label={t('fields.md5_hash')}
        extra={t('form.md5_hash.help')}
        rules={[rules.required(), rules.pattern(MD5_PATTERN, t('form.md5_hash.help'))]}
      >
        <Input autoComplete="off" maxLength={32} style={{ fontFamily: 'monospace' }} />
      </Form.Item>
      <Form.Item
        name="os_username"
        label={t('fields.os_username')}
        rules={[rules.required(), rules.maxLength(LIMITS.textMax)]}
      >
        <Input autoComplete="off" />
      </Form.Item>
      <Form.Item
        name="os_password"
        label={t('fields.os_password')}
        rules={[rules.required(), rules.maxLength(LIMITS.textMax)]}
      >
        <Input.Password autoComplete="new-password" />
      </Form.Item>
      <Form.Item name="sftp" label={t('fields.sftp')} valuePropName="checked">
        <Switch />
      </Form.Item>
      <Divider />
      <ImageMetadataFields withProtected={false} />
    </FormDrawer>
  );
}
