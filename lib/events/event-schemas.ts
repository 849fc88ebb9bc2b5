import { z } from 'zod';
import { requestExample } from '@/lib/api/request-example';
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
  .refine((e) => !e.startsAt || !e.endsAt || e.endsAt >= e.startsAt, { message: 'The event ends before it starts.', path: ['endsAt'] })
  .meta(requestExample({
      title: 'Clashes near Kansafrah, Al-Ruwayha and Bayanin, 30 June 2020',
      summary: 'Fighting between the Syrian Army and Turkish-backed militants in southern Idlib; each side blames the other.',
      startsAt: '2020-06-30T00:00:00Z',
      endsAt: '2020-07-01T00:00:00Z',
      placeName: 'Kansafrah, Al-Ruwayha and Bayanin, southern Idlib',
      latitude: 35.69,
      longitude: 36.47,
      placePrecision: 'district',
    }));
export type CreateEventInput = z.input<typeof CreateEventSchema>;
export type CreateEventData = z.output<typeof CreateEventSchema>;
