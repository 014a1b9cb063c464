-- CreateIndex: the trade view reads the range of years on every request (min/max over the table).
CREATE INDEX "trade_flow_year_idx" ON "trade_flow"("year");
