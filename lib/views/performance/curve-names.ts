/**
 * The curves' own names ("Dev (AUC 0.599), Prod (AUC 0.548)."), which the PNG's legend shows:
 * on screen the legend names only the datasets (`legendName`), so a filter change rewrites this
 * sentence under the chart's title instead of having Plotly restyle its legend.
 */
export function curveNames(curves: readonly object[]): string {
  const names = curves.flatMap((curve) => {
    const name = (curve as { name?: unknown }).name
    return typeof name === 'string' ? [name] : []
  })
  return names.length > 0 ? `${names.join(', ')}.` : ''
}
