-- A change can be reverted at most once: concurrent reverts of one change cannot both record an entry.
DROP INDEX "audit_entry_revert_of_id_idx";
CREATE UNIQUE INDEX "audit_entry_revert_of_id_key" ON "audit_entry"("revert_of_id");
