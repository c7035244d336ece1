package org.movierec.app.store;

import java.time.Instant;
import java.util.Optional;
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
     * Creates an account with a new rating user.
     *
     * @throws DuplicateKeyException if the username is taken
     */
    @Transactional
    public Account create(String username, String passwordHash, String role) {
        if (exists(username)) {
            throw new DuplicateKeyException("the username " + username + " is taken");
        }
        int userId = jdbc.sql("SELECT COALESCE(MAX(id), 0) + 1 FROM users").query(Integer.class).single();
        jdbc.sql("INSERT INTO users (id, source) VALUES (?, 'web')").param(userId).update();
        long now = Instant.now().getEpochSecond();
        jdbc.sql("INSERT INTO accounts (username, password_hash, user_id, role, created_at) VALUES (?, ?, ?, ?, ?)")
                .params(username, passwordHash, userId, role, now).update();
        return findByUsername(username).orElseThrow();
    }

    public void updatePassword(String username, String passwordHash) {
        jdbc.sql("UPDATE accounts SET password_hash = ? WHERE username = ?").params(passwordHash, username).update();
    }
}
