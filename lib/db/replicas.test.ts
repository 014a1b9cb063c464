import { describe, expect, it } from 'vitest'
import { DatabaseConfigError, replicaUrls } from './replicas'

const PRIMARY = 'postgres://app@db-primary:5432/forum_atlas'

describe('DATABASE_REPLICA_URL', () => {
  it('is empty when unset or blank', () => {
    expect(replicaUrls(undefined, PRIMARY)).toEqual([])
    expect(replicaUrls(' , ', undefined)).toEqual([])
  })

  it('takes one or more URLs separated by commas', () => {
    expect(replicaUrls('postgres://app@r1/forum_atlas', PRIMARY)).toEqual(['postgres://app@r1/forum_atlas'])
    expect(replicaUrls(' postgres://app@r1/fa , postgresql://app@r2:6432/fa ', PRIMARY)).toEqual(['postgres://app@r1/fa', 'postgresql://app@r2:6432/fa'])
  })

  it('refuses replicas without a primary PostgreSQL (PGlite), naming the variable', () => {
    expect(() => replicaUrls('postgres://app@r1/fa', undefined)).toThrow(DatabaseConfigError)
    expect(() => replicaUrls('postgres://app@r1/fa', undefined)).toThrow(/DATABASE_REPLICA_URL is set but DATABASE_URL is not/)
  })

  it('names the variable and the bad entry, without its password', () => {
    expect(() => replicaUrls('postgres://app@r1/fa,not a url', PRIMARY)).toThrow(/^DATABASE_REPLICA_URL must be .*entry 2: "not a url" is not a URL/)
    expect(() => replicaUrls('mysql://app:s3cret@r1/fa', PRIMARY)).toThrow(/entry 1: "mysql:\/\/app:\*\*\*@r1\/fa" is not a postgres:\/\//)
    expect(() => replicaUrls('mysql://app:s3cret@r1/fa', PRIMARY)).not.toThrow(/s3cret/)
  })
})
