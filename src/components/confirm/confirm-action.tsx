import { useState, type ReactNode } from 'react';
import { Button, message as antMessage } from 'antd';
import { useTranslation } from 'react-i18next';
import { errorInfo } from '@/utils/error-info';
import type { ConfirmOptions } from './confirm-dialog';
import { useConfirm } from './use-confirm';

export type ConfirmActionProps = {
  confirm: ConfirmOptions;
  onConfirm: () => unknown;
  /** The button label, already translated. */
  children: ReactNode;
  icon?: ReactNode;
  danger?: boolean;
  disabled?: boolean;
  type?: 'default' | 'primary' | 'link' | 'text';
};

/** A button that asks first, then runs; loading while it runs, the error as a message if it fails. */
export function ConfirmAction(props: ConfirmActionProps) {
  const { t } = useTranslation('ui');
  const { confirm, holder } = useConfirm();
  // Local holder rather than App.useApp(): works whether or not the shell mounts antd's <App>.
  const [message, messageHolder] = antMessage.useMessage();
  const [running, setRunning] = useState(false);
  const onClick = async () => {
    if (!(await confirm({ danger: props.danger, ...props.confirm }))) return;
    setRunning(true);
    try {
      await props.onConfirm();
    } catch (error) {
      const info = errorInfo(error);
      message.error(info.requestId ? t('error.withRequestId', { ...info }) : info.message);
    } finally {
      setRunning(false);
    }
  };
  return (
    <>
      <Button
        type={props.type}
        danger={props.danger}
        icon={props.icon}
        disabled={props.disabled}
        loading={running}
        onClick={onClick}
      >
        {props.children}
      </Button>
      {holder}
      {messageHolder}
    </>
  );
}
