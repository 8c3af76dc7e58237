// @vitest-environment node
import { describe, expect, it } from 'vitest'
import { didYouMean } from '../../../src/shared/catalog/did-you-mean'

describe('didYouMean', () => {
  it('takes two swapped neighbours as one edit ("Kafak" for Kafka, "stauts" for status)', () => {
    expect(didYouMean('Kafak', ['Kafka', 'Kotlin'])).toBe('Kafka')
    expect(didYouMean('stauts', ['status', 'summary'])).toBe('status')
  })

  it('keeps its limit: a third of the input, at most three edits', () => {
    expect(didYouMean('Go', ['Java'])).toBeUndefined()
    expect(didYouMean('Terraforn', ['Terraform'])).toBe('Terraform')
    expect(didYouMean('Kubernetes', ['Kafka'])).toBeUndefined()
  })
})
