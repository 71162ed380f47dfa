import { nonFiniteAsString } from '../tracking/json-non-finite'

/**
 * Where the builders put the files the site ships, named relative to the data folder
 * (`snapshot.json`, `runs-history/<run>.json`, `artifacts/<run>/<path>`): a folder on disk for
 * the build (directory-site-sink.ts), bytes in a Map when a project is opened in the page.
 */
export interface SiteFileSink {
  /** writes `file` whole (a reader never sees half of it); returns its size in bytes */
  write(file: string, content: string | Uint8Array): Promise<number>
  /** removes a file or folder an earlier build left (nothing when absent) */
  remove(file: string): Promise<void>
}

/** JSON as the site files hold it: NaN and ±Infinity as "NaN", "Infinity", "-Infinity". */
export function siteJson(value: unknown): string {
  return JSON.stringify(value, nonFiniteAsString)
}

/** A sink keeping every file's bytes in memory, keyed by `data/<file>` as the page asks for them. */
export function memorySiteSink(): SiteFileSink & { files: Map<string, Uint8Array> } {
  const files = new Map<string, Uint8Array>()
  const encoder = new TextEncoder()
  return {
    files,
    async write(file, content) {
      const bytes = typeof content === 'string' ? encoder.encode(content) : content
      files.set(`data/${file}`, bytes)
      return bytes.byteLength
    },
    async remove(file) {
      const key = `data/${file}`
      for (const name of [...files.keys()]) {
        if (name === key || name.startsWith(`${key}/`)) files.delete(name)
      }
    },
  }
}
