-- A membership interval may name the summit that decided it (where the source says so).
ALTER TABLE "membership" ADD COLUMN "decided_at_event" TEXT;
ALTER TABLE "membership" ADD CONSTRAINT "membership_decided_at_event_fkey" FOREIGN KEY ("decided_at_event") REFERENCES "event"("id") ON DELETE SET NULL ON UPDATE CASCADE;
CREATE INDEX "membership_decided_at_event_idx" ON "membership"("decided_at_event");

-- Applications: a dated, sourced fact that a party asked for a status. Kept apart from membership
-- intervals, so that "one status per party, forum and day" holds while an application is pending.
CREATE TABLE "application" (
    "id" SERIAL NOT NULL,
    "party_code" TEXT NOT NULL,
    "forum_code" TEXT NOT NULL,
    "sought_status" "membership_status" NOT NULL,
    "applied" DATE NOT NULL,
    "applied_precision" "date_precision" NOT NULL,
    "note" TEXT,
    "source_id" TEXT NOT NULL,

    CONSTRAINT "application_pkey" PRIMARY KEY ("id")
);
CREATE UNIQUE INDEX "application_party_code_forum_code_sought_status_applied_key" ON "application"("party_code", "forum_code", "sought_status", "applied");
CREATE INDEX "application_forum_code_idx" ON "application"("forum_code");
CREATE INDEX "application_source_id_idx" ON "application"("source_id");
ALTER TABLE "application" ADD CONSTRAINT "application_party_code_fkey" FOREIGN KEY ("party_code") REFERENCES "party"("code") ON DELETE RESTRICT ON UPDATE CASCADE;
ALTER TABLE "application" ADD CONSTRAINT "application_forum_code_fkey" FOREIGN KEY ("forum_code") REFERENCES "forum"("code") ON DELETE RESTRICT ON UPDATE CASCADE;
ALTER TABLE "application" ADD CONSTRAINT "application_source_id_fkey" FOREIGN KEY ("source_id") REFERENCES "source"("id") ON DELETE RESTRICT ON UPDATE CASCADE;
CREATE TRIGGER "application_bumps_data_version" AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON "application" FOR EACH STATEMENT EXECUTE FUNCTION "bump_data_version"();
