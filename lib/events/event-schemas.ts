import { z } from 'zod';
import { requestExample } from '@/lib/api/request-example';
import { PlacePrecision, ReviewStatus } from '@/lib/generated/prisma/enums';
import { blankAsAbsent, PageQuerySchema } from '@/lib/pagination/cursor';
import { IdSchema, NotFutureDateSchema, optionalText, requireAChange, VersionSchema } from '@/lib/fields/field-schemas';

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
    conflictId: IdSchema.nullable().optional(),
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
      conflictId: 1,
    }));
export type CreateEventInput = z.input<typeof CreateEventSchema>;
export type CreateEventData = z.output<typeof CreateEventSchema>;

/** PATCH /api/v1/events/:id: any event field; `version` is what the editor read. */
export const EditEventSchema = requireAChange(
  z.object({
    title: z.string().trim().min(3, 'Give the event a title.').max(300).optional(),
    summary: optionalText(4000),
    startsAt: NotFutureDateSchema.nullable().optional(),
    endsAt: NotFutureDateSchema.nullable().optional(),
    placeName: optionalText(300),
    latitude: z.number().min(-90).max(90).nullable().optional(),
    longitude: z.number().min(-180).max(180).nullable().optional(),
    placePrecision: z.enum(PlacePrecision).nullable().optional(),
    /** The conflict it belongs to (null: none); its sources then show their alignment in it. */
    conflictId: IdSchema.nullable().optional(),
    reason: optionalText(1000),
    version: VersionSchema,
  }).strict(),
  ['version', 'reason'],
).meta(requestExample({
    title: 'Clashes near Kansafrah, Al-Ruwayha and Bayanin, 30 June – 1 July 2020',
    endsAt: '2020-07-01T00:00:00Z',
    reason: 'The fighting went on into 1 July.',
    version: 1,
  }));
export type EditEventInput = z.input<typeof EditEventSchema>;
export type EditEventData = z.output<typeof EditEventSchema>;

/**
 * DELETE /api/v1/events/:id (editor). An event with claims is deleted only together with
 * moving them to another event (`moveClaimsTo`) or detaching them (`detachClaims`).
 */
export const DeleteEventSchema = z
  .object({
    reason: optionalText(1000),
    version: VersionSchema.optional(),
    moveClaimsTo: IdSchema.optional(),
    detachClaims: z.boolean().optional(),
  })
  .strict()
  .refine((d) => !(d.moveClaimsTo !== undefined && d.detachClaims), {
    message: 'Either move the claims or detach them, not both.',
    path: ['detachClaims'],
  })
  .meta(requestExample({ reason: 'Recorded twice; the claims belong to the other copy.', version: 1, moveClaimsTo: 2 }));
export type DeleteEventInput = z.input<typeof DeleteEventSchema>;

/** POST /api/v1/events/:id/restore (editor); the version is optional for scripts, checked when given. */
export const RestoreEventSchema = z
  .object({ reason: optionalText(1000), version: VersionSchema.optional() })
  .strict()
  .meta(requestExample({ reason: 'Deleted by mistake.', version: 2 }));
export type RestoreEventInput = z.input<typeof RestoreEventSchema>;

/** GET /api/v1/events: a page of events, optionally only those at one review status. */
export const EventListQuerySchema = PageQuerySchema.extend({
  status: z.preprocess(blankAsAbsent, z.enum(ReviewStatus).optional()),
});
export type EventListQuery = z.output<typeof EventListQuerySchema>;
