import 'server-only';
import { z } from 'zod';
import { IdSchema } from '@/lib/fields/field-schemas';
import { defineAction } from '@/lib/api/define-action.server';
import { RateSourceSchema } from '@/lib/ratings/rating-schemas';
import { rateSource } from '@/lib/ratings/rate-source.server';
import { ratingRoles } from '@/lib/ratings/rating-permissions';
import { UpdateSourceSchema } from '@/lib/sources/source-schemas';
import { updateSource } from '@/lib/sources/source-commands.server';
import { sourceRoles } from '@/lib/sources/source-permissions';

const SourceIdField = { sourceId: IdSchema };

export const rateSourceHandler = defineAction({
  role: ratingRoles.rate,
  schema: RateSourceSchema.extend(SourceIdField),
  run: (viewer, { sourceId, ...input }, { ip }) => rateSource(viewer, sourceId, input, ip),
});

export const updateSourceHandler = defineAction({
  role: sourceRoles.editDetails,
  schema: UpdateSourceSchema.extend(SourceIdField),
  run: (viewer, { sourceId, ...input }, { ip }) => updateSource(viewer, sourceId, input, ip),
});
