package org.movierec.app.store;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Instant;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Personal API tokens (table {@code api_tokens}): 256 random bits each, shown once at creation; only their SHA-256 is
 * stored (a fast hash suffices for a random secret of that length, unlike passwords). Thread-safe.
 */
@Repository
public class ApiTokenRepository {
    /** Every token starts with this, so a leaked one is recognisable. */
    public static final String PREFIX = "mrt_";
    private static final SecureRandom RANDOM = new SecureRandom();

    private final JdbcClient jdbc;

    public ApiTokenRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** A token of the account, as listed on the account page (never the token itself). */
    public record TokenInfo(int id, String name, long createdAt) {
    }

    /** Creates a token for the account and answers it: the only time it can be seen. */
    public String create(long accountId, String name) {
        byte[] secret = new byte[32];
        RANDOM.nextBytes(secret);
        String token = PREFIX + Base64.getUrlEncoder().withoutPadding().encodeToString(secret);
        jdbc.sql("INSERT INTO api_tokens (account_id, name, token_hash, created_at) VALUES (?, ?, ?, ?)")
                .params(accountId, name, hash(token), Instant.now().getEpochSecond()).update();
        return token;
    }

    /** The username of the account the token belongs to, if it is a valid (not revoked) token. */
    public Optional<String> username(String token) {
        return jdbc.sql("SELECT a.username FROM api_tokens t JOIN accounts a ON a.id = t.account_id WHERE t.token_hash = ?")
                .param(hash(token)).query(String.class).optional();
    }

    /** The account's tokens, newest first. */
    public List<TokenInfo> list(long accountId) {
        return jdbc.sql("SELECT id, name, created_at FROM api_tokens WHERE account_id = ? ORDER BY id DESC")
                .param(accountId).query(TokenInfo.class).list();
    }

    /** Revokes one of the account's tokens; false if the account has no such token. */
    public boolean revoke(long accountId, int tokenId) {
        return jdbc.sql("DELETE FROM api_tokens WHERE account_id = ? AND id = ?").params(accountId, tokenId).update() > 0;
    }

    private static String hash(String token) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("the JVM lacks SHA-256", e);
        }
    }
}
