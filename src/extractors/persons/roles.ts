/**
 * dict/person-roles.txt, read once for the three extractors that use it: persons (the role a label
 * gives), officials (an occupation before a name ends a job, not a title) and locations (a name between
 * a role and a verb of speech is no place).
 */
import { loadDict } from '../../lexicon/load.js';
import type { PersonRole } from '../../types.js';

export interface PersonRoleLabels {
  /** Labels written before the name ("记者 张明", "村民张明"), with the role they give. */
  before: ReadonlyMap<string, PersonRole>;
  /** Labels written after the name ("张明院士"). */
  after: ReadonlyMap<string, PersonRole>;
}

let labels: PersonRoleLabels | null = null;

export function personRoleLabels(): PersonRoleLabels {
  if (labels) return labels;
  const before = new Map<string, PersonRole>();
  const after = new Map<string, PersonRole>();
  for (const e of loadDict('person-roles.txt', { minCols: 2, maxCols: 3 })) (e.cols[2] === 'after' ? after : before).set(e.cols[0] as string, e.cols[1] as PersonRole);
  labels = { before, after };
  return labels;
}
