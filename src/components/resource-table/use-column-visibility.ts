import { useCallback, useState } from 'react';
import {
  NO_CHOICES,
  isColumnVisible,
  loadChoices,
  saveChoices,
  setColumnVisible,
} from './column-visibility';

type ColumnLike = {
  key: string;
  defaultHidden?: boolean;
  alwaysVisible?: boolean;
  showFrom?: number;
};

const storage = () => (typeof window === 'undefined' ? undefined : window.localStorage);

/**
 * Column visibility of one table, remembered in localStorage under its tableId; columns nobody
 * chose follow their defaults for the current viewport width.
 */
export function useColumnVisibility(tableId: string, viewport?: number) {
  const [state, setState] = useState(() => ({ tableId, choices: loadChoices(tableId, storage()) }));
  // A table reused for another resource (same component, new tableId) loads that one's choices.
  if (state.tableId !== tableId) setState({ tableId, choices: loadChoices(tableId, storage()) });
  const choices = state.tableId === tableId ? state.choices : NO_CHOICES;

  const isVisible = useCallback(
    (c: ColumnLike) => isColumnVisible(c, choices, viewport),
    [choices, viewport],
  );
  const setVisible = useCallback(
    (key: string, visible: boolean) => {
      const next = setColumnVisible(choices, key, visible);
      saveChoices(tableId, next, storage());
      setState({ tableId, choices: next });
    },
    [choices, tableId],
  );
  const reset = useCallback(() => {
    saveChoices(tableId, NO_CHOICES, storage());
    setState({ tableId, choices: NO_CHOICES });
  }, [tableId]);
  return { isVisible, setVisible, reset };
}
