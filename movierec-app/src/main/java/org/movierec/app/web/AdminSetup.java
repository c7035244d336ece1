package org.movierec.app.web;

import java.security.MessageDigest;
import java.security.SecureRandom;
import java.nio.charset.StandardCharsets;
import java.util.HexFormat;
import org.movierec.app.store.WebAccountRepository;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;

/**
 * The admin account, which has no default password: at start, {@code movierec.admin-password}
 * (MOVIEREC_ADMIN_PASSWORD) sets it; otherwise, while no admin exists, a one-time setup link is
 * printed in the log and the first person to open it chooses the password.
 */
@Component
public class AdminSetup {
    static final String ADMIN = "admin";
    private static final Logger LOG = LoggerFactory.getLogger(AdminSetup.class);

    private final WebAccountRepository accounts;
    private final PasswordEncoder encoder;
    private volatile String token;

    public AdminSetup(WebAccountRepository accounts, PasswordEncoder encoder) {
        this.accounts = accounts;
        this.encoder = encoder;
    }

    /** Applies the configured password, or prepares a setup link; returns the link's path, or null when no setup is needed. */
    public synchronized String prepare(String configuredPassword) {
        if (configuredPassword != null && !configuredPassword.isBlank()) {
            if (configuredPassword.length() < AccountController.MIN_PASSWORD) {
                throw new IllegalArgumentException("the admin password (MOVIEREC_ADMIN_PASSWORD) must have at least "
                        + AccountController.MIN_PASSWORD + " characters");
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
        return "/setup?token=" + token;
    }

    public boolean valid(String candidate) {
        String expected = token;
        return expected != null && candidate != null
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
        } else {
            accounts.create(ADMIN, encoder.encode(password), "ADMIN");
        }
    }
}
