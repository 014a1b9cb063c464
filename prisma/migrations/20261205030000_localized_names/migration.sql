-- Names of forums and parties in other languages than English (the Russian interface, issue #23),
-- each with the source that states it; and the terms the organizations use for each status, for the
-- glossary. English names stay in forum.name / party.name.
CREATE TABLE "localized_name" (
    "lang" TEXT NOT NULL,
    "kind" TEXT NOT NULL,
    "code" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "short_name" TEXT NOT NULL,
    "note" TEXT,
    "source_id" TEXT NOT NULL,

    CONSTRAINT "localized_name_pkey" PRIMARY KEY ("lang", "kind", "code"),
    CONSTRAINT "localized_name_kind_check" CHECK ("kind" IN ('forum', 'party'))
);
CREATE INDEX "localized_name_source_id_idx" ON "localized_name"("source_id");
ALTER TABLE "localized_name" ADD CONSTRAINT "localized_name_source_id_fkey" FOREIGN KEY ("source_id") REFERENCES "source"("id") ON DELETE RESTRICT ON UPDATE CASCADE;
CREATE TRIGGER "localized_name_bumps_data_version" AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON "localized_name" FOR EACH STATEMENT EXECUTE FUNCTION "bump_data_version"();

CREATE TABLE "status_term" (
    "lang" TEXT NOT NULL,
    "status" "membership_status" NOT NULL,
    "forum_code" TEXT NOT NULL DEFAULT '',
    "term" TEXT NOT NULL,
    "note" TEXT,
    "source_id" TEXT NOT NULL,

    CONSTRAINT "status_term_pkey" PRIMARY KEY ("lang", "status", "forum_code", "term")
);
CREATE INDEX "status_term_source_id_idx" ON "status_term"("source_id");
ALTER TABLE "status_term" ADD CONSTRAINT "status_term_source_id_fkey" FOREIGN KEY ("source_id") REFERENCES "source"("id") ON DELETE RESTRICT ON UPDATE CASCADE;
CREATE TRIGGER "status_term_bumps_data_version" AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON "status_term" FOR EACH STATEMENT EXECUTE FUNCTION "bump_data_version"();
