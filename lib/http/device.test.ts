import { describe, expect, it } from 'vitest'
import { deviceOf, variesOnDevice } from './device'

describe('the device hint', () => {
  it('is a phone only when the browser says ?1', () => {
    expect(deviceOf('?1')).toBe('phone')
    expect(deviceOf([' ?1'])).toBe('phone')
    for (const hint of ['?0', '1', 'true', '', null, undefined]) expect(deviceOf(hint)).toBe('wide')
  })

  it('matters to the matrix pages only', () => {
    expect(variesOnDevice('/matrix')).toBe(true)
    expect(variesOnDevice('/ru/matrix')).toBe(true)
    for (const path of ['/', '/ru', '/embed/matrix', '/api/matrix', '/matrixx', '/trade', null]) expect(variesOnDevice(path)).toBe(false)
  })
})
