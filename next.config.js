/** @type {import('next').NextConfig} */
const nextConfig = {
  // PGlite loads its WASM and data files from its own package directory at run time, so it must
  // not be bundled (see ../shared/STACK.md, "Next bundling").
  serverExternalPackages: ['@electric-sql/pglite', 'pglite-prisma-adapter'],
  poweredByHeader: false,
  typedRoutes: false,
}

export default nextConfig
