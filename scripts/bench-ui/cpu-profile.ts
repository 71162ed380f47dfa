/** A V8 CPU profile as Chromium's DevTools protocol returns it (Profiler.stop). */
export interface ProfileNode {
  id: number
  callFrame: { functionName: string; url: string; lineNumber: number; columnNumber: number }
  children?: number[]
}
export interface Profile {
  nodes: ProfileNode[]
  samples: number[]
  timeDeltas: number[]
}

/** A profile node's function as "name file:line" (line 1-based). */
export const functionName = ({ callFrame: f }: ProfileNode) =>
  `${f.functionName || '(anonymous)'} ${f.url.split('/').at(-1) ?? ''}:${f.lineNumber + 1}`

/**
 * Self and total time per function (ms), largest first. A sample lasts until the next one
 * (`timeDeltas[i + 1]`, as Chromium's DevTools count it); a function on the stack twice counts
 * once in its total.
 */
export function functionTimes(profile: Profile): {
  self: [string, number][]
  total: [string, number][]
} {
  const nodes = new Map(profile.nodes.map((n) => [n.id, n]))
  const parent = new Map<number, number>()
  for (const n of profile.nodes) for (const c of n.children ?? []) parent.set(c, n.id)
  const self = new Map<string, number>()
  const total = new Map<string, number>()
  profile.samples.forEach((id, i) => {
    const ms = (profile.timeDeltas[i + 1] ?? 0) / 1000
    const leaf = nodes.get(id)
    if (!leaf) return
    self.set(functionName(leaf), (self.get(functionName(leaf)) ?? 0) + ms)
    const seen = new Set<string>()
    for (let at: number | undefined = id; at !== undefined; at = parent.get(at)) {
      const key = functionName(nodes.get(at)!)
      if (seen.has(key)) continue
      seen.add(key)
      total.set(key, (total.get(key) ?? 0) + ms)
    }
  })
  const sorted = (m: Map<string, number>) => [...m].sort((a, b) => b[1] - a[1])
  return { self: sorted(self), total: sorted(total) }
}
