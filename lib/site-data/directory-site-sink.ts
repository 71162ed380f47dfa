import { rm } from 'node:fs/promises'
import { join } from 'node:path'
import type { SiteFileSink } from './site-file-sink'
import { writeSiteFile } from './write-site-file'

/** Node only. The build's sink: files under `outDir` (public/data), each written atomically. */
export function directorySiteSink(outDir: string): SiteFileSink {
  return {
    write: (file, content) => writeSiteFile(join(outDir, file), content),
    remove: (file) => rm(join(outDir, file), { recursive: true, force: true }),
  }
}

/** The sink a builder writes to: the one given, else the folder `outDir`. */
export function sinkOf(output: { sink?: SiteFileSink; outDir?: string | null }): SiteFileSink {
  if (output.sink) return output.sink
  if (!output.outDir) throw new Error('a site builder needs an outDir or a sink')
  return directorySiteSink(output.outDir)
}
