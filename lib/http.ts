import { ParamError } from './params'

/** Turns a ParamError into a 400 naming the parameter; anything else is rethrown. */
export function badRequest(error: unknown): Response {
  if (error instanceof ParamError) {
    return Response.json({ error: error.message, parameter: error.parameter }, { status: 400 })
  }
  throw error
}
