/**
 * Globals the build's code expects from Node, for the page's worker bundle (esbuild `inject`):
 * Buffer (Next's compiled copy of the `buffer` package, see page-worker-plugin.ts) and a `process` with no environment, so
 * every MONITOR_* setting takes its default.
 */
import { Buffer } from 'buffer'

const g = globalThis as { Buffer?: unknown; process?: unknown }
g.Buffer ??= Buffer
g.process ??= { env: {}, cwd: () => '/', platform: 'linux', pid: 1, versions: {} }
