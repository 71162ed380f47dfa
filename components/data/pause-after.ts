/**
 * A pause for long work on the page's main thread (decoding a rows file): it yields to the page
 * (`yieldToPage`) once `budgetMs` have passed since the last yield, else it returns at once, so
 * the work runs in tasks of about `budgetMs` each, whatever one step costs.
 */
export function pauseAfter(
  budgetMs: number,
  yieldToPage: () => Promise<void>,
  now: () => number = () => performance.now(),
): () => void | Promise<void> {
  let since = now()
  return () => {
    if (now() - since < budgetMs) return
    return yieldToPage().then(() => {
      since = now()
    })
  }
}
