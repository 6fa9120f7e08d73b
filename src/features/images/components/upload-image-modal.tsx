import { useRef, useState } from 'react';
import { App, Button, Flex, Modal, Progress, Typography, Upload } from 'antd';
import { InboxOutlined } from '@ant-design/icons';
import { useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '@/components/error-alert';
import { formatBytes } from '@/i18n/format';
import { imageKeys } from '@/api/resources/images';
import { uploadImageFile, type Upload as UploadHandle } from '../api/transfer';
import type { Image } from '../model/types';

type Props = { image: Image | undefined; onClose: () => void };

/** PUT the image's bytes (004:L1609) with a progress bar and cancel. */
export function UploadImageModal({ image, onClose }: Props) {
  const { t } = useTranslation('images');
  const { message } = App.useApp();
  const qc = useQueryClient();
  const [file, setFile] = useState<File | null>(null);
  const [progress, setProgress] = useState<number | null>(null);
  const [error, setError] = useState<unknown>(null);
  const handle = useRef<UploadHandle | null>(null);
  const uploading = progress !== null;

  const reset = () => {
    setFile(null);
    setProgress(null);
    setError(null);
    handle.current = null;
  };
  const close = () => {
    handle.current?.abort();
    reset();
    onClose();
  };

  const start = async () => {
    if (!image || !file) return;
    setError(null);
    setProgress(0);
    const upload = uploadImageFile(image.id, file, (f) => setProgress(Math.round(f * 100)));
    handle.current = upload;
    try {
      await upload.promise;
      void message.success(t('messages.uploaded', { name: image.name }));
      void qc.invalidateQueries({ queryKey: imageKeys.all });
      reset();
      onClose();
    } catch (e) {
      setProgress(null);
      handle.current = null;
      if (e instanceof DOMException && e.name === 'AbortError')
        void message.info(t('messages.uploadCancelled'));
      else setError(e);
    }
  };

  return (
    <Modal
      open={image !== undefined}
      title={image ? `${t('title.upload')} · ${image.name}` : t('title.upload')}
      onCancel={close}
      mask={{ closable: !uploading }}
      keyboard={!uploading}
      footer={
        <Flex justify="flex-end" gap={8}>
          {uploading ? (
            <Button danger onClick={() => handle.current?.abort()}>
              {t('actions.cancelUpload')}
            </Button>
          ) : (
            <Button onClick={close}>{t('actions.skipUpload')}</Button>
          )}
          <Button
            type="primary"
            disabled={!file || uploading}
            loading={uploading}
            onClick={() => void start()}
          >
            {t('actions.upload')}
          </Button>
        </Flex>
      }
    >
      <Flex vertical gap={12}>
        {error ? <ErrorAlert error={error} /> : null}
        <Upload.Dragger
          multiple={false}
          maxCount={1}
          disabled={uploading}
          beforeUpload={(f) => {
            setFile(f);
            return false;
          }}
          onRemove={() => setFile(null)}
          fileList={file ? [{ uid: 'file', name: file.name, status: 'done' }] : []}
        >
          <p className="ant-upload-drag-icon">
            <InboxOutlined aria-hidden />
          </p>
          <p>{t('form.file.drop')}</p>
        </Upload.Dragger>
        {file ? <Typography.Text type="secondary">{formatBytes(file.size)}</Typography.Text> : null}
        {uploading ? (
          <Progress
            percent={progress}
            status="active"
            aria-label={t('messages.uploading', { percent: progress })}
          />
        ) : (
          <Typography.Text type="secondary">{t('form.file.hint')}</Typography.Text>
        )}
      </Flex>
    </Modal>
  );
}
