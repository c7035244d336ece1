package org.movierec.app.store;

import java.time.Instant;
import java.util.Optional;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

/**
 * Accounts of the web application (table {@code accounts}), each with its own rating user
 * (table {@code users}, source "web").
 */
@Repository
public class WebAccountRepository {
    private final JdbcClient jdbc;

    public WebAccountRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public Optional<Account> findByUsername(String username) {
        return jdbc.sql("SELECT id, username, password_hash, user_id, role, created_at FROM accounts WHERE username = ?")
                .param(username).query(Account.class).optional();
    }

    public boolean exists(String username) {
        return findByUsername(username).isPresent();
    }

    public boolean anyWithRole(String role) {
        return jdbc.sql("SELECT COUNT(*) FROM accounts WHERE role = ?").param(role).query(Integer.class).single() > 0;
    }

    /**
     * Creates an account with a new rating user, whose id the database assigns (so concurrent sign-ups never
     * get the same one).
     *
     * @throws DuplicateKeyException if the username is taken (also when a concurrent sign-up took it first)
     */
    @Transactional
    public Account create(String username, String passwordHash, String role) {
        if (exists(username)) {
            throw new DuplicateKeyException("the username " + username + " is taken");
        }
        int userId = jdbc.sql("INSERT INTO users (source) VALUES ('web') RETURNING id").query(Integer.class).single();
        long now = Instant.now().getEpochSecond();
        try {
            jdbc.sql("INSERT INTO accounts (username, password_hash, user_id, role, created_at) VALUES (?, ?, ?, ?, ?)")
                    .params(username, passwordHash, userId, role, now).update();
        } catch (DataIntegrityViolationException e) {
            throw new DuplicateKeyException("the username " + username + " is taken", e);
        }
        return findByUsername(username).orElseThrow();
    }

    public void updateRole(String username, String role) {
        jdbc.sql("UPDATE accounts SET role = ? WHERE username = ?").params(role, username).update();
    }

    public void updatePassword(String username, String passwordHash) {
        jdbc.sql("UPDATE accounts SET password_hash = ? WHERE username = ?").params(passwordHash, username).update();
    }
}
