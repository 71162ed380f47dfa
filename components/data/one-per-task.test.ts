import { describe, expect, it } from 'vitest'
import { onePerTask } from './one-per-task'

describe('onePerTask', () => {
  it('runs each job in a task of its own, in order, after the task that queued them', async () => {
    const events: string[] = []
    const run = onePerTask()
    const jobs = [1, 2, 3].map((n) =>
      run(() => {
        events.push(`job ${n}`)
        // a task queued by a job (React's render of its result) runs before the next job
        setTimeout(() => events.push(`after job ${n}`), 0)
        return n * 10
      }),
    )
    events.push('queued')
    await Promise.resolve()
    events.push('microtasks done')
    expect(await Promise.all(jobs)).toEqual([10, 20, 30])
    expect(events).toEqual([
      'queued',
      'microtasks done',
      'job 1',
      'after job 1',
      'job 2',
      'after job 2',
      'job 3',
    ])
  })

  it('fails only the job that threw, and the next one still runs', async () => {
    const run = onePerTask()
    const failed = run(() => {
      throw new Error('data/rows-prod.parquet: not a parquet file')
    })
    const next = run(async () => 'data/snapshot.json parsed')
    await expect(failed).rejects.toThrow('data/rows-prod.parquet: not a parquet file')
    await expect(next).resolves.toBe('data/snapshot.json parsed')
  })
})
