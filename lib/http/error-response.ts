import { z } from 'zod'
import { UNAVAILABLE_API_MESSAGE } from './unavailable-page'
import { ParamError } from '../params'

/** The body of a 400: what is wrong, and the name of the parameter (documented at /api from this schema). */
export const paramErrorBody = z.strictObject({
  error: z.string().meta({ description: "What is wrong, starting with the parameter's name." }),
  parameter: z.string().meta({ description: 'The name of the refused parameter (or "(unnamed)").' }),
})
/** The body of a 503 (the database is unreachable); the answer carries `Retry-After: 5`. */
export const unavailableBody = z.strictObject({ error: z.string() })
export const RETRY_AFTER_SECONDS = 5

/** Connection-level failures of the database (down, restarting, unreachable), as opposed to bad queries. */
export function isDatabaseUnavailable(error: unknown): boolean {
  const e = error as { code?: string; message?: string; cause?: unknown; meta?: { driverAdapterError?: { cause?: { kind?: string } } } } | null
  if (!e) return false
  const codes = [
    'ECONNREFUSED',
    'ECONNRESET',
    'ETIMEDOUT',
    'EPIPE',
    '57P01',
    '57P02',
    '57P03',
    '08000',
    '08003',
    '08006',
    '08001',
    '08004',
    // Prisma: can't reach server, timed out, server closed the connection, pool timeout
    'P1001',
    'P1002',
    'P1008',
    'P1017',
    'P2024',
  ]
  if (e.code && codes.includes(e.code)) return true
  const kind = e.meta?.driverAdapterError?.cause?.kind
  if (kind && ['DatabaseNotReachable', 'ConnectionClosed', 'SocketTimeout', 'TooManyConnections'].includes(kind)) return true
  if (
    /Connection terminated|connect ECONNREFUSED|the database system is (starting up|shutting down)|timeout exceeded when trying to connect/i.test(
      e.message ?? '',
    )
  )
    return true
  return e.cause ? isDatabaseUnavailable(e.cause) : false
}

/**
 * The error answer of every read route: a ParamError is a 400 naming the parameter; a database
 * that is down is a 503 asking to retry (the connection pool reconnects by itself when it is back);
 * anything else is a bug and is rethrown.
 */
export function errorResponse(error: unknown): Response {
  if (error instanceof ParamError) {
    const body: z.output<typeof paramErrorBody> = { error: error.message, parameter: error.parameter }
    return Response.json(body, { status: 400 })
  }
  if (isDatabaseUnavailable(error)) {
    console.error(`[forum-atlas] database unavailable: ${(error as Error).message}`)
    const body: z.output<typeof unavailableBody> = { error: UNAVAILABLE_API_MESSAGE }
    return Response.json(body, { status: 503, headers: { 'Retry-After': String(RETRY_AFTER_SECONDS) } })
  }
  throw error
}
