import type { ReactNode } from 'react';
import type { QueryClient } from '@tanstack/react-query';
import type { NavigateFunction } from 'react-router';
import type { BatchResult } from '@/components/batch/batch-core';
import type { Followed } from '@/components/task-centre/task-model';

/** A translated string, or a key in a feature namespace resolved at render time. */
export type ActionLabel = string | { readonly ns: string; readonly key: string };

/** What an action declared as module-level data may need at run time. */
export type ActionContext = {
  readonly queryClient: QueryClient;
  readonly navigate: NavigateFunction;
};

export type ActionConfirm<T> = {
  /** Defaults to "<label> “<name>”?" / "<label> 3 items?". */
  readonly title?: string | ((items: readonly T[]) => string);
  readonly content?: ReactNode | ((items: readonly T[]) => ReactNode);
  /** Type the name (one item) or the count (several) to enable the confirm button. */
  readonly typeToConfirm?: boolean;
  readonly okText?: string;
};

type ActionBase<T> = {
  readonly key: string;
  readonly label: ActionLabel;
  readonly icon?: ReactNode;
  readonly danger?: boolean;
  /** `true`, or the reason (translated) the action is unavailable: the disabled item's tooltip. */
  readonly guard: (item: T) => true | string;
};

/** A mutation: runs through the batch runner (ledger, one summary message, retry failed). */
export type RunAction<T> = ActionBase<T> & {
  readonly run: (item: T, ctx: ActionContext) => Promise<unknown>;
  readonly confirm?: ActionConfirm<T>;
  /** Offered in the bulk bar for selected rows. */
  readonly bulk?: boolean;
  readonly concurrency?: number;
  /**
   * A long-running operation: what the task centre follows once the API accepted it for an item
   * (the resource and the state that ends it), polled until it gets there, fails or times out.
   */
  readonly follow?: (item: T) => Followed;
  /** After the batch settles (also after "retry failed"): invalidate queries here. */
  readonly onSettled?: (result: BatchResult, ctx: ActionContext) => void;
};

/** Navigation or a form drawer: no ledger, never bulk. */
export type OpenAction<T> = ActionBase<T> & {
  readonly open: (item: T, ctx: ActionContext) => void;
};

export type ResourceAction<T> = RunAction<T> | OpenAction<T>;

export const isRunAction = <T>(a: ResourceAction<T>): a is RunAction<T> => 'run' in a;

/** How actions name and identify an item (ledger rows, confirmations). */
export type ItemIdentity<T> = {
  readonly keyOf: (item: T) => string;
  readonly nameOf?: (item: T) => string;
};
