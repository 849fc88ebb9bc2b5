import { z } from 'zod';
import { requestExample } from '@/lib/api/request-example';
import { requireAChange, VersionSchema } from '@/lib/fields/field-schemas';

export const ColorSchema = z.string().trim().regex(/^#[0-9a-fA-F]{6}$/, 'Use a colour like #1f77b4.').transform((c) => c.toLowerCase());
export const SlugSchema = z
  .string()
  .trim()
  .toLowerCase()
  .regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, 'Lower-case letters, digits and single hyphens, e.g. pro-sdf.')
  .max(60);

export const CreateAlignmentSchema = z.object({
  slug: SlugSchema,
  label: z.string().trim().min(1, 'Give it a label.').max(100),
  color: ColorSchema,
  description: z.string().trim().max(1000).transform((v) => v || null).nullable().optional(),
  sortOrder: z.coerce.number().int().min(0).max(10_000).optional(),
}).meta(requestExample({ slug: 'pro-sdf', label: 'Pro-SDF', color: '#e8a33d', description: 'Aligned with the Kurdish-led Syrian Democratic Forces in north-east Syria.', sortOrder: 40 }));
export type CreateAlignmentInput = z.input<typeof CreateAlignmentSchema>;

/**
 * Rename, recolour, reorder, retire or restore; the slug itself never changes (it is the key).
 * `version` is required: without it two admins' edits would silently overwrite each other.
 */
export const UpdateAlignmentSchema = requireAChange(
  z.object({
    label: z.string().trim().min(1, 'Give it a label.').max(100).optional(),
    color: ColorSchema.optional(),
    description: z.string().trim().max(1000).transform((v) => v || null).nullable().optional(),
    sortOrder: z.coerce.number().int().min(0).max(10_000).optional(),
    retired: z.preprocess((v) => (v === 'true' ? true : v === 'false' ? false : v), z.boolean()).optional(),
    version: VersionSchema,
  }).strict(),
  ['version'],
).meta(requestExample({ label: 'Pro-government (Damascus and Moscow)', version: 1 }));
export type UpdateAlignmentInput = z.input<typeof UpdateAlignmentSchema>;
