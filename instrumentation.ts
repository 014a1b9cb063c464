// Runs once when the server starts (Node.js runtime only): prepare the database before the first
// visitor arrives, so that a broken database fails loudly at start rather than on a page.
export async function register() {
  if (process.env.NEXT_RUNTIME === 'nodejs') {
    const { prepareDatabaseAtStartup } = await import('./lib/db/startup')
    await prepareDatabaseAtStartup()
  }
}
