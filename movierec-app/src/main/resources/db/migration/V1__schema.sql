-- movierec's schema, for SQLite and PostgreSQL alike (see docs/DATABASE.md).
-- Times are epoch seconds (BIGINT); ${identity} is the vendor's auto-numbered integer primary key;
-- ${without_rowid} stores a SQLite table in its primary key's B-tree (nothing on PostgreSQL).

CREATE TABLE movies (
    id INTEGER PRIMARY KEY,
    title VARCHAR(1000) NOT NULL,
    year INTEGER,
    imdb_id INTEGER,
    tmdb_id INTEGER
);
CREATE INDEX movies_imdb ON movies (imdb_id);
CREATE INDEX movies_tmdb ON movies (tmdb_id);

CREATE TABLE genres (
    name VARCHAR(100) PRIMARY KEY
);

CREATE TABLE movie_genres (
    movie_id INTEGER NOT NULL REFERENCES movies (id) ON DELETE CASCADE,
    genre VARCHAR(100) NOT NULL REFERENCES genres (name),
    position INTEGER NOT NULL,
    PRIMARY KEY (movie_id, genre)
);
CREATE INDEX movie_genres_genre ON movie_genres (genre);

-- Identifiers of a movie on sites other than IMDb and TMDb (whose ids are columns of movies).
CREATE TABLE links (
    movie_id INTEGER NOT NULL REFERENCES movies (id) ON DELETE CASCADE,
    site VARCHAR(50) NOT NULL,
    external_id VARCHAR(200) NOT NULL,
    PRIMARY KEY (movie_id, site)
);

-- Facts about a movie beyond the release; one row per movie, each column null when unknown.
CREATE TABLE movie_metadata (
    movie_id INTEGER PRIMARY KEY REFERENCES movies (id) ON DELETE CASCADE,
    overview TEXT,
    runtime_minutes INTEGER,
    language VARCHAR(100),
    mpaa_rating VARCHAR(50),
    release_date VARCHAR(10),
    critics_score REAL,
    critics_count INTEGER,
    audience_score REAL,
    audience_count INTEGER,
    source VARCHAR(200)
);

-- The list-valued metadata of a movie, one row per entry in its order:
-- kind is director, writer, cast, keyword or country; weight is the entry's weight where the source has one.
CREATE TABLE movie_facts (
    movie_id INTEGER NOT NULL REFERENCES movies (id) ON DELETE CASCADE,
    kind VARCHAR(20) NOT NULL,
    position INTEGER NOT NULL,
    value VARCHAR(1000) NOT NULL,
    weight REAL,
    PRIMARY KEY (movie_id, kind, position)
);
CREATE INDEX movie_facts_value ON movie_facts (kind, value);

-- People who rate: MovieLens users (source = the release's name) and people who signed up (source = web).
-- Imported users keep their release ids; a user inserted without an id gets the next free one.
CREATE TABLE users (
    id ${identity},
    gender VARCHAR(1),
    age INTEGER,
    occupation VARCHAR(100),
    zip_code VARCHAR(20),
    source VARCHAR(100) NOT NULL
);

CREATE TABLE ratings (
    user_id INTEGER NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    movie_id INTEGER NOT NULL REFERENCES movies (id) ON DELETE CASCADE,
    rating REAL NOT NULL,
    timestamp BIGINT,
    PRIMARY KEY (user_id, movie_id)
)${without_rowid};
CREATE INDEX ratings_movie ON ratings (movie_id);

CREATE TABLE tags (
    user_id INTEGER NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    movie_id INTEGER NOT NULL REFERENCES movies (id) ON DELETE CASCADE,
    tag VARCHAR(500) NOT NULL,
    timestamp BIGINT,
    PRIMARY KEY (user_id, movie_id, tag)
);
CREATE INDEX tags_movie ON tags (movie_id);

-- Every import of a data set: what it was (fingerprint = SHA-256 of its content), when, and what it held.
CREATE TABLE imported_releases (
    name VARCHAR(200) NOT NULL,
    format VARCHAR(50) NOT NULL,
    fingerprint VARCHAR(64) NOT NULL,
    scale_min REAL NOT NULL,
    scale_max REAL NOT NULL,
    scale_step REAL NOT NULL,
    imported_at BIGINT NOT NULL,
    movies INTEGER NOT NULL,
    users INTEGER NOT NULL,
    ratings INTEGER NOT NULL,
    tags INTEGER NOT NULL,
    metadata INTEGER NOT NULL,
    PRIMARY KEY (name, fingerprint)
);

-- Sign-in accounts of the web application, each tied to the user who rates.
CREATE TABLE accounts (
    id ${identity},
    username VARCHAR(100) NOT NULL UNIQUE,
    password_hash VARCHAR(200) NOT NULL,
    user_id INTEGER NOT NULL UNIQUE REFERENCES users (id),
    role VARCHAR(20) NOT NULL,
    created_at BIGINT NOT NULL
);

-- Movies a user marked "not interested": never recommended to them.
CREATE TABLE hidden_movies (
    user_id INTEGER NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    movie_id INTEGER NOT NULL REFERENCES movies (id) ON DELETE CASCADE,
    hidden_at BIGINT NOT NULL,
    PRIMARY KEY (user_id, movie_id)
);

-- Trained models: what was trained with which parameters on which data, how well it did, and where its file is.
CREATE TABLE models (
    id ${identity},
    algorithm VARCHAR(100) NOT NULL,
    params TEXT NOT NULL,
    trained_at BIGINT NOT NULL,
    data_snapshot TEXT NOT NULL,
    metrics TEXT,
    file_path VARCHAR(1000) NOT NULL,
    is_default BOOLEAN NOT NULL DEFAULT FALSE
);
CREATE UNIQUE INDEX models_one_default ON models (is_default) WHERE is_default;
