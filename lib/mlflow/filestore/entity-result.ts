/** A meta.yaml turned into an entity, with notes on fields that were off, or why it cannot be. */
export type EntityResult<T> =
  { ok: true; value: T; warnings: string[] } | { ok: false; reason: string }
