import { useCallback, type ReactNode } from 'react';
import { useQueryClient } from '@tanstack/react-query';
import { useNavigate } from 'react-router';
import { useTranslation } from 'react-i18next';
import { startBatch } from '@/components/batch/batch-store';
import { useConfirm } from '@/components/confirm/use-confirm';
import { followAction } from '@/components/task-centre/record';
import { confirmTarget, partitionByGuard, resolveLabel } from './action-logic';
import { ConfirmContent } from './confirm-content';
import { isRunAction, type ActionContext, type ItemIdentity, type ResourceAction } from './types';

export type ActionRunner<T> = {
  /** Guard, confirm, then start a batch; resolves with the batch id, or null if nothing ran. */
  run: (action: ResourceAction<T>, items: readonly T[]) => Promise<string | null>;
  holder: ReactNode;
};

export function useActionRunner<T>({ keyOf, nameOf }: ItemIdentity<T>): ActionRunner<T> {
  const { t, i18n } = useTranslation('ui');
  const queryClient = useQueryClient();
  const navigate = useNavigate();
  const { confirm, holder } = useConfirm();

  const run = useCallback(
    async (action: ResourceAction<T>, items: readonly T[]) => {
      const ctx: ActionContext = { queryClient, navigate };
      const name = nameOf ?? keyOf;
      const { eligible, skipped } = partitionByGuard(items, action.guard);
      const [first] = eligible;
      if (first === undefined) return null;
      if (!isRunAction(action)) {
        action.open(first, ctx);
        return null;
      }
      const label = resolveLabel(i18n, action.label);
      const spec = action.confirm;
      if (spec) {
        const title =
          typeof spec.title === 'function'
            ? spec.title(eligible)
            : (spec.title ??
              (eligible.length === 1
                ? t('confirm.titleOne', { action: label, name: name(first) })
                : t('confirm.titleMany', { action: label, count: eligible.length })));
        const extra = typeof spec.content === 'function' ? spec.content(eligible) : spec.content;
        const ok = await confirm({
          title,
          danger: action.danger,
          okText: spec.okText ?? label,
          typeToConfirm: spec.typeToConfirm ? confirmTarget(eligible, name) : undefined,
          content: (
            <ConfirmContent
              names={eligible.map(name)}
              skipped={skipped.map((s) => ({ name: name(s.item), reason: s.reason }))}
              extra={extra}
              irreversible={action.danger}
            />
          ),
        });
        if (!ok) return null;
      }
      const { onSettled, follow } = action;
      // An accepted long-running operation becomes a task of its own, followed to its end.
      const runOne = async (item: T) => {
        const result = await action.run(item, ctx);
        if (follow)
          followAction(`${label} ${name(item)}`, follow(item), () => action.run(item, ctx));
        return result;
      };
      return startBatch({
        title: label,
        // Skipped items go in too: the ledger shows them with their reason.
        items,
        keyOf,
        nameOf: name,
        guard: action.guard,
        run: runOne,
        followed: follow !== undefined,
        concurrency: action.concurrency,
        onSettled: onSettled ? (result) => onSettled(result, ctx) : undefined,
      });
    },
    [confirm, i18n, keyOf, nameOf, navigate, queryClient, t],
  );
  return { run, holder };
}
