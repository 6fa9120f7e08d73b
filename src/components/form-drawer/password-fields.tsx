import { Flex, Form, Input } from 'antd';
import { useRules } from './use-rules';

type Props = {
  /** Already translated, like every text below. */
  label: string;
  help: string;
  confirmLabel: string;
  /** Shown on the confirmation when the two differ. */
  mismatch: string;
  /**
   * The password's form field; its confirmation is `<name>Confirm`, a name form drafts leave
   * out like the password itself.
   */
  name?: string;
};

/**
 * An administrator password typed twice, side by side: 6–64 characters (the platform's limits
 * for a server's and a bare-metal instance's login), the second equal to the first.
 */
export function PasswordFields({ label, help, confirmLabel, mismatch, name = 'password' }: Props) {
  const rules = useRules();
  return (
    <Flex gap={16}>
      <Form.Item
        name={name}
        label={label}
        extra={help}
        rules={[rules.required(), rules.minLength(6), rules.maxLength(64)]}
        style={{ flex: 1 }}
      >
        <Input.Password autoComplete="new-password" />
      </Form.Item>
      <Form.Item
        name={`${name}Confirm`}
        label={confirmLabel}
        dependencies={[name]}
        rules={[
          rules.required(),
          ({ getFieldValue }) => ({
            validator: async (_r, v: unknown) => {
              if (v !== getFieldValue(name)) throw new Error(mismatch);
            },
          }),
        ]}
        style={{ flex: 1 }}
      >
        <Input.Password autoComplete="new-password" />
      </Form.Item>
    </Flex>
  );
}
