import { statSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { dropUpload, readUpload, saveUpload } from './uploads'

describe('uploads waiting for their commit', () => {
  it('are kept in a folder and files only this user can read, for the curator who sent them', () => {
    const id = saveUpload(new Uint8Array([1, 2, 3]), { name: 'a.csv', kind: 'trade', curatorId: 7 })
    expect(readUpload(id, 8)).toBeNull()
    const upload = readUpload(id, 7)!
    expect([...upload.content]).toEqual([1, 2, 3])
    const dir = statSync(upload.path).isFile() ? upload.path.replace(/\/[^/]+$/, '') : ''
    expect(statSync(dir).mode & 0o077).toBe(0)
    expect(statSync(upload.path).mode & 0o077).toBe(0)
    dropUpload(id)
    expect(readUpload(id, 7)).toBeNull()
  })
})
