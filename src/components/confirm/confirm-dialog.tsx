import { useId, useState, type ReactNode } from 'react';
import { Flex, Input, Modal, Typography, type InputRef } from 'antd';
import { useTranslation } from 'react-i18next';
import { useFocusWhenOpen } from '@/hooks/use-focus-when-open';

export type ConfirmOptions = {
  /** Already translated. */
  title: string;
  content?: ReactNode;
  danger?: boolean;
  okText?: string;
  /**
   * The user must type this text (the name of the one item, or the number of items) before the
   * confirm button is enabled: a second look for destructive steps.
   */
  typeToConfirm?: { readonly kind: 'name' | 'count'; readonly value: string };
};

type Props = ConfirmOptions & { open: boolean; onOk: () => void; onCancel: () => void };

export function ConfirmDialog({ open, onOk, onCancel, ...options }: Props) {
  const { t } = useTranslation('ui');
  const inputId = useId();
  const [fieldRef, focusField] = useFocusWhenOpen<InputRef>();
  const [typed, setTyped] = useState('');
  const expected = options.typeToConfirm?.value;
  const matches = expected === undefined || typed.trim() === expected;
  const close = (confirmed: boolean) => {
    setTyped('');
    if (confirmed) onOk();
    else onCancel();
  };
  return (
    <Modal
      open={open}
      title={options.title}
      okText={options.okText ?? t('confirm.ok')}
      cancelText={t('confirm.cancel')}
      okButtonProps={{ danger: options.danger, disabled: !matches }}
      onOk={() => matches && close(true)}
      onCancel={() => close(false)}
      destroyOnHidden
      width={480}
      afterOpenChange={focusField}
    >
      <Flex vertical gap={12}>
        {options.content}
        {options.typeToConfirm ? (
          <div>
            <label htmlFor={inputId}>
              <Typography.Text>
                {options.typeToConfirm.kind === 'name'
                  ? t('confirm.typeName')
                  : t('confirm.typeCount')}{' '}
                <Typography.Text code strong>
                  {options.typeToConfirm.value}
                </Typography.Text>
              </Typography.Text>
            </label>
            <Input
              id={inputId}
              value={typed}
              autoComplete="off"
              ref={fieldRef}
              autoFocus
              onChange={(e) => setTyped(e.target.value)}
              onPressEnter={() => matches && close(true)}
              style={{ marginTop: 8 }}
            />
          </div>
        ) : null}
      </Flex>
    </Modal>
  );
}
