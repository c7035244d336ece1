-- Sign-in beyond the password (see docs/WEB.md): personal API tokens and "remember me" logins.

-- Personal API tokens of an account, for programs: only the token's SHA-256 is stored; deleting a row revokes it.
CREATE TABLE api_tokens (
    id ${identity},
    account_id INTEGER NOT NULL REFERENCES accounts (id) ON DELETE CASCADE,
    name VARCHAR(100) NOT NULL,
    token_hash VARCHAR(64) NOT NULL UNIQUE,
    created_at BIGINT NOT NULL
);
CREATE INDEX api_tokens_account ON api_tokens (account_id);

-- "Remember me" sign-ins, in the layout of Spring Security's JdbcTokenRepositoryImpl (one row per browser).
CREATE TABLE persistent_logins (
    username VARCHAR(100) NOT NULL,
    series VARCHAR(64) PRIMARY KEY,
    token VARCHAR(64) NOT NULL,
    last_used TIMESTAMP NOT NULL
);
