import { z } from 'zod';

// The Idempotency-Key request header (IETF draft-ietf-httpapi-idempotency-key-header): here any
// 1–255 printable ASCII characters, so a UUID, a ULID or a client's own counter all fit.
export const IDEMPOTENCY_KEY_HEADER = 'Idempotency-Key';

export const IdempotencyKeySchema = z
  .string()
  .min(1)
  .max(255)
  .regex(/^[\x20-\x7e]+$/, 'Use printable ASCII characters only.')
  .meta({
    description:
      'Optional. A retry with the same key and the same body within 24 hours replays the first successful answer (header `Idempotent-Replayed: true`) instead of doing the work again; the same key with another body or path is a 422, and a retry while the first is still running a 409. Failed requests are not stored.',
    example: '4f0c1c1e-2d9b-4c55-9a43-7b1e6f3a2c10',
  });

export const IdempotencyHeaderSchema = z.object({ [IDEMPOTENCY_KEY_HEADER]: IdempotencyKeySchema.optional() });
