import Link from '@/components/ui/link'

export default function NotFound() {
  return (
    <>
      <h1>Not found</h1>
      <p className="lede">There is no forum, party or page at this address.</p>
      <p>
        See the <Link href="/forums">list of forums</Link> or the <Link href="/parties">list of parties</Link>.
      </p>
    </>
  )
}
