// Runs once when the server starts: open the database, migrate it, and seed it if it is empty,
// so that the first visitor does not wait for it and a broken database fails loudly at start.
export async function register() {
  if (process.env.NEXT_RUNTIME !== 'nodejs') return
  const { getDatabase } = await import('./lib/db/connection')
  try {
    const db = await getDatabase()
    console.log(`[forum-atlas] database ready: ${db.description}`)
  } catch (error) {
    console.error(`[forum-atlas] database not ready: ${(error as Error).message}`)
    if (error instanceof Error && error.name === 'PgliteLockedError') process.exit(1)
  }
}
