-- What a trade figure measures: merchandise only, or goods and services (as some statistics offices
-- publish their headline turnover); and the figure as its publisher printed it (value and unit),
-- beside value_usd, which is the same figure in US dollars.
CREATE TYPE "trade_measure" AS ENUM ('goods', 'goods_services');
ALTER TABLE "trade_flow" ADD COLUMN "measure" "trade_measure" NOT NULL DEFAULT 'goods';
ALTER TABLE "trade_flow" ADD COLUMN "published_value" TEXT;
ALTER TABLE "trade_flow" ADD COLUMN "published_unit" TEXT;
