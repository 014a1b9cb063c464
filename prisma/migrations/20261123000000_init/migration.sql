-- CreateExtension: btree_gist lets an exclusion constraint combine equality on text with range overlap.
CREATE EXTENSION IF NOT EXISTS "btree_gist";

-- CreateEnum
CREATE TYPE "party_kind" AS ENUM ('state', 'territory', 'bloc', 'organization', 'aggregate');

-- CreateEnum
CREATE TYPE "forum_kind" AS ENUM ('treaty_organization', 'summit_format', 'dialogue_platform', 'process');

-- CreateEnum
CREATE TYPE "membership_status" AS ENUM ('member', 'observer', 'partner', 'associate', 'applicant', 'suspended');

-- CreateEnum
CREATE TYPE "date_precision" AS ENUM ('day', 'month', 'year');

-- CreateEnum
CREATE TYPE "source_kind" AS ENUM ('seed', 'official', 'news', 'reference', 'dataset', 'statistics');

-- CreateEnum
CREATE TYPE "event_kind" AS ENUM ('summit', 'ministerial', 'signing', 'meeting');

-- CreateEnum
CREATE TYPE "attendance_role" AS ENUM ('host', 'participant', 'guest_of_honour', 'observer');

-- CreateEnum
CREATE TYPE "trade_flow_kind" AS ENUM ('export', 'import', 'total');

-- CreateTable
CREATE TABLE "source" (
    "id" TEXT NOT NULL,
    "title" TEXT NOT NULL,
    "publisher" TEXT,
    "url" TEXT,
    "published" TEXT,
    "kind" "source_kind" NOT NULL,
    "note" TEXT,

    CONSTRAINT "source_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "party" (
    "code" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "short_name" TEXT NOT NULL,
    "kind" "party_kind" NOT NULL,
    "region" TEXT NOT NULL,

    CONSTRAINT "party_pkey" PRIMARY KEY ("code")
);

-- CreateTable
CREATE TABLE "forum" (
    "code" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "short_name" TEXT NOT NULL,
    "kind" "forum_kind" NOT NULL,
    "founded" DATE NOT NULL,
    "founded_precision" "date_precision" NOT NULL,
    "dissolved" DATE,
    "dissolved_precision" "date_precision",
    "predecessor_code" TEXT,
    "headquarters" TEXT,
    "description" TEXT NOT NULL,
    "source_id" TEXT NOT NULL,

    CONSTRAINT "forum_pkey" PRIMARY KEY ("code")
);

-- CreateTable
CREATE TABLE "membership" (
    "id" SERIAL NOT NULL,
    "party_code" TEXT NOT NULL,
    "forum_code" TEXT NOT NULL,
    "status" "membership_status" NOT NULL,
    "valid_from" DATE NOT NULL,
    "valid_from_precision" "date_precision" NOT NULL,
    "valid_to" DATE,
    "valid_to_precision" "date_precision",
    "note" TEXT,
    "source_id" TEXT NOT NULL,

    CONSTRAINT "membership_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "event" (
    "id" TEXT NOT NULL,
    "forum_code" TEXT,
    "kind" "event_kind" NOT NULL,
    "start_date" DATE NOT NULL,
    "end_date" DATE,
    "date_precision" "date_precision" NOT NULL,
    "place" TEXT,
    "title" TEXT NOT NULL,
    "note" TEXT,
    "source_id" TEXT NOT NULL,

    CONSTRAINT "event_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "event_attendance" (
    "event_id" TEXT NOT NULL,
    "party_code" TEXT NOT NULL,
    "role" "attendance_role" NOT NULL,
    "note" TEXT,
    "source_id" TEXT,

    CONSTRAINT "event_attendance_pkey" PRIMARY KEY ("event_id","party_code")
);

-- CreateTable
CREATE TABLE "trade_flow" (
    "id" SERIAL NOT NULL,
    "reporter_code" TEXT NOT NULL,
    "partner_code" TEXT NOT NULL,
    "year" INTEGER NOT NULL,
    "flow" "trade_flow_kind" NOT NULL,
    "value_usd" DECIMAL(20,2) NOT NULL,
    "estimated" BOOLEAN NOT NULL DEFAULT false,
    "note" TEXT,
    "source_id" TEXT NOT NULL,

    CONSTRAINT "trade_flow_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "party_region_idx" ON "party"("region");

-- CreateIndex
CREATE INDEX "party_kind_idx" ON "party"("kind");

-- CreateIndex
CREATE INDEX "forum_kind_idx" ON "forum"("kind");

-- CreateIndex
CREATE INDEX "forum_predecessor_code_idx" ON "forum"("predecessor_code");

-- CreateIndex
CREATE INDEX "membership_forum_code_valid_from_idx" ON "membership"("forum_code", "valid_from");

-- CreateIndex
CREATE INDEX "membership_party_code_idx" ON "membership"("party_code");

-- CreateIndex
CREATE INDEX "membership_status_idx" ON "membership"("status");

-- CreateIndex
CREATE INDEX "membership_source_id_idx" ON "membership"("source_id");

-- CreateIndex
CREATE UNIQUE INDEX "membership_party_code_forum_code_valid_from_key" ON "membership"("party_code", "forum_code", "valid_from");

-- CreateIndex
CREATE INDEX "event_forum_code_start_date_idx" ON "event"("forum_code", "start_date");

-- CreateIndex
CREATE INDEX "event_start_date_idx" ON "event"("start_date");

-- CreateIndex
CREATE INDEX "event_source_id_idx" ON "event"("source_id");

-- CreateIndex
CREATE INDEX "event_attendance_party_code_idx" ON "event_attendance"("party_code");

-- CreateIndex
CREATE INDEX "trade_flow_reporter_code_year_idx" ON "trade_flow"("reporter_code", "year");

-- CreateIndex
CREATE INDEX "trade_flow_partner_code_year_idx" ON "trade_flow"("partner_code", "year");

-- CreateIndex
CREATE INDEX "trade_flow_source_id_idx" ON "trade_flow"("source_id");

-- CreateIndex
CREATE UNIQUE INDEX "trade_flow_reporter_code_partner_code_year_flow_source_id_key" ON "trade_flow"("reporter_code", "partner_code", "year", "flow", "source_id");

-- AddForeignKey
ALTER TABLE "forum" ADD CONSTRAINT "forum_predecessor_code_fkey" FOREIGN KEY ("predecessor_code") REFERENCES "forum"("code") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "forum" ADD CONSTRAINT "forum_source_id_fkey" FOREIGN KEY ("source_id") REFERENCES "source"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "membership" ADD CONSTRAINT "membership_party_code_fkey" FOREIGN KEY ("party_code") REFERENCES "party"("code") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "membership" ADD CONSTRAINT "membership_forum_code_fkey" FOREIGN KEY ("forum_code") REFERENCES "forum"("code") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "membership" ADD CONSTRAINT "membership_source_id_fkey" FOREIGN KEY ("source_id") REFERENCES "source"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "event" ADD CONSTRAINT "event_forum_code_fkey" FOREIGN KEY ("forum_code") REFERENCES "forum"("code") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "event" ADD CONSTRAINT "event_source_id_fkey" FOREIGN KEY ("source_id") REFERENCES "source"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "event_attendance" ADD CONSTRAINT "event_attendance_event_id_fkey" FOREIGN KEY ("event_id") REFERENCES "event"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "event_attendance" ADD CONSTRAINT "event_attendance_party_code_fkey" FOREIGN KEY ("party_code") REFERENCES "party"("code") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "event_attendance" ADD CONSTRAINT "event_attendance_source_id_fkey" FOREIGN KEY ("source_id") REFERENCES "source"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "trade_flow" ADD CONSTRAINT "trade_flow_reporter_code_fkey" FOREIGN KEY ("reporter_code") REFERENCES "party"("code") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "trade_flow" ADD CONSTRAINT "trade_flow_partner_code_fkey" FOREIGN KEY ("partner_code") REFERENCES "party"("code") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "trade_flow" ADD CONSTRAINT "trade_flow_source_id_fkey" FOREIGN KEY ("source_id") REFERENCES "source"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- Constraints Prisma's schema language cannot express (kept in SQL, checked by tests/db).
-- A party's intervals in one forum never overlap; both ends inclusive, NULL valid_to = open.
ALTER TABLE "membership" ADD CONSTRAINT "membership_valid_range" CHECK ("valid_to" IS NULL OR "valid_from" <= "valid_to");
ALTER TABLE "membership" ADD CONSTRAINT "membership_no_overlap" EXCLUDE USING gist (
    "party_code" WITH =,
    "forum_code" WITH =,
    daterange("valid_from", "valid_to", '[]') WITH &&
);
ALTER TABLE "membership" ADD CONSTRAINT "membership_precision_pairs" CHECK (("valid_to" IS NULL) = ("valid_to_precision" IS NULL));
ALTER TABLE "forum" ADD CONSTRAINT "forum_dates" CHECK ("dissolved" IS NULL OR "founded" <= "dissolved");
ALTER TABLE "forum" ADD CONSTRAINT "forum_precision_pairs" CHECK (("dissolved" IS NULL) = ("dissolved_precision" IS NULL));
ALTER TABLE "event" ADD CONSTRAINT "event_dates" CHECK ("end_date" IS NULL OR "start_date" <= "end_date");
ALTER TABLE "trade_flow" ADD CONSTRAINT "trade_flow_year_range" CHECK ("year" BETWEEN 1900 AND 2100);
ALTER TABLE "trade_flow" ADD CONSTRAINT "trade_flow_value_nonnegative" CHECK ("value_usd" >= 0);
