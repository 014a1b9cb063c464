import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import * as vocabulary from '../../lib/domain/vocabulary'
import { availableTargets, createTestDatabase, type TestDatabase } from '../support/databases'
import { readDmmf } from '../support/dmmf'

/**
 * The migrations are hand-written SQL and schema.prisma is what the client is generated from: this
 * proves they describe the same database, model by model, field by field, enum value by enum value,
 * relation by relation, index by index.
 */

const dmmf = readDmmf()
const enumDbName = (name: string) => dmmf.datamodel.enums.find((e) => e.name === name)?.dbName ?? name

// How Prisma maps scalar types (and their @db native types) onto PostgreSQL's udt names.
function expectedUdt(type: string, nativeType: [string, string[]] | null | undefined): string {
  if (nativeType)
    return (
      { Date: 'date', Decimal: 'numeric', VarChar: 'varchar', Text: 'text', Timestamptz: 'timestamptz', Timestamp: 'timestamp' }[nativeType[0]] ?? nativeType[0]
    )
  return (
    { String: 'text', Int: 'int4', BigInt: 'int8', Boolean: 'bool', DateTime: 'timestamp', Decimal: 'numeric', Float: 'float8', Json: 'jsonb' }[type] ?? type
  )
}

describe.each(await availableTargets())('migrated %s database matches schema.prisma', (target) => {
  let db: TestDatabase
  beforeAll(async () => {
    db = await createTestDatabase(target)
  })
  afterAll(async () => db?.close())

  const columns = () =>
    db.sql.query<{ table_name: string; column_name: string; udt_name: string; is_nullable: 'YES' | 'NO' }>(
      `SELECT table_name, column_name, udt_name, is_nullable FROM information_schema.columns WHERE table_schema = 'public'`,
    )

  it('has exactly one table per model (plus _prisma_migrations)', async () => {
    const tables = await db.sql.query<{ table_name: string }>(
      `SELECT table_name FROM information_schema.tables WHERE table_schema = 'public' AND table_type = 'BASE TABLE'`,
    )
    const expected = dmmf.datamodel.models.map((m) => m.dbName ?? m.name)
    expect(tables.map((t) => t.table_name).sort()).toEqual([...expected, '_prisma_migrations'].sort())
  })

  it('has every scalar field as a column of the right type and nullability, and no other column', async () => {
    const actual = await columns()
    for (const model of dmmf.datamodel.models) {
      const table = model.dbName ?? model.name
      const scalars = model.fields.filter((f) => f.kind === 'scalar' || f.kind === 'enum')
      const got = actual.filter((c) => c.table_name === table)
      expect(got.map((c) => c.column_name).sort(), `columns of ${table}`).toEqual(scalars.map((f) => f.dbName ?? f.name).sort())
      for (const field of scalars) {
        const column = got.find((c) => c.column_name === (field.dbName ?? field.name))!
        const udt = field.kind === 'enum' ? enumDbName(field.type) : expectedUdt(field.type, field.nativeType)
        expect(column.udt_name, `${table}.${column.column_name} type`).toBe(udt)
        expect(column.is_nullable, `${table}.${column.column_name} nullable`).toBe(field.isRequired ? 'NO' : 'YES')
      }
    }
  })

  it('has every enum with exactly its values, in order', async () => {
    const rows = await db.sql.query<{ typname: string; values: string[] }>(
      `SELECT t.typname, array_agg(e.enumlabel::text ORDER BY e.enumsortorder) AS values
       FROM pg_type t JOIN pg_enum e ON e.enumtypid = t.oid GROUP BY t.typname`,
    )
    const actual = Object.fromEntries(rows.map((r) => [r.typname, r.values]))
    const expected = Object.fromEntries(dmmf.datamodel.enums.map((e) => [e.dbName ?? e.name, e.values.map((v) => v.dbName ?? v.name)]))
    expect(actual).toEqual(expected)
  })

  it('has a foreign key for every relation', async () => {
    const fks = await db.sql.query<{ table_name: string; columns: string[]; ref_table: string; ref_columns: string[] }>(
      `SELECT c.conrelid::regclass::text AS table_name, c.confrelid::regclass::text AS ref_table,
              array(SELECT a.attname FROM unnest(c.conkey) k JOIN pg_attribute a ON a.attrelid = c.conrelid AND a.attnum = k)::text[] AS columns,
              array(SELECT a.attname FROM unnest(c.confkey) k JOIN pg_attribute a ON a.attrelid = c.confrelid AND a.attnum = k)::text[] AS ref_columns
       FROM pg_constraint c WHERE c.contype = 'f'`,
    )
    const expected: string[] = []
    for (const model of dmmf.datamodel.models) {
      for (const field of model.fields.filter((f) => f.kind === 'object' && f.relationFromFields?.length)) {
        const target = dmmf.datamodel.models.find((m) => m.name === field.type)!
        const col = (m: typeof model, name: string) => m.fields.find((f) => f.name === name)!.dbName ?? name
        expected.push(
          `${model.dbName}(${field.relationFromFields!.map((n) => col(model, n))}) -> ${target.dbName}(${field.relationToFields!.map((n) => col(target, n))})`,
        )
      }
    }
    const actual = fks.map((f) => `${f.table_name.replace(/"/g, '')}(${f.columns}) -> ${f.ref_table.replace(/"/g, '')}(${f.ref_columns})`)
    expect(actual.sort()).toEqual(expected.sort())
  })

  it('has every @id, @@unique and @@index of the schema', async () => {
    const indexes = await db.sql.query<{ table_name: string; unique: boolean; columns: string[] }>(
      `SELECT t.relname AS table_name, i.indisunique AS unique,
              array(SELECT a.attname FROM unnest(i.indkey) WITH ORDINALITY k(n, o) JOIN pg_attribute a ON a.attrelid = i.indrelid AND a.attnum = k.n ORDER BY k.o)::text[] AS columns
       FROM pg_index i JOIN pg_class t ON t.oid = i.indrelid JOIN pg_namespace ns ON ns.oid = t.relnamespace
       WHERE ns.nspname = 'public' AND t.relname <> '_prisma_migrations'`,
    )
    const actual = new Set(indexes.map((i) => `${i.table_name}${i.unique ? '!' : ''}(${i.columns})`))
    for (const index of dmmf.datamodel.indexes) {
      const model = dmmf.datamodel.models.find((m) => m.name === index.model)!
      const cols = index.fields.map((f) => model.fields.find((x) => x.name === f.name)!.dbName ?? f.name)
      const key = `${model.dbName}${index.type === 'normal' ? '' : '!'}(${cols})`
      expect(actual, `${index.type} index ${key}`).toContain(key)
    }
  })

  it('keeps the app vocabularies in step with the schema enums', () => {
    const values = (name: string) => dmmf.datamodel.enums.find((e) => e.name === name)!.values.map((v) => v.name)
    expect(values('MembershipStatus')).toEqual([...vocabulary.MEMBERSHIP_STATUSES])
    expect(values('PartyKind')).toEqual([...vocabulary.PARTY_KINDS])
    expect(values('ForumKind')).toEqual([...vocabulary.FORUM_KINDS])
    expect(values('DatePrecision')).toEqual([...vocabulary.DATE_PRECISIONS])
    expect(values('SourceKind')).toEqual([...vocabulary.SOURCE_KINDS])
    expect(values('EventKind')).toEqual([...vocabulary.EVENT_KINDS])
    expect(values('AttendanceRole')).toEqual([...vocabulary.ATTENDANCE_ROLES])
    expect(values('TradeFlowKind')).toEqual([...vocabulary.TRADE_FLOWS])
  })
})
