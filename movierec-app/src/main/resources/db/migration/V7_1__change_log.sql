-- Every committed change of the data the app instances keep in memory, one row per (user, movie), written in the
-- change's own transaction; instances poll it by seq to bring their in-memory state up to date (docs/SCALEOUT.md).
-- kind names the change (rating, watchlist, ...); origin is the id of the instance run that wrote it.
CREATE TABLE change_log (
    seq ${identity},
    kind VARCHAR(32) NOT NULL,
    user_id INTEGER NOT NULL,
    movie_id INTEGER NOT NULL,
    origin VARCHAR(64) NOT NULL,
    created_at BIGINT NOT NULL
);
CREATE INDEX change_log_created ON change_log (created_at);
