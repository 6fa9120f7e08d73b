import { Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { useNow } from '@/hooks/use-now';
import { currentLanguage } from '@/i18n';
import { formatDateTime } from '@/i18n/format';
import { isLanguage } from '@/i18n/language';
import { formatRelative } from '@/utils/relative-time';

const JUST_NOW_MS = 10_000;

/** "Updated 2 minutes ago", localized, with the exact time on hover. */
export function LastUpdated({ at }: { at: number }) {
  const { t, i18n } = useTranslation('ui');
  const clock = useNow();
  if (!at) return null;
  // The shared clock ticks every 15 s; a refetch in between must not read "in 5 seconds".
  const now = Math.max(clock, at);
  // The console's one date format, whose formatter the table's date columns share: a
  // `toLocaleString` here built another on every render, and its first build (~35 ms of ICU
  // work) sat on a cold list's path to its first row.
  // The language of the i18next instance in context (a test renders with one of its own).
  const language = isLanguage(i18n.language) ? i18n.language : currentLanguage();
  const exact = formatDateTime(at, language);
  return (
    <Typography.Text type="secondary" style={{ whiteSpace: 'nowrap' }}>
      <time dateTime={new Date(at).toISOString()} title={exact}>
        {now - at < JUST_NOW_MS
          ? t('table.updatedJustNow')
          : t('table.lastUpdated', { time: formatRelative(at, now, language) })}
      </time>
    </Typography.Text>
  );
}
