import { asArray, asObject, asString } from './rest-json'

/** Most pages followed for one listing, a guard against a server that never stops. */
const MAX_PAGES = 10_000

/**
 * Calls `fetchPage` with MLflow's opaque `page_token` until an answer has no `next_page_token`,
 * and returns the items of `field` from every page, in order. A server that answers with a token
 * it already gave is not followed again: the listing stops there, items already collected from
 * earlier pages are not added twice, and `onRepeatedToken` is told the token.
 */
export async function collectPages(
  field: string,
  fetchPage: (pageToken: string | undefined) => Promise<unknown>,
  onRepeatedToken: (token: string) => void = () => {},
): Promise<unknown[]> {
  const items: unknown[] = []
  const seen = new Set<string>()
  const collected = new Set<string>()
  let token: string | undefined
  for (let page = 0; page < MAX_PAGES; page++) {
    const body = asObject(await fetchPage(token))
    const pageItems = asArray(body?.[field])
    const next = asString(body?.next_page_token)
    const repeated = !!next && (seen.has(next) || next === token)
    for (const item of pageItems) {
      const key = JSON.stringify(item)
      if (repeated && collected.has(key)) continue
      collected.add(key)
      items.push(item)
    }
    if (!next) return items
    if (repeated) {
      onRepeatedToken(next)
      return items
    }
    seen.add(next)
    token = next
  }
  return items
}
