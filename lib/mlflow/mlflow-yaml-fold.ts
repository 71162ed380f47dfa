/**
 * PyYAML's line folding for plain and single-quoted scalars (`Emitter.write_plain`,
 * `write_single_quoted`, best_width 80): it writes words until the column passes 80, then turns
 * the next single space into a line break plus the indentation. The `yaml` package folds before
 * the limit instead, so we fold ourselves to write byte-identical files.
 *
 * `scalar` is the scalar as emitted on one line (quotes and `''` escapes included), starting at
 * column `startColumn`; continuation lines start with `indent`.
 */
export function foldLikePyYaml(
  scalar: string,
  startColumn: number,
  indent: string,
  bestWidth = 80,
): string {
  if (scalar.includes('\n') || scalar.startsWith('"')) return scalar
  const quoted = scalar.startsWith("'")
  const first = quoted ? 1 : 0
  const last = quoted ? scalar.length - 1 : scalar.length
  let out = ''
  let column = startColumn
  for (let i = 0; i < scalar.length; i++) {
    const ch = scalar[i] ?? ''
    const isSingleSpace =
      ch === ' ' && scalar[i - 1] !== ' ' && scalar[i + 1] !== ' ' && i > first && i + 1 < last
    if (isSingleSpace && column > bestWidth) {
      out += `\n${indent}`
      column = indent.length
      continue
    }
    out += ch
    column += 1
  }
  return out
}
