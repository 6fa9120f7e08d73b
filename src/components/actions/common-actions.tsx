// The two actions nearly every resource has, built one way: edit opens the page's form; delete is
// dangerous, offered in bulk unless said otherwise, confirmed by typing the name (or the count),
// guarded by the resource's own rule, and refreshes what it names when the batch settles.
import { DeleteOutlined, EditOutlined } from '@ant-design/icons';
import type { QueryKey } from '@tanstack/react-query';
import type { ActionConfirm, OpenAction, RunAction } from './types';

const always = () => true as const;

export function editAction<T>(
  label: string,
  open: (item: T) => void,
  guard: (item: T) => true | string = always,
): OpenAction<T> {
  return { key: 'edit', label, icon: <EditOutlined aria-hidden />, guard, open };
}

export type DeleteActionOptions<T> = {
  label: string;
  run: RunAction<T>['run'];
  guard?: (item: T) => true | string;
  /** Added to the typed-name confirmation (what is lost, why it may be refused). */
  confirm?: Omit<ActionConfirm<T>, 'typeToConfirm'>;
  /** Default true. */
  bulk?: boolean;
  /** Queries to refresh once the batch settles (or `onSettled` for anything else). */
  invalidate?: readonly QueryKey[];
  onSettled?: RunAction<T>['onSettled'];
};

export function deleteAction<T>({
  label,
  run,
  guard = always,
  confirm,
  bulk = true,
  invalidate = [],
  onSettled,
}: DeleteActionOptions<T>): RunAction<T> {
  return {
    key: 'delete',
    label,
    icon: <DeleteOutlined aria-hidden />,
    danger: true,
    bulk,
    guard,
    confirm: { typeToConfirm: true, ...confirm },
    run,
    onSettled:
      onSettled ??
      ((_r, ctx) => {
        for (const queryKey of invalidate) void ctx.queryClient.invalidateQueries({ queryKey });
      }),
  };
}
