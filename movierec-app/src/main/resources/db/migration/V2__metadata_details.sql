-- Metadata details the sources have beyond V1's columns (see docs/DATABASE.md).
-- critics_score/critics_count hold the all-critics mean rating (0-10) and review count, audience_score/audience_count
-- the audience mean rating (0-5) and rating count; the columns below add the percentages and the top critics.
ALTER TABLE movie_metadata ADD COLUMN poster_url VARCHAR(1000);
ALTER TABLE movie_metadata ADD COLUMN critics_fresh_percent INTEGER;
ALTER TABLE movie_metadata ADD COLUMN top_critics_score REAL;
ALTER TABLE movie_metadata ADD COLUMN top_critics_count INTEGER;
ALTER TABLE movie_metadata ADD COLUMN top_critics_fresh_percent INTEGER;
ALTER TABLE movie_metadata ADD COLUMN audience_percent INTEGER;
