// Enroll a node (004:L13586): the node with its driver info and hardware, then one port per MAC.
import { useRef } from 'react';
import { App, Button, Divider, Flex, Form, Input } from 'antd';
import { MinusCircleOutlined, PlusOutlined } from '@ant-design/icons';
import { useNavigate } from 'react-router';
import { useTranslation } from 'react-i18next';
import { useEnrollNode } from '@/api/resources/bare-metal';
import { FormDrawer } from '@/components/form-drawer/form-drawer';
import { isMac, toCreateRequest, type NodeFormValues } from '../model/enroll';
import { NodeFormFields } from './node-form-fields';

export function EnrollNodeDrawer({ open, onClose }: { open: boolean; onClose: () => void }) {
  const { t } = useTranslation('bare-metal');
  const { message } = App.useApp();
  const navigate = useNavigate();
  const enroll = useEnrollNode();
  // The drawer closes after a successful submit; closing then opens the new node instead of
  // dropping `?drawer` from the list's URL (which would undo the navigation).
  const enrolled = useRef<string | null>(null);
  const close = () => {
    const id = enrolled.current;
    enrolled.current = null;
    if (id) void navigate(`/bare-metal/nodes/${id}`);
    else onClose();
  };
  return (
    <FormDrawer<NodeFormValues>
      title={t('title.enroll')}
      open={open}
      onClose={close}
      size={560}
      initialValues={{ driver: 'ipmi', macs: [''] }}
      fieldAliases={{ 'body/name': 'name', 'body/driver': 'driver' }}
      onSubmit={async (values) => {
        const { body, macs } = toCreateRequest(values);
        const res = await enroll.mutateAsync({ body, macs });
        const name = res.node.name ?? res.node.uuid;
        if (res.failed.length > 0)
          void message.warning(
            t('messages.portsFailed', { macs: res.failed.map((f) => f.mac).join(', ') }),
          );
        else void message.success(t('messages.enrolled', { name }));
        enrolled.current = res.node.uuid;
      }}
    >
      <NodeFormFields />
      <Divider titlePlacement="start">{t('form.sectionPorts')}</Divider>
      <Form.List name="macs">
        {(fields, { add, remove }) => (
          <Flex vertical gap={0}>
            {fields.map((field, i) => (
              <Flex key={field.key} gap={8} align="baseline">
                <Form.Item
                  name={field.name}
                  label={i === 0 ? t('form.macs') : undefined}
                  extra={i === fields.length - 1 ? t('form.macsHelp') : undefined}
                  style={{ flex: 1 }}
                  rules={[
                    {
                      validator: async (_r: unknown, value: unknown) => {
                        if (typeof value === 'string' && value.trim() !== '' && !isMac(value))
                          throw new Error(t('form.invalidMac'));
                      },
                    },
                  ]}
                >
                  <Input
                    autoComplete="off"
                    placeholder="52:54:00:12:34:56"
                    aria-label={`${t('fields.address')} ${i + 1}`}
                  />
                </Form.Item>
                {fields.length > 1 ? (
                  <Button
                    type="text"
                    aria-label={t('form.removeMac')}
                    icon={<MinusCircleOutlined aria-hidden />}
                    onClick={() => remove(field.name)}
                  />
                ) : null}
              </Flex>
            ))}
            <Button
              type="dashed"
              icon={<PlusOutlined aria-hidden />}
              onClick={() => add('')}
              style={{ alignSelf: 'flex-start' }}
            >
              {t('form.addMac')}
            </Button>
          </Flex>
        )}
      </Form.List>
    </FormDrawer>
  );
}
