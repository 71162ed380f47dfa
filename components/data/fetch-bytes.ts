/** Fetches a file of the static site; an HTTP error names the URL and the status. */
export async function fetchBytes(url: string): Promise<Uint8Array> {
  const response = await fetch(url)
  if (!response.ok) throw new Error(`${url}: HTTP ${response.status} ${response.statusText}`)
  return new Uint8Array(await response.arrayBuffer())
}

/** The site-relative path of a data file, e.g. `data/rows-prod.parquet` → `/data/rows-prod.parquet`. */
export function siteUrl(path: string): string {
  const base = process.env.NEXT_PUBLIC_BASE_PATH ?? ''
  return `${base}/${path.replace(/^\/+/, '')}`
}
