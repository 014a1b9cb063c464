-- CreateTable
CREATE TABLE "curator" (
    "id" SERIAL NOT NULL,
    "email" TEXT NOT NULL,
    "password_hash" TEXT NOT NULL,
    "created_at" TIMESTAMPTZ(6) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "failed_attempts" INTEGER NOT NULL DEFAULT 0,
    "locked_until" TIMESTAMPTZ(6),

    CONSTRAINT "curator_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "session" (
    "token_hash" TEXT NOT NULL,
    "curator_id" INTEGER NOT NULL,
    "csrf_token" TEXT NOT NULL,
    "created_at" TIMESTAMPTZ(6) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "expires_at" TIMESTAMPTZ(6) NOT NULL,

    CONSTRAINT "session_pkey" PRIMARY KEY ("token_hash")
);

-- CreateTable
CREATE TABLE "audit_entry" (
    "id" SERIAL NOT NULL,
    "at" TIMESTAMPTZ(6) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "curator_id" INTEGER NOT NULL,
    "action" TEXT NOT NULL,
    "entity" TEXT NOT NULL,
    "entity_id" TEXT NOT NULL,
    "party_code" TEXT,
    "forum_code" TEXT,
    "before" JSONB,
    "after" JSONB,
    "comment" TEXT NOT NULL,
    "revert_of_id" INTEGER,

    CONSTRAINT "audit_entry_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "curator_email_key" ON "curator"("email");

-- CreateIndex
CREATE INDEX "session_curator_id_idx" ON "session"("curator_id");

-- CreateIndex
CREATE INDEX "session_expires_at_idx" ON "session"("expires_at");

-- CreateIndex
CREATE INDEX "audit_entry_at_idx" ON "audit_entry"("at");

-- CreateIndex
CREATE INDEX "audit_entry_party_code_at_idx" ON "audit_entry"("party_code", "at");

-- CreateIndex
CREATE INDEX "audit_entry_forum_code_at_idx" ON "audit_entry"("forum_code", "at");

-- CreateIndex
CREATE INDEX "audit_entry_curator_id_idx" ON "audit_entry"("curator_id");

-- CreateIndex
CREATE INDEX "audit_entry_revert_of_id_idx" ON "audit_entry"("revert_of_id");

-- AddForeignKey
ALTER TABLE "session" ADD CONSTRAINT "session_curator_id_fkey" FOREIGN KEY ("curator_id") REFERENCES "curator"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "audit_entry" ADD CONSTRAINT "audit_entry_curator_id_fkey" FOREIGN KEY ("curator_id") REFERENCES "curator"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "audit_entry" ADD CONSTRAINT "audit_entry_revert_of_id_fkey" FOREIGN KEY ("revert_of_id") REFERENCES "audit_entry"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- A change always says why.
ALTER TABLE "audit_entry" ADD CONSTRAINT "audit_entry_comment_required" CHECK (length(btrim("comment")) > 0);
