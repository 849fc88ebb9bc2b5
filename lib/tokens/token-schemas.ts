import { z } from 'zod';
import { requestExample } from '@/lib/api/request-example';
import { IdSchema } from '@/lib/fields/field-schemas';

export const CreateTokenSchema = z.object({
  name: z.string().trim().min(1, 'Give the token a name, e.g. "import script".').max(100),
  // An empty form field means "never expires".
  expiresInDays: z.preprocess((v) => (v === '' || v === null ? undefined : v), z.coerce.number().int().min(1).max(3650).optional()),
}).meta(requestExample({ name: 'South Front import script', expiresInDays: 90 }));
export type CreateTokenInput = z.infer<typeof CreateTokenSchema>;

export const RevokeTokenSchema = z.object({ tokenId: IdSchema });
