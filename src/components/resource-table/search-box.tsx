import { useEffect, useState } from 'react';
import { Button, Input } from 'antd';
import { SearchOutlined } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';

type Props = { value: string; onChange: (value: string) => void; placeholder: string };

/**
 * Type-ahead pause before the search goes to the URL (and the list request leaves): long enough
 * that a word typed at speed sends one request, short enough to feel immediate ([Q2]; it was
 * 300 ms). Enter sends at once.
 */
export const SEARCH_DEBOUNCE_MS = 150;

/** Free-text search written to the URL SEARCH_DEBOUNCE_MS after typing stops, or at once on Enter. */
export function SearchBox({ value, onChange, placeholder }: Props) {
  const { t } = useTranslation('ui');
  const [draft, setDraft] = useState(value);
  const [synced, setSynced] = useState(value);
  // The URL changed from elsewhere ("clear filters", back button): show that instead.
  if (value !== synced) {
    setSynced(value);
    setDraft(value);
  }
  useEffect(() => {
    if (draft.trim() === value) return undefined;
    const id = setTimeout(() => onChange(draft.trim()), SEARCH_DEBOUNCE_MS);
    return () => clearTimeout(id);
  }, [draft, value, onChange]);
  return (
    <Input.Search
      aria-label={t('table.search')}
      // The `/` shortcut (command-palette.tsx) puts the cursor here.
      aria-keyshortcuts="/"
      placeholder={placeholder}
      allowClear
      // antd's default button is named by its icon ("search", in English whatever the language).
      enterButton={<Button icon={<SearchOutlined aria-hidden />} aria-label={t('table.search')} />}
      value={draft}
      onChange={(e) => setDraft(e.target.value)}
      onSearch={(v) => onChange(v.trim())}
      style={{ width: 260 }}
    />
  );
}
