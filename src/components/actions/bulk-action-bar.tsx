import { Button, Flex, Typography } from 'antd';
import { DisabledReason } from '@/components/disabled-reason';
import { useTranslation } from 'react-i18next';
import { partitionByGuard, resolveLabel } from './action-logic';
import { isRunAction, type ItemIdentity, type ResourceAction, type RunAction } from './types';
import { useActionRunner } from './use-action-runner';

export type BulkActionBarProps<T> = ItemIdentity<T> & {
  selected: readonly T[];
  /** Only run actions marked `bulk` are offered. */
  actions: readonly ResourceAction<T>[];
  onClearSelection: () => void;
};

export function BulkActionBar<T>({
  selected,
  actions,
  keyOf,
  nameOf,
  onClearSelection,
}: BulkActionBarProps<T>) {
  const { t, i18n } = useTranslation('ui');
  const { run, holder } = useActionRunner({ keyOf, nameOf });
  const bulk = actions.filter((a): a is RunAction<T> => isRunAction(a) && a.bulk === true);
  if (selected.length === 0) return holder;

  const start = async (action: RunAction<T>) => {
    // The selection is cleared once the batch starts: the ledger now tracks those items.
    if ((await run(action, selected)) !== null) onClearSelection();
  };

  return (
    <Flex
      role="toolbar"
      aria-label={t('bulk.toolbar')}
      align="center"
      gap={8}
      wrap
      style={{
        padding: '8px 12px',
        marginBottom: 8,
        borderRadius: 6,
        background: 'rgba(22,119,255,0.06)',
      }}
    >
      <Typography.Text strong aria-live="polite">
        {t('bulk.selected', { count: selected.length })}
      </Typography.Text>
      {bulk.map((action) => {
        const { eligible } = partitionByGuard(selected, action.guard);
        const label = resolveLabel(i18n, action.label);
        const none = eligible.length === 0;
        return (
          <DisabledReason key={action.key} reason={none ? t('bulk.noneEligible') : null}>
            <Button
              size="small"
              danger={action.danger}
              icon={action.icon}
              disabled={none}
              style={none ? { pointerEvents: 'none' } : undefined}
              onClick={() => void start(action)}
            >
              {eligible.length === selected.length
                ? label
                : t('bulk.labelWithCount', { action: label, count: eligible.length })}
            </Button>
          </DisabledReason>
        );
      })}
      <Button size="small" type="link" onClick={onClearSelection}>
        {t('bulk.clear')}
      </Button>
      {holder}
    </Flex>
  );
}
