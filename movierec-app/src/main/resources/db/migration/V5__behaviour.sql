-- Behaviour (docs/DATABASE.md): the watchlist, recommendation impressions, events and A/B experiments.

-- Movies a user wants to watch: a strong positive signal, never recommended to them.
CREATE TABLE watchlist (
    user_id INTEGER NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    movie_id INTEGER NOT NULL REFERENCES movies (id) ON DELETE CASCADE,
    added_at BIGINT NOT NULL,
    PRIMARY KEY (user_id, movie_id)
);

-- A/B experiments: signed-in users split between the arms (algorithm names, comma-separated) by a stable hash.
CREATE TABLE experiments (
    id ${identity},
    name VARCHAR(100) NOT NULL,
    arms VARCHAR(1000) NOT NULL,
    started_at BIGINT NOT NULL,
    stopped_at BIGINT
);

-- One recommendation list shown to a signed-in user: which model served it (and the experiment arm, if any).
CREATE TABLE impressions (
    id ${identity},
    user_id INTEGER NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    at BIGINT NOT NULL,
    algorithm VARCHAR(100) NOT NULL,
    experiment_id INTEGER REFERENCES experiments (id) ON DELETE SET NULL,
    size INTEGER NOT NULL
);
CREATE INDEX impressions_user_time ON impressions (user_id, at);
CREATE INDEX impressions_time ON impressions (at);
CREATE INDEX impressions_experiment ON impressions (experiment_id);

-- The movies of an impression by position (0 = first), to attribute ratings made after a recommendation.
CREATE TABLE impression_items (
    impression_id INTEGER NOT NULL REFERENCES impressions (id) ON DELETE CASCADE,
    position INTEGER NOT NULL,
    movie_id INTEGER NOT NULL,
    PRIMARY KEY (impression_id, position)
);

-- What a signed-in user did: type is a small code (EventType), position the rank in the impression (clicks).
CREATE TABLE events (
    id ${identity},
    user_id INTEGER NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    at BIGINT NOT NULL,
    type SMALLINT NOT NULL,
    movie_id INTEGER NOT NULL,
    impression_id INTEGER REFERENCES impressions (id) ON DELETE SET NULL,
    position INTEGER
);
CREATE INDEX events_user_time ON events (user_id, at);
CREATE INDEX events_impression ON events (impression_id);
