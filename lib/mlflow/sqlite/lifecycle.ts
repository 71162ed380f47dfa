/** SQL condition keeping active rows only (NULL lifecycle_stage counts as active). */
export function activeOnly(alias: string): string {
  return `(${alias}.lifecycle_stage IS NULL OR ${alias}.lifecycle_stage = 'active')`
}
