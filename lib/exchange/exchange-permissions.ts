import type { Role } from '@/lib/generated/prisma/enums';

/**
 * The least role to export, the one place it is written (lib, the API contract and the export
 * page read it). Importing an exchange file has its own rules, in lib/import/import-permissions.ts.
 */
export const exchangeRoles = {
  export: 'editor',
} as const satisfies Record<string, Role>;
