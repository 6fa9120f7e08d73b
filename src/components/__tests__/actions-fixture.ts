import { vi } from 'vitest';
import type { OpenAction, RunAction } from '@/components/actions/types';
import type { TestImage } from './fixtures';

export const canDelete = (i: TestImage) =>
  i.status === 'queued' ? 'Queued images cannot be deleted' : true;

export function makeActions() {
  const edit = {
    key: 'edit',
    label: 'Edit',
    guard: () => true,
    open: vi.fn(),
  } satisfies OpenAction<TestImage>;
  const remove = {
    key: 'delete',
    label: 'Delete',
    danger: true,
    bulk: true,
    guard: canDelete,
    confirm: { typeToConfirm: true },
    run: vi.fn(async (_item: TestImage) => undefined),
    onSettled: vi.fn(),
  } satisfies RunAction<TestImage>;
  const deactivate = {
    key: 'deactivate',
    label: 'Deactivate',
    guard: () => 'Only admins can deactivate images',
    run: vi.fn(async () => undefined),
  } satisfies RunAction<TestImage>;
  return { edit, remove, deactivate, all: [edit, remove, deactivate] };
}
