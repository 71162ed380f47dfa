import { asArray, asObject, asString } from './rest-json'

/** Most pages followed for one listing, a guard against a server that never stops. */
const MAX_PAGES = 10_000

/**
 * Calls `fetchPage` with MLflow's opaque `page_token` until an answer has no `next_page_token`,
 * and returns the items of `field` from every page, in order.
 */
export async function collectPages(
  field: string,
  fetchPage: (pageToken: string | undefined) => Promise<unknown>,
): Promise<unknown[]> {
  const items: unknown[] = []
  const seen = new Set<string>()
  let token: string | undefined
  for (let page = 0; page < MAX_PAGES; page++) {
    const body = asObject(await fetchPage(token))
    items.push(...asArray(body?.[field]))
    const next = asString(body?.next_page_token)
    if (!next || seen.has(next)) return items
    seen.add(next)
    token = next
  }
  return items
}
