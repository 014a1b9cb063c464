import { readFileSync } from 'node:fs'
import { createRequire } from 'node:module'
import path from 'node:path'

/** The data model of prisma/schema.prisma as Prisma itself parses it (DMMF, from its schema WASM). */

export interface DmmfField {
  name: string
  dbName: string | null
  kind: 'scalar' | 'object' | 'enum' | 'unsupported'
  type: string
  isList: boolean
  isRequired: boolean
  isId: boolean
  relationName?: string
  relationFromFields?: string[]
  relationToFields?: string[]
  nativeType?: [string, string[]] | null
}
export interface DmmfModel {
  name: string
  dbName: string | null
  fields: DmmfField[]
  primaryKey: { fields: string[] } | null
  uniqueFields: string[][]
}
export interface Dmmf {
  datamodel: {
    models: DmmfModel[]
    enums: { name: string; dbName: string | null; values: { name: string; dbName: string | null }[] }[]
    indexes: { model: string; type: 'id' | 'normal' | 'unique' | 'fulltext'; dbName?: string; fields: { name: string }[] }[]
  }
}

export function readDmmf(schemaPath = path.join(process.cwd(), 'prisma', 'schema.prisma')): Dmmf {
  const require = createRequire(import.meta.url)
  let panic = ''
  ;(globalThis as Record<string, unknown>).PRISMA_WASM_PANIC_REGISTRY = { set_message: (m: string) => (panic = m) }
  const wasm = require('@prisma/prisma-schema-wasm') as { get_dmmf(params: string): string }
  try {
    return JSON.parse(wasm.get_dmmf(JSON.stringify({ prismaSchema: readFileSync(schemaPath, 'utf8') })))
  } catch (error) {
    throw new Error(`prisma schema could not be parsed: ${panic || (error as Error).message}`)
  }
}
