// @vitest-environment node
import { createHash } from 'node:crypto'
import { describe, expect, it } from 'vitest'
import { sha256Base64 } from '../../src/shared/sha256'
import { createRandom } from '../../src/shared/synth/random'

const reference = (text: string) => createHash('sha256').update(text, 'utf8').digest('base64')

describe('sha256Base64', () => {
  it('matches the known digests of FIPS 180-4', () => {
    expect(sha256Base64('')).toBe('47DEQpj8HBSa+/TImW+5JCeuQeRkm5NMpJWZG3hSuFU=')
    expect(sha256Base64('abc')).toBe('ungWv48Bz+pBQUDeXa4iI7ADYaOWF3qctBD/YfIAFa0=')
  })

  it('matches node:crypto on every length around a block boundary, and on any text', () => {
    const random = createRandom(256)
    const alphabet = [...'ab </script>\n\t\'"é漢🚀']
    for (let length = 0; length < 200; length++) {
      const text = Array.from({ length }, () => random.pick(alphabet)).join('')
      expect(sha256Base64(text), JSON.stringify(text)).toBe(reference(text))
    }
  })
})
