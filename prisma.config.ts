// Prisma CLI configuration. The app never runs the CLI at start-up: migrations are applied by
// lib/db/migrator.ts (see README, "Migrations"), so this file only matters for `prisma generate`
// and for users who switch to `prisma migrate deploy` on a machine with internet access.
import { defineConfig } from 'prisma/config'

export default defineConfig({
  schema: 'prisma/schema.prisma',
  migrations: { path: 'prisma/migrations', seed: 'tsx --conditions=react-server scripts/db-seed.ts' },
  datasource: { url: process.env.DATABASE_URL ?? 'postgresql://localhost:5432/forum_atlas' },
})
