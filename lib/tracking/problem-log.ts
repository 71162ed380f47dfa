import type { Problem } from './types'

/** Problems collected while reading a store; the same path and message is kept once. */
export interface ProblemLog {
  add(path: string, message: string): void
  addAll(problems: Problem[]): void
  list(): Problem[]
}

export function createProblemLog(): ProblemLog {
  const seen = new Set<string>()
  const problems: Problem[] = []
  const add = (path: string, message: string) => {
    const key = `${path}\u0000${message}`
    if (seen.has(key)) return
    seen.add(key)
    problems.push({ path, message })
  }
  return {
    add,
    addAll: (list) => list.forEach((problem) => add(problem.path, problem.message)),
    list: () => problems.slice(),
  }
}
