import 'server-only'
import { db, type Db } from './client'

/** Which of the given codes are not in the database, to answer bad parameters with a 400. */
export async function findUnknownCodes(args: { forums?: string[]; parties?: string[] }, given?: Db): Promise<{ forums: string[]; parties: string[] }> {
  const prisma = await db(given)
  const [forums, parties] = await Promise.all([
    args.forums?.length ? prisma.forum.findMany({ where: { code: { in: args.forums } }, select: { code: true } }) : [],
    args.parties?.length ? prisma.party.findMany({ where: { code: { in: args.parties } }, select: { code: true } }) : [],
  ])
  const known = (rows: { code: string }[]) => new Set(rows.map((r) => r.code))
  const kf = known(forums)
  const kp = known(parties)
  return {
    forums: (args.forums ?? []).filter((c) => !kf.has(c)),
    parties: (args.parties ?? []).filter((c) => !kp.has(c)),
  }
}
