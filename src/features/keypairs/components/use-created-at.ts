import { useQueries } from '@tanstack/react-query';
import { keypairQueries } from '@/api/resources/keypairs';
import { parseNovaTime } from '@/i18n/format';
import type { KeypairListItem } from '../model/keypair';

/**
 * The list omits `created_at` (nova), so each row's detail is read as well; a user has few key
 * pairs, and the details are immutable and feed the quick look from the same cache.
 */
const createdByName = (
  results: readonly { data?: { name: string; created_at: string } | undefined }[],
): ReadonlyMap<string, Date | null> =>
  new Map(
    results.flatMap((r) => (r.data ? [[r.data.name, parseNovaTime(r.data.created_at)]] : [])),
  );

export function useCreatedAt(projectId: string, items: readonly KeypairListItem[] | undefined) {
  return useQueries({
    queries: (items ?? []).map((k) => keypairQueries.detail(projectId, k.name)),
    combine: createdByName,
  });
}
