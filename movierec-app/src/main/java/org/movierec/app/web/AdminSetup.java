package org.movierec.app.web;

import java.security.MessageDigest;
import java.security.SecureRandom;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import org.movierec.app.store.WebAccountRepository;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;

/**
 * The admin account, which has no default password: at start, {@code movierec.admin-password}
 * (MOVIEREC_ADMIN_PASSWORD) sets it; otherwise, while no admin exists, a one-time setup link is
 * printed in the log and the first person to open it within {@link #LINK_LIFETIME} chooses the password
 * (after that, a restart prints a new link). The name {@value #ADMIN} is reserved in every letter case:
 * nobody signs up with it, and setup always ends with an account {@value #ADMIN} that has the admin role.
 */
@Component
public class AdminSetup {
    static final String ADMIN = "admin";
    static final Duration LINK_LIFETIME = Duration.ofHours(1);
    private static final Logger LOG = LoggerFactory.getLogger(AdminSetup.class);

    private final WebAccountRepository accounts;
    private final PasswordEncoder encoder;
    private final Clock clock;
    private volatile String token;
    private volatile Instant expires = Instant.MIN;

    @Autowired
    public AdminSetup(WebAccountRepository accounts, PasswordEncoder encoder) {
        this(accounts, encoder, Clock.systemUTC());
    }

    AdminSetup(WebAccountRepository accounts, PasswordEncoder encoder, Clock clock) {
        this.accounts = accounts;
        this.encoder = encoder;
        this.clock = clock;
    }

    /** Whether the name is the admin's, in any letter case (so no one else may take it). */
    static boolean reserved(String username) {
        return ADMIN.equalsIgnoreCase(username.trim());
    }

    /** Applies the configured password, or prepares a setup link; returns the link's path, or null when no setup is needed. */
    public synchronized String prepare(String configuredPassword) {
        if (configuredPassword != null && !configuredPassword.isBlank()) {
            String problems = String.join(" ", AccountController.passwordProblems(configuredPassword, configuredPassword));
            if (!problems.isEmpty()) {
                throw new IllegalArgumentException("the admin password (MOVIEREC_ADMIN_PASSWORD) does not fit: " + problems);
            }
            setPassword(configuredPassword);
            LOG.info("Admin account '{}' set from the configured password", ADMIN);
            return null;
        }
        if (accounts.anyWithRole("ADMIN")) {
            return null;
        }
        byte[] bytes = new byte[24];
        new SecureRandom().nextBytes(bytes);
        token = HexFormat.of().formatHex(bytes);
        expires = clock.instant().plus(LINK_LIFETIME);
        return "/setup?token=" + token;
    }

    public boolean valid(String candidate) {
        String expected = token;
        return expected != null && candidate != null && clock.instant().isBefore(expires)
                && MessageDigest.isEqual(expected.getBytes(StandardCharsets.UTF_8), candidate.getBytes(StandardCharsets.UTF_8));
    }

    /** Sets the admin password with a valid token, which then stops working. */
    public synchronized void complete(String candidate, String password) {
        if (!valid(candidate)) {
            throw new IllegalArgumentException("the setup link is no longer valid");
        }
        setPassword(password);
        token = null;
    }

    private void setPassword(String password) {
        if (accounts.exists(ADMIN)) {
            accounts.updatePassword(ADMIN, encoder.encode(password));
            accounts.updateRole(ADMIN, "ADMIN");
        } else {
            accounts.create(ADMIN, encoder.encode(password), "ADMIN");
        }
    }
}
