import { NextResponse } from 'next/server';
import { defineRoute } from '@/lib/api/define-route.server';
import { claimApi } from '@/lib/claims/claim-api';
import { listClaimsJson } from '@/lib/claims/claim-queries.server';
import { createClaim } from '@/lib/claims/create-claim.server';

// The body comes as JSON text: PostgreSQL writes the list's items.
export const GET = defineRoute(claimApi.list, async ({ viewer, query }) =>
  new NextResponse(await listClaimsJson(viewer, query), { headers: { 'content-type': 'application/json' } }));

/** A claim with its attributions (relays by index) in one transaction; 201 with the claim. */
export const POST = defineRoute(claimApi.create, async ({ viewer, body, ip }) => {
  const claim = await createClaim(viewer, body, ip);
  return NextResponse.json(claim, { status: 201, headers: { Location: `/api/v1/claims/${claim.id}` } });
});
