import { readFile } from 'node:fs/promises'
import path from 'node:path'
import { LICENCE_LINK_HEADER } from '@/lib/licences'
import { RELEASES } from '@/lib/release/manifest'
import { releaseFileName, RELEASES_DIR } from '@/lib/release/schema'

/** A release's zip, as committed under prisma/data/releases/ (only the names releases.json lists). */
export async function GET(_request: Request, { params }: { params: Promise<{ file: string }> }) {
  const { file } = await params
  const release = RELEASES.find((r) => releaseFileName(r.version) === file)
  if (!release) {
    const known = RELEASES.map((r) => releaseFileName(r.version)).join(', ')
    return Response.json({ error: `no release file ${JSON.stringify(file)}: the releases are ${known}` }, { status: 404 })
  }
  // Read from the repository at run time (`npm start` runs in it), not traced into a bundle.
  const bytes = await readFile(path.join(/*turbopackIgnore: true*/ process.cwd(), RELEASES_DIR, file))
  return new Response(new Uint8Array(bytes), {
    headers: {
      'Content-Type': 'application/zip',
      'Content-Disposition': `attachment; filename="${file}"`,
      'Content-Length': String(bytes.byteLength),
      'X-Content-Type-Options': 'nosniff',
      Digest: `sha-256=${Buffer.from(release.zipSha256, 'hex').toString('base64')}`,
      Link: LICENCE_LINK_HEADER,
    },
  })
}
