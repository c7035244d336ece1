-- Movie facts from any catalogue (see docs/DATABASE.md): the metadata CSV's release year, and the facts fetched
-- from TMDb in the background, one table per fact kind. A movie TMDb was asked about has a tmdb_movies row
-- (found = false when TMDb does not know its id), so a restart asks only about the others.
ALTER TABLE movie_metadata ADD COLUMN year INTEGER;

CREATE TABLE tmdb_movies (
    movie_id INTEGER PRIMARY KEY REFERENCES movies (id) ON DELETE CASCADE,
    tmdb_id INTEGER NOT NULL,
    fetched_at BIGINT NOT NULL,
    found BOOLEAN NOT NULL,
    overview TEXT,
    runtime_minutes INTEGER,
    original_language VARCHAR(20)
);

CREATE TABLE tmdb_directors (
    movie_id INTEGER NOT NULL REFERENCES tmdb_movies (movie_id) ON DELETE CASCADE,
    position INTEGER NOT NULL,
    name VARCHAR(500) NOT NULL,
    PRIMARY KEY (movie_id, position)
);
CREATE INDEX tmdb_directors_name ON tmdb_directors (name);

-- Top-billed actors in billing order.
CREATE TABLE tmdb_cast (
    movie_id INTEGER NOT NULL REFERENCES tmdb_movies (movie_id) ON DELETE CASCADE,
    position INTEGER NOT NULL,
    name VARCHAR(500) NOT NULL,
    PRIMARY KEY (movie_id, position)
);
CREATE INDEX tmdb_cast_name ON tmdb_cast (name);

CREATE TABLE tmdb_keywords (
    movie_id INTEGER NOT NULL REFERENCES tmdb_movies (movie_id) ON DELETE CASCADE,
    position INTEGER NOT NULL,
    keyword VARCHAR(500) NOT NULL,
    PRIMARY KEY (movie_id, position)
);
