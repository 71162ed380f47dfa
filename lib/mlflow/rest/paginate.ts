import { asArray, asObject, asString } from './json'

/** Most pages followed for one listing, a guard against a server that never stops. */
const MAX_PAGES = 10_000

/**
 * Calls `fetchPage` with MLflow's opaque `page_token` until an answer has no `next_page_token`,
 * and returns the items of `field` from every page, in order. A server that hands back a token it
 * already gave is looping: listing stops there, the looping page's items already listed are
 * dropped (so nothing appears twice), and `onProblem` says so, naming the token.
 */
export async function collectPages(
  field: string,
  fetchPage: (pageToken: string | undefined) => Promise<unknown>,
  onProblem: (message: string) => void = () => {},
): Promise<unknown[]> {
  const items: unknown[] = []
  const seen = new Set<string>()
  let token: string | undefined
  for (let page = 0; page < MAX_PAGES; page++) {
    const body = asObject(await fetchPage(token))
    const pageItems = asArray(body?.[field])
    const next = asString(body?.next_page_token)
    if (next && seen.has(next)) {
      const listed = new Set(items.map((item) => JSON.stringify(item)))
      const fresh = pageItems.filter((item) => !listed.has(JSON.stringify(item)))
      items.push(...fresh)
      onProblem(
        `the server repeated next_page_token "${next}" after ${page + 1} pages of "${field}"; ` +
          `listing stopped there (${pageItems.length - fresh.length} repeated entries dropped), ` +
          'so later pages may be missing',
      )
      return items
    }
    items.push(...pageItems)
    if (!next) return items
    seen.add(next)
    token = next
  }
  onProblem(`more than ${MAX_PAGES} pages of "${field}"; listing stopped there`)
  return items
}
