import { useCallback, useState, type ReactNode } from 'react';
import { ConfirmDialog, type ConfirmOptions } from './confirm-dialog';

type Pending = { options: ConfirmOptions; resolve: (ok: boolean) => void };

/**
 * `const { confirm, holder } = useConfirm()`; render `holder` once, then
 * `if (await confirm({ title, danger: true, typeToConfirm })) ...`.
 */
export function useConfirm(): {
  confirm: (options: ConfirmOptions) => Promise<boolean>;
  holder: ReactNode;
} {
  const [pending, setPending] = useState<Pending | null>(null);
  const confirm = useCallback(
    (options: ConfirmOptions) =>
      new Promise<boolean>((resolve) => {
        // A second request while one is open answers the first with "no".
        setPending((prev) => {
          prev?.resolve(false);
          return { options, resolve };
        });
      }),
    [],
  );
  const answer = (ok: boolean) => {
    pending?.resolve(ok);
    setPending(null);
  };
  const holder = pending ? (
    <ConfirmDialog
      {...pending.options}
      open
      onOk={() => answer(true)}
      onCancel={() => answer(false)}
    />
  ) : null;
  return { confirm, holder };
}
