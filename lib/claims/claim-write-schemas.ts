import { z } from 'zod';
import { requestExample } from '@/lib/api/request-example';
import { DatePrecision, PartyRole, PlacePrecision } from '@/lib/generated/prisma/enums';
import { AttributionInputSchema } from '@/lib/attributions/attribution-schemas';
import { CreateEventSchema } from '@/lib/events/event-schemas';
import { CountSchema, IdSchema, LanguageSchema, NotFutureDateSchema, optionalText, requireAChange, VersionSchema } from '@/lib/fields/field-schemas';

// Writes to a claim. One schema per write, shared by the API, the capture form and the edit form.

export const MAX_CLAIM_CHARS = 5000;

// Over the limit, the shared wording says by how much ("Keep the text to 5000 characters or fewer (it has 5120).").
const ClaimTextSchema = z.string().trim().min(1, 'Word the claim.').max(MAX_CLAIM_CHARS);

export const PartyInputSchema = z.object({
  role: z.enum(PartyRole),
  name: z.string().trim().min(1, 'Name the party.').max(300),
  sourceId: IdSchema.nullable().optional(),
});

// "At least 5 soldiers killed": measure killed, subject soldiers, min 5, no max.
export const FigureInputSchema = z
  .object({
    measure: z.string().trim().min(1, 'Say what is counted (killed, wounded…).').max(100),
    subject: optionalText(200),
    min: CountSchema.nullable().optional(),
    max: CountSchema.nullable().optional(),
    wording: optionalText(500),
  })
  .refine((f) => f.min != null || f.max != null, { message: 'Give a minimum, a maximum or both.', path: ['min'] })
  .refine((f) => f.min == null || f.max == null || f.min <= f.max, { message: 'The minimum exceeds the maximum.', path: ['max'] });

const claimFields = {
  text: ClaimTextSchema,
  language: LanguageSchema.default('en'),
  originalText: optionalText(MAX_CLAIM_CHARS),
  originalLanguage: LanguageSchema.nullable().optional(),
  occurredAt: NotFutureDateSchema.nullable().optional(),
  occurredPrecision: z.enum(DatePrecision).nullable().optional(),
  placeName: optionalText(300),
  latitude: z.number().min(-90).max(90).nullable().optional(),
  longitude: z.number().min(-180).max(180).nullable().optional(),
  placePrecision: z.enum(PlacePrecision).nullable().optional(),
  eventId: IdSchema.nullable().optional(),
  parties: z.array(PartyInputSchema).max(20).optional(),
  figures: z.array(FigureInputSchema).max(20).optional(),
};

/** POST /api/v1/claims: the claim, its attributions (relays by index), and optionally a new event. */
export const CreateClaimSchema = z
  .object({
    ...claimFields,
    newEvent: CreateEventSchema.optional(),
    attributions: z.array(AttributionInputSchema).min(1, 'Record at least who asserts the claim.').max(50),
  })
  .strict()
  .refine((c) => !(c.eventId && c.newEvent), { message: 'Pick an event or create one, not both.', path: ['eventId'] })
  .meta(requestExample({
      text: 'Intense artillery shelling targeted positions of Hayat Tahrir al-Sham across the Jabal al-Zawiyah area.',
      language: 'en',
      occurredAt: '2020-06-30T00:00:00Z',
      occurredPrecision: 'day',
      placeName: 'Jabal al-Zawiyah, southern Idlib',
      latitude: 35.7,
      longitude: 36.5,
      placePrecision: 'district',
      eventId: 1,
      parties: [{ role: 'target', name: 'Hayat Tahrir al-Sham', sourceId: 12 }],
      attributions: [
        {
          sourceId: 3,
          role: 'asserts',
          documentId: 1,
          quote: { exact: 'Intense artillery shelling also targeted positions of Hayat Tahrir al-Sham across the Jabal Al-Zawiyah area' },
          statedAt: '2020-07-01T00:00:00Z',
        },
        {
          sourceId: 4,
          role: 'relays',
          relaysIndex: 0,
          documentId: 2,
          quote: { exact: 'Intense artillery shelling also targeted positions of Hayat Tahrir al-Sham across the Jabal Al-Zawiyah area' },
          statedAt: '2020-07-02T00:00:00Z',
        },
      ],
    }));
export type CreateClaimInput = z.input<typeof CreateClaimSchema>;
export type CreateClaimData = z.output<typeof CreateClaimSchema>;

/** PATCH /api/v1/claims/:id: any claim field; `version` is what the editor read. */
export const EditClaimSchema = requireAChange(
  z.object({
    text: ClaimTextSchema.optional(),
    language: LanguageSchema.optional(),
    originalText: claimFields.originalText,
    originalLanguage: claimFields.originalLanguage,
    occurredAt: claimFields.occurredAt,
    occurredPrecision: claimFields.occurredPrecision,
    placeName: claimFields.placeName,
    latitude: claimFields.latitude,
    longitude: claimFields.longitude,
    placePrecision: claimFields.placePrecision,
    eventId: claimFields.eventId,
    parties: claimFields.parties,
    figures: claimFields.figures,
    /** Editors only: changing the credibility needs `credibilityReason`. */
    credibility: z.coerce.number().int().min(1).max(6).optional(),
    credibilityReason: optionalText(1000),
    reason: optionalText(1000),
    version: VersionSchema,
  }).strict(),
  ['version', 'reason', 'credibilityReason'],
).meta(requestExample({
    credibility: 6,
    credibilityReason: "One side's unnamed sources, relayed by a hostile outlet and contradicted by the other side; nothing independent either way.",
    version: 1,
  }));
export type EditClaimInput = z.input<typeof EditClaimSchema>;
export type EditClaimData = z.output<typeof EditClaimSchema>;

/** The claim page's verdict form (editor). */
export const SetCredibilitySchema = z.object({
  credibility: z.coerce.number().int().min(1, 'Choose 1 to 6.').max(6, 'Choose 1 to 6.'),
  credibilityReason: z.string().trim().min(5, 'Give a short reason (5+ characters).').max(1000),
  version: VersionSchema,
});

/** Delete and restore (editor); the version is optional for scripts, checked when given. */
export const ClaimLifecycleSchema = z.object({
  reason: optionalText(1000),
  version: VersionSchema.optional(),
}).meta(requestExample({ reason: 'Recorded twice from the same South Front report; the other copy stays.', version: 1 }));
export type ClaimLifecycleInput = z.input<typeof ClaimLifecycleSchema>;
