import { describe, expect, it } from 'vitest'
import { selectCandidate, type Candidate } from './train-candidates'

const candidate = (name: Candidate['name'], logLoss: number) =>
  ({ name, testMetrics: { log_loss: logLoss } }) as unknown as Candidate

describe('selectCandidate', () => {
  it('keeps the logistic regression when the tree wins by less than the margin', () => {
    const { chosen, reason } = selectCandidate([
      candidate('LogisticRegression', 0.676914),
      candidate('DecisionTree', 0.674484),
    ])
    expect(chosen.name).toBe('LogisticRegression')
    expect(reason).toBe(
      'log loss on base_test within 0.005 of the best, so the preferred smooth model is kept: ' +
        '0.6769 for LogisticRegression vs 0.6745 for DecisionTree',
    )
  })

  it('takes the tree when it is clearly better', () => {
    const { chosen, reason } = selectCandidate([
      candidate('LogisticRegression', 0.68),
      candidate('DecisionTree', 0.6),
    ])
    expect(chosen.name).toBe('DecisionTree')
    expect(reason).toBe(
      'lowest log loss on base_test: 0.6000 for DecisionTree vs 0.6800 for LogisticRegression',
    )
  })
})
