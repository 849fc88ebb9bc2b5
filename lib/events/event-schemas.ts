import { z } from 'zod';
import { PlacePrecision } from '@/lib/generated/prisma/enums';
import { NotFutureDateSchema, optionalText } from '@/lib/fields/field-schemas';

/** POST /api/v1/events, and the "new event" part of the capture form. */
export const CreateEventSchema = z
  .object({
    title: z.string().trim().min(3, 'Give the event a title.').max(300),
    summary: optionalText(4000),
    startsAt: NotFutureDateSchema.nullable().optional(),
    endsAt: NotFutureDateSchema.nullable().optional(),
    placeName: optionalText(300),
    latitude: z.number().min(-90).max(90).nullable().optional(),
    longitude: z.number().min(-180).max(180).nullable().optional(),
    placePrecision: z.enum(PlacePrecision).nullable().optional(),
  })
  .strict()
  .refine((e) => !e.startsAt || !e.endsAt || e.endsAt >= e.startsAt, { message: 'The event ends before it starts.', path: ['endsAt'] });
export type CreateEventInput = z.input<typeof CreateEventSchema>;
export type CreateEventData = z.output<typeof CreateEventSchema>;
