-- Models shared by the app instances (docs/SCALEOUT.md): the file of a recorded training (models.id is its version),
-- the lease that lets one instance at a time train an algorithm, and which version each running instance serves.
CREATE TABLE model_files (
    model_id INTEGER PRIMARY KEY REFERENCES models (id) ON DELETE CASCADE,
    algorithm VARCHAR(100) NOT NULL,
    params TEXT NOT NULL,
    sha256 CHAR(64) NOT NULL,
    size BIGINT NOT NULL,
    content ${bytes} NOT NULL
);
CREATE INDEX model_files_algorithm ON model_files (algorithm);

CREATE TABLE training_leases (
    name VARCHAR(100) PRIMARY KEY,
    holder VARCHAR(64) NOT NULL,
    expires_at BIGINT NOT NULL
);

CREATE TABLE app_instances (
    id VARCHAR(64) PRIMARY KEY,
    address VARCHAR(200) NOT NULL,
    started_at BIGINT NOT NULL,
    seen_at BIGINT NOT NULL,
    serving VARCHAR(4000) NOT NULL
);
