import { z } from 'zod';

/** POST /api/v1/exchange/import's query: the file's name, kept in each added row's provenance. */
export const ImportExchangeQuerySchema = z.object({
  // Never refused: the import keeps its first 200 characters.
  name: z.string().optional().meta({ description: "The uploaded file's name, shown in the history of what it adds." }),
});
