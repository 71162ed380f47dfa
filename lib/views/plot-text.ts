/**
 * Store text (a metric key, a run name) made literal for Plotly, which reads a subset of HTML
 * (`<a href>`, `<b>`, `<br>`) in titles, labels, tick and hover text: `&`, `<` and `>` become
 * entities that Plotly shows as the characters themselves.
 */
export function plotText(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;')
}
