import type { Finding } from '../../../shared/model/index.ts';
import type { StoredFinding } from '../../../shared/store/types.ts';

/** An engine finding as the store would hold it, open and pending, for formatting tests. */
export function storedFinding(finding: Finding, where: Partial<StoredFinding> = {}): StoredFinding {
  const at = '2026-11-20T09:20:00.000Z';
  return {
    ...finding,
    id: 'f1',
    brand: 'Acme Bank',
    platform: 'x',
    itemId: '1',
    itemKind: 'comment',
    contentHash: 'h',
    authorHandle: 'jd',
    createdAt: at,
    status: 'open',
    history: [{ status: 'open', at, by: 'postwatch' }],
    alertState: 'pending',
    ...where,
  } as StoredFinding;
}
