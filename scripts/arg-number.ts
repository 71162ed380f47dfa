/** The positive integer after `--name` on the command line, else `fallback`; throws for anything else. */
export function argNumber(name: string, fallback: number): number {
  const index = process.argv.indexOf(`--${name}`)
  if (index < 0) return fallback
  const value = Number(process.argv[index + 1])
  if (!Number.isInteger(value) || value <= 0)
    throw new Error(`--${name} must be a positive integer`)
  return value
}
