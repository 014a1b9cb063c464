-- CreateTable: one row whose number changes with every statement that writes the dataset, so a
-- server can cache a view (the matrix as of a past day never changes) and know when not to trust it.
CREATE TABLE "data_version" (
    "id" INTEGER NOT NULL,
    "version" BIGINT NOT NULL,

    CONSTRAINT "data_version_pkey" PRIMARY KEY ("id"),
    CONSTRAINT "data_version_single_row" CHECK ("id" = 1)
);
INSERT INTO "data_version" ("id", "version") VALUES (1, 0);

-- Every writer (the app, the CLI scripts, psql) moves it: triggers, not application code.
CREATE FUNCTION "bump_data_version"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  UPDATE "data_version" SET "version" = "version" + 1 WHERE "id" = 1;
  RETURN NULL;
END
$$;

CREATE TRIGGER "source_bumps_data_version" AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON "source" FOR EACH STATEMENT EXECUTE FUNCTION "bump_data_version"();
CREATE TRIGGER "party_bumps_data_version" AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON "party" FOR EACH STATEMENT EXECUTE FUNCTION "bump_data_version"();
CREATE TRIGGER "forum_bumps_data_version" AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON "forum" FOR EACH STATEMENT EXECUTE FUNCTION "bump_data_version"();
CREATE TRIGGER "membership_bumps_data_version" AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON "membership" FOR EACH STATEMENT EXECUTE FUNCTION "bump_data_version"();
CREATE TRIGGER "event_bumps_data_version" AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON "event" FOR EACH STATEMENT EXECUTE FUNCTION "bump_data_version"();
CREATE TRIGGER "event_attendance_bumps_data_version" AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON "event_attendance" FOR EACH STATEMENT EXECUTE FUNCTION "bump_data_version"();
CREATE TRIGGER "trade_flow_bumps_data_version" AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON "trade_flow" FOR EACH STATEMENT EXECUTE FUNCTION "bump_data_version"();
