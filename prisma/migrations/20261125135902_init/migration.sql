-- CreateEnum
CREATE TYPE "Role" AS ENUM ('reviewer', 'editor', 'admin');

-- CreateEnum
CREATE TYPE "UserStatus" AS ENUM ('active', 'invited', 'disabled');

-- CreateEnum
CREATE TYPE "SourceKind" AS ENUM ('outlet', 'official', 'government', 'armed_group', 'intergovernmental_body', 'monitor', 'social_account', 'unnamed_group', 'other');

-- CreateEnum
CREATE TYPE "Reliability" AS ENUM ('A', 'B', 'C', 'D', 'E', 'F');

-- CreateEnum
CREATE TYPE "AttributionRole" AS ENUM ('asserts', 'relays', 'denies');

-- CreateEnum
CREATE TYPE "RelationType" AS ENUM ('contradicts', 'supports', 'same_as');

-- CreateEnum
CREATE TYPE "Dispute" AS ENUM ('occurrence', 'responsibility', 'figures', 'time', 'place', 'characterisation');

-- CreateEnum
CREATE TYPE "DatePrecision" AS ENUM ('day', 'week', 'month', 'year');

-- CreateEnum
CREATE TYPE "PlacePrecision" AS ENUM ('exact', 'town', 'district', 'province', 'country');

-- CreateEnum
CREATE TYPE "PartyRole" AS ENUM ('perpetrator', 'target', 'other');

-- CreateEnum
CREATE TYPE "AnchorStatus" AS ENUM ('anchored', 'reanchored', 'lost');

-- CreateTable
CREATE TABLE "users" (
    "id" SERIAL NOT NULL,
    "email" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "role" "Role" NOT NULL DEFAULT 'reviewer',
    "status" "UserStatus" NOT NULL DEFAULT 'active',
    "password_hash" TEXT,
    "password_set_token_hash" TEXT,
    "password_set_expires_at" TIMESTAMPTZ(3),
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "users_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "api_tokens" (
    "id" SERIAL NOT NULL,
    "user_id" INTEGER NOT NULL,
    "name" TEXT NOT NULL,
    "token_hash" TEXT NOT NULL,
    "token_prefix" TEXT NOT NULL,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "last_used_at" TIMESTAMPTZ(3),
    "expires_at" TIMESTAMPTZ(3),
    "revoked_at" TIMESTAMPTZ(3),

    CONSTRAINT "api_tokens_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "rate_limit_buckets" (
    "key" TEXT NOT NULL,
    "hits" INTEGER NOT NULL DEFAULT 0,
    "window_start" TIMESTAMPTZ(3) NOT NULL,
    "blocked_until" TIMESTAMPTZ(3),

    CONSTRAINT "rate_limit_buckets_pkey" PRIMARY KEY ("key")
);

-- CreateTable
CREATE TABLE "alignments" (
    "slug" TEXT NOT NULL,
    "label" TEXT NOT NULL,
    "color" TEXT NOT NULL,
    "description" TEXT,
    "sort_order" INTEGER NOT NULL DEFAULT 100,
    "retired_at" TIMESTAMPTZ(3),
    "version" INTEGER NOT NULL DEFAULT 1,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "alignments_pkey" PRIMARY KEY ("slug")
);

-- CreateTable
CREATE TABLE "sources" (
    "id" SERIAL NOT NULL,
    "external_id" TEXT,
    "name" TEXT NOT NULL,
    "kind" "SourceKind" NOT NULL,
    "alignment_slug" TEXT NOT NULL,
    "country" TEXT,
    "language" TEXT,
    "aliases" TEXT[] DEFAULT ARRAY[]::TEXT[],
    "description" TEXT,
    "homepage" TEXT,
    "represents_id" INTEGER,
    "reliability" "Reliability" NOT NULL DEFAULT 'F',
    "rating_version" INTEGER NOT NULL DEFAULT 0,
    "version" INTEGER NOT NULL DEFAULT 1,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "sources_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "rating_revisions" (
    "id" SERIAL NOT NULL,
    "source_id" INTEGER NOT NULL,
    "version" INTEGER NOT NULL,
    "reliability" "Reliability" NOT NULL,
    "previous" "Reliability",
    "rationale" TEXT NOT NULL,
    "author_id" INTEGER,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "rating_revisions_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "source_alignment_changes" (
    "id" SERIAL NOT NULL,
    "source_id" INTEGER NOT NULL,
    "from_slug" TEXT,
    "to_slug" TEXT NOT NULL,
    "reason" TEXT NOT NULL,
    "author_id" INTEGER,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "source_alignment_changes_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "documents" (
    "id" SERIAL NOT NULL,
    "external_id" TEXT,
    "url" TEXT NOT NULL,
    "normalized_url" TEXT NOT NULL,
    "title" TEXT NOT NULL,
    "publisher_id" INTEGER,
    "author" TEXT,
    "published_at" TIMESTAMPTZ(3),
    "retrieved_at" TIMESTAMPTZ(3),
    "language" TEXT,
    "text" TEXT NOT NULL,
    "text_sha256" TEXT NOT NULL,
    "captured_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "source_credit" TEXT,
    "republishes_id" INTEGER,
    "removed_noticed_at" TIMESTAMPTZ(3),
    "created_by_id" INTEGER,
    "version" INTEGER NOT NULL DEFAULT 1,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "documents_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "events" (
    "id" SERIAL NOT NULL,
    "external_id" TEXT,
    "title" TEXT NOT NULL,
    "summary" TEXT,
    "starts_at" TIMESTAMPTZ(3),
    "ends_at" TIMESTAMPTZ(3),
    "place_name" TEXT,
    "latitude" DOUBLE PRECISION,
    "longitude" DOUBLE PRECISION,
    "place_precision" "PlacePrecision",
    "version" INTEGER NOT NULL DEFAULT 1,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "events_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "claims" (
    "id" SERIAL NOT NULL,
    "external_id" TEXT,
    "text" TEXT NOT NULL,
    "language" TEXT NOT NULL DEFAULT 'en',
    "original_text" TEXT,
    "original_language" TEXT,
    "occurred_at" TIMESTAMPTZ(3),
    "occurred_precision" "DatePrecision",
    "place_name" TEXT,
    "latitude" DOUBLE PRECISION,
    "longitude" DOUBLE PRECISION,
    "place_precision" "PlacePrecision",
    "event_id" INTEGER,
    "credibility" INTEGER NOT NULL DEFAULT 6,
    "credibility_reason" TEXT,
    "origin_count" INTEGER NOT NULL DEFAULT 0,
    "carrier_count" INTEGER NOT NULL DEFAULT 0,
    "version" INTEGER NOT NULL DEFAULT 1,
    "created_by_id" INTEGER,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMPTZ(3) NOT NULL,
    "deleted_at" TIMESTAMPTZ(3),
    "deleted_by_id" INTEGER,
    "merged_into_id" INTEGER,
    "search_vector" tsvector,

    CONSTRAINT "claims_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "claim_parties" (
    "id" SERIAL NOT NULL,
    "claim_id" INTEGER NOT NULL,
    "role" "PartyRole" NOT NULL,
    "name" TEXT NOT NULL,
    "source_id" INTEGER,

    CONSTRAINT "claim_parties_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "claim_figures" (
    "id" SERIAL NOT NULL,
    "claim_id" INTEGER NOT NULL,
    "measure" TEXT NOT NULL,
    "subject" TEXT,
    "min" INTEGER,
    "max" INTEGER,
    "wording" TEXT,

    CONSTRAINT "claim_figures_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "attributions" (
    "id" SERIAL NOT NULL,
    "external_id" TEXT,
    "claim_id" INTEGER NOT NULL,
    "source_id" INTEGER NOT NULL,
    "role" "AttributionRole" NOT NULL,
    "document_id" INTEGER,
    "quote_exact" TEXT,
    "quote_prefix" TEXT,
    "quote_suffix" TEXT,
    "quote_start" INTEGER,
    "anchor_status" "AnchorStatus" NOT NULL DEFAULT 'anchored',
    "venue" TEXT,
    "stated_at" TIMESTAMPTZ(3),
    "relays_id" INTEGER,
    "created_by_id" INTEGER,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "attributions_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "claim_relations" (
    "id" SERIAL NOT NULL,
    "external_id" TEXT,
    "claim_a_id" INTEGER NOT NULL,
    "claim_b_id" INTEGER NOT NULL,
    "type" "RelationType" NOT NULL,
    "subject_claim_id" INTEGER,
    "disputes" "Dispute"[] DEFAULT ARRAY[]::"Dispute"[],
    "note" TEXT,
    "created_by_id" INTEGER,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "claim_relations_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "claim_revisions" (
    "id" SERIAL NOT NULL,
    "claim_id" INTEGER NOT NULL,
    "version" INTEGER NOT NULL,
    "action" TEXT NOT NULL,
    "reason" TEXT,
    "snapshot" JSONB NOT NULL,
    "author_id" INTEGER,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "claim_revisions_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "audit_log" (
    "id" SERIAL NOT NULL,
    "actor_id" INTEGER,
    "actor_label" TEXT,
    "action" TEXT NOT NULL,
    "entity_type" TEXT NOT NULL,
    "entity_id" TEXT NOT NULL,
    "before" JSONB,
    "after" JSONB,
    "ip" TEXT,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "audit_log_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "users_email_key" ON "users"("email");

-- CreateIndex
CREATE UNIQUE INDEX "users_password_set_token_hash_key" ON "users"("password_set_token_hash");

-- CreateIndex
CREATE UNIQUE INDEX "api_tokens_token_hash_key" ON "api_tokens"("token_hash");

-- CreateIndex
CREATE INDEX "api_tokens_user_id_idx" ON "api_tokens"("user_id");

-- CreateIndex
CREATE UNIQUE INDEX "sources_external_id_key" ON "sources"("external_id");

-- CreateIndex
CREATE INDEX "sources_alignment_slug_idx" ON "sources"("alignment_slug");

-- CreateIndex
CREATE INDEX "sources_name_idx" ON "sources"("name");

-- CreateIndex
CREATE INDEX "rating_revisions_created_at_idx" ON "rating_revisions"("created_at");

-- CreateIndex
CREATE UNIQUE INDEX "rating_revisions_source_id_version_key" ON "rating_revisions"("source_id", "version");

-- CreateIndex
CREATE INDEX "source_alignment_changes_source_id_created_at_idx" ON "source_alignment_changes"("source_id", "created_at");

-- CreateIndex
CREATE UNIQUE INDEX "documents_external_id_key" ON "documents"("external_id");

-- CreateIndex
CREATE UNIQUE INDEX "documents_normalized_url_key" ON "documents"("normalized_url");

-- CreateIndex
CREATE INDEX "documents_publisher_id_idx" ON "documents"("publisher_id");

-- CreateIndex
CREATE UNIQUE INDEX "events_external_id_key" ON "events"("external_id");

-- CreateIndex
CREATE INDEX "events_starts_at_idx" ON "events"("starts_at");

-- CreateIndex
CREATE UNIQUE INDEX "claims_external_id_key" ON "claims"("external_id");

-- CreateIndex
CREATE INDEX "claims_event_id_idx" ON "claims"("event_id");

-- CreateIndex
CREATE INDEX "claims_created_at_id_idx" ON "claims"("created_at" DESC, "id" DESC);

-- CreateIndex
CREATE INDEX "claims_credibility_idx" ON "claims"("credibility");

-- CreateIndex
CREATE INDEX "claim_parties_claim_id_idx" ON "claim_parties"("claim_id");

-- CreateIndex
CREATE INDEX "claim_figures_claim_id_idx" ON "claim_figures"("claim_id");

-- CreateIndex
CREATE UNIQUE INDEX "attributions_external_id_key" ON "attributions"("external_id");

-- CreateIndex
CREATE INDEX "attributions_claim_id_idx" ON "attributions"("claim_id");

-- CreateIndex
CREATE INDEX "attributions_source_id_claim_id_idx" ON "attributions"("source_id", "claim_id");

-- CreateIndex
CREATE INDEX "attributions_document_id_idx" ON "attributions"("document_id");

-- CreateIndex
CREATE INDEX "attributions_relays_id_idx" ON "attributions"("relays_id");

-- CreateIndex
CREATE UNIQUE INDEX "attributions_id_claim_id_key" ON "attributions"("id", "claim_id");

-- CreateIndex
CREATE UNIQUE INDEX "claim_relations_external_id_key" ON "claim_relations"("external_id");

-- CreateIndex
CREATE INDEX "claim_relations_claim_b_id_idx" ON "claim_relations"("claim_b_id");

-- CreateIndex
CREATE INDEX "claim_relations_type_idx" ON "claim_relations"("type");

-- CreateIndex
CREATE UNIQUE INDEX "claim_relations_claim_a_id_claim_b_id_key" ON "claim_relations"("claim_a_id", "claim_b_id");

-- CreateIndex
CREATE INDEX "claim_revisions_claim_id_version_idx" ON "claim_revisions"("claim_id", "version");

-- CreateIndex
CREATE INDEX "audit_log_entity_type_entity_id_idx" ON "audit_log"("entity_type", "entity_id");

-- CreateIndex
CREATE INDEX "audit_log_created_at_idx" ON "audit_log"("created_at");

-- CreateIndex
CREATE INDEX "audit_log_actor_id_idx" ON "audit_log"("actor_id");

-- AddForeignKey
ALTER TABLE "api_tokens" ADD CONSTRAINT "api_tokens_user_id_fkey" FOREIGN KEY ("user_id") REFERENCES "users"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "sources" ADD CONSTRAINT "sources_alignment_slug_fkey" FOREIGN KEY ("alignment_slug") REFERENCES "alignments"("slug") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "sources" ADD CONSTRAINT "sources_represents_id_fkey" FOREIGN KEY ("represents_id") REFERENCES "sources"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "rating_revisions" ADD CONSTRAINT "rating_revisions_source_id_fkey" FOREIGN KEY ("source_id") REFERENCES "sources"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "rating_revisions" ADD CONSTRAINT "rating_revisions_author_id_fkey" FOREIGN KEY ("author_id") REFERENCES "users"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "source_alignment_changes" ADD CONSTRAINT "source_alignment_changes_source_id_fkey" FOREIGN KEY ("source_id") REFERENCES "sources"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "source_alignment_changes" ADD CONSTRAINT "source_alignment_changes_from_slug_fkey" FOREIGN KEY ("from_slug") REFERENCES "alignments"("slug") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "source_alignment_changes" ADD CONSTRAINT "source_alignment_changes_to_slug_fkey" FOREIGN KEY ("to_slug") REFERENCES "alignments"("slug") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "source_alignment_changes" ADD CONSTRAINT "source_alignment_changes_author_id_fkey" FOREIGN KEY ("author_id") REFERENCES "users"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "documents" ADD CONSTRAINT "documents_publisher_id_fkey" FOREIGN KEY ("publisher_id") REFERENCES "sources"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "documents" ADD CONSTRAINT "documents_republishes_id_fkey" FOREIGN KEY ("republishes_id") REFERENCES "documents"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "documents" ADD CONSTRAINT "documents_created_by_id_fkey" FOREIGN KEY ("created_by_id") REFERENCES "users"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "claims" ADD CONSTRAINT "claims_event_id_fkey" FOREIGN KEY ("event_id") REFERENCES "events"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "claims" ADD CONSTRAINT "claims_created_by_id_fkey" FOREIGN KEY ("created_by_id") REFERENCES "users"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "claims" ADD CONSTRAINT "claims_deleted_by_id_fkey" FOREIGN KEY ("deleted_by_id") REFERENCES "users"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "claims" ADD CONSTRAINT "claims_merged_into_id_fkey" FOREIGN KEY ("merged_into_id") REFERENCES "claims"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "claim_parties" ADD CONSTRAINT "claim_parties_claim_id_fkey" FOREIGN KEY ("claim_id") REFERENCES "claims"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "claim_parties" ADD CONSTRAINT "claim_parties_source_id_fkey" FOREIGN KEY ("source_id") REFERENCES "sources"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "claim_figures" ADD CONSTRAINT "claim_figures_claim_id_fkey" FOREIGN KEY ("claim_id") REFERENCES "claims"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "attributions" ADD CONSTRAINT "attributions_claim_id_fkey" FOREIGN KEY ("claim_id") REFERENCES "claims"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "attributions" ADD CONSTRAINT "attributions_source_id_fkey" FOREIGN KEY ("source_id") REFERENCES "sources"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "attributions" ADD CONSTRAINT "attributions_document_id_fkey" FOREIGN KEY ("document_id") REFERENCES "documents"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "attributions" ADD CONSTRAINT "attributions_relays_id_fkey" FOREIGN KEY ("relays_id") REFERENCES "attributions"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "attributions" ADD CONSTRAINT "attributions_created_by_id_fkey" FOREIGN KEY ("created_by_id") REFERENCES "users"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "claim_relations" ADD CONSTRAINT "claim_relations_claim_a_id_fkey" FOREIGN KEY ("claim_a_id") REFERENCES "claims"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "claim_relations" ADD CONSTRAINT "claim_relations_claim_b_id_fkey" FOREIGN KEY ("claim_b_id") REFERENCES "claims"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "claim_relations" ADD CONSTRAINT "claim_relations_created_by_id_fkey" FOREIGN KEY ("created_by_id") REFERENCES "users"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "claim_revisions" ADD CONSTRAINT "claim_revisions_claim_id_fkey" FOREIGN KEY ("claim_id") REFERENCES "claims"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "claim_revisions" ADD CONSTRAINT "claim_revisions_author_id_fkey" FOREIGN KEY ("author_id") REFERENCES "users"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "audit_log" ADD CONSTRAINT "audit_log_actor_id_fkey" FOREIGN KEY ("actor_id") REFERENCES "users"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- Hand-written part of the init migration: what the Prisma schema language cannot express.

CREATE EXTENSION IF NOT EXISTS unaccent;
CREATE EXTENSION IF NOT EXISTS pg_trgm;

-- unaccent() is STABLE; a generated column needs an IMMUTABLE wrapper naming its dictionary.
CREATE OR REPLACE FUNCTION public.immutable_unaccent(input text) RETURNS text
  LANGUAGE sql IMMUTABLE PARALLEL SAFE STRICT
  AS $$ SELECT public.unaccent('public.unaccent'::regdictionary, input) $$;

-- Full-text search over the claim and its original-language wording. 'simple' keeps Arabic,
-- Russian and English tokens alike (no language-specific stemming to get wrong).
ALTER TABLE "claims" DROP COLUMN IF EXISTS "search_vector";
ALTER TABLE "claims" ADD COLUMN "search_vector" tsvector GENERATED ALWAYS AS (
  setweight(to_tsvector('simple', public.immutable_unaccent(coalesce("text", ''))), 'A') ||
  setweight(to_tsvector('simple', public.immutable_unaccent(coalesce("original_text", ''))), 'B')
) STORED;
CREATE INDEX "claims_search_vector_idx" ON "claims" USING GIN ("search_vector");

-- Trigram indexes on the short fields only (names, aliases, venues, titles).
CREATE INDEX "sources_name_trgm_idx" ON "sources" USING GIN ("name" gin_trgm_ops);
CREATE INDEX "attributions_venue_trgm_idx" ON "attributions" USING GIN ("venue" gin_trgm_ops);
CREATE INDEX "events_title_trgm_idx" ON "events" USING GIN ("title" gin_trgm_ops);

-- Integrity the database enforces itself.
ALTER TABLE "claims"
  ADD CONSTRAINT "claims_credibility_range" CHECK ("credibility" BETWEEN 1 AND 6),
  ADD CONSTRAINT "claims_text_not_blank" CHECK (length(btrim("text")) > 0),
  ADD CONSTRAINT "claims_text_length" CHECK (char_length("text") <= 5000),
  ADD CONSTRAINT "claims_latitude_range" CHECK ("latitude" IS NULL OR "latitude" BETWEEN -90 AND 90),
  ADD CONSTRAINT "claims_longitude_range" CHECK ("longitude" IS NULL OR "longitude" BETWEEN -180 AND 180),
  ADD CONSTRAINT "claims_not_merged_into_self" CHECK ("merged_into_id" IS NULL OR "merged_into_id" <> "id"),
  ADD CONSTRAINT "claims_version_positive" CHECK ("version" >= 1);

ALTER TABLE "events"
  ADD CONSTRAINT "events_latitude_range" CHECK ("latitude" IS NULL OR "latitude" BETWEEN -90 AND 90),
  ADD CONSTRAINT "events_longitude_range" CHECK ("longitude" IS NULL OR "longitude" BETWEEN -180 AND 180),
  ADD CONSTRAINT "events_dates_ordered" CHECK ("ends_at" IS NULL OR "starts_at" IS NULL OR "ends_at" >= "starts_at");

ALTER TABLE "documents"
  ADD CONSTRAINT "documents_url_http" CHECK ("url" ~* '^https?://[^\s/]+'),
  ADD CONSTRAINT "documents_sha256_hex" CHECK ("text_sha256" ~ '^[0-9a-f]{64}$'),
  ADD CONSTRAINT "documents_not_republishing_self" CHECK ("republishes_id" IS NULL OR "republishes_id" <> "id");

ALTER TABLE "sources"
  ADD CONSTRAINT "sources_homepage_http" CHECK ("homepage" IS NULL OR "homepage" ~* '^https?://[^\s/]+'),
  ADD CONSTRAINT "sources_name_not_blank" CHECK (length(btrim("name")) > 0),
  ADD CONSTRAINT "sources_not_representing_self" CHECK ("represents_id" IS NULL OR "represents_id" <> "id"),
  ADD CONSTRAINT "sources_rating_version_nonnegative" CHECK ("rating_version" >= 0);

ALTER TABLE "alignments"
  ADD CONSTRAINT "alignments_slug_format" CHECK ("slug" ~ '^[a-z0-9]+(-[a-z0-9]+)*$'),
  ADD CONSTRAINT "alignments_color_hex" CHECK ("color" ~ '^#[0-9a-fA-F]{6}$');

ALTER TABLE "users"
  ADD CONSTRAINT "users_email_lowercase" CHECK ("email" = lower("email"));

ALTER TABLE "rating_revisions"
  ADD CONSTRAINT "rating_revisions_rationale_not_blank" CHECK (length(btrim("rationale")) > 0),
  ADD CONSTRAINT "rating_revisions_version_positive" CHECK ("version" >= 1);

ALTER TABLE "source_alignment_changes"
  ADD CONSTRAINT "source_alignment_changes_reason_not_blank" CHECK (length(btrim("reason")) > 0);

ALTER TABLE "claim_figures"
  ADD CONSTRAINT "claim_figures_range_ordered" CHECK ("min" IS NULL OR "max" IS NULL OR "min" <= "max"),
  ADD CONSTRAINT "claim_figures_nonnegative" CHECK (coalesce("min", 0) >= 0 AND coalesce("max", 0) >= 0),
  ADD CONSTRAINT "claim_figures_has_bound" CHECK ("min" IS NOT NULL OR "max" IS NOT NULL);

-- A relation pair is stored once, in canonical order; no claim relates to itself.
ALTER TABLE "claim_relations"
  ADD CONSTRAINT "claim_relations_no_self" CHECK ("claim_a_id" <> "claim_b_id"),
  ADD CONSTRAINT "claim_relations_canonical_order" CHECK ("claim_a_id" < "claim_b_id"),
  ADD CONSTRAINT "claim_relations_subject_in_pair" CHECK (
    ("type" = 'supports' AND "subject_claim_id" IN ("claim_a_id", "claim_b_id"))
    OR ("type" <> 'supports' AND "subject_claim_id" IS NULL)),
  ADD CONSTRAINT "claim_relations_disputes_only_for_contradictions" CHECK (
    "type" = 'contradicts' OR cardinality("disputes") = 0);

-- A relay points at an attribution of the same claim, and only relays point anywhere.
ALTER TABLE "attributions"
  ADD CONSTRAINT "attributions_relay_role" CHECK (("role" = 'relays') OR ("relays_id" IS NULL)),
  ADD CONSTRAINT "attributions_not_relaying_self" CHECK ("relays_id" IS NULL OR "relays_id" <> "id"),
  ADD CONSTRAINT "attributions_quote_not_blank" CHECK ("quote_exact" IS NULL OR length("quote_exact") > 0),
  ADD CONSTRAINT "attributions_quote_needs_document" CHECK ("quote_exact" IS NULL OR "document_id" IS NOT NULL),
  ADD CONSTRAINT "attributions_relay_same_claim" FOREIGN KEY ("relays_id", "claim_id")
    REFERENCES "attributions" ("id", "claim_id") DEFERRABLE INITIALLY IMMEDIATE;

-- The audit log is append-only.
CREATE OR REPLACE FUNCTION public.audit_log_append_only() RETURNS trigger
  LANGUAGE plpgsql AS $$
BEGIN
  RAISE EXCEPTION 'audit_log is append-only (% refused)', TG_OP USING ERRCODE = 'insufficient_privilege';
END $$;
CREATE TRIGGER "audit_log_no_update" BEFORE UPDATE OR DELETE ON "audit_log"
  FOR EACH ROW EXECUTE FUNCTION public.audit_log_append_only();
CREATE TRIGGER "audit_log_no_truncate" BEFORE TRUNCATE ON "audit_log"
  FOR EACH STATEMENT EXECUTE FUNCTION public.audit_log_append_only();
