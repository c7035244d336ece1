package org.movierec.app.web;

import java.time.Clock;
import java.time.Duration;
import java.util.Locale;
import org.springframework.stereotype.Component;

/**
 * Slows down password guessing. Each sign-in attempt is counted before its password is checked, per account and
 * address: after {@value #MAX_FAILURES} attempts within {@link #WINDOW} that did not succeed, that address may not try
 * that account again until the oldest attempt leaves the window; the owner signing in from another address is not
 * affected. One address may also make at most {@value #MAX_ADDRESS_FAILURES} unsuccessful attempts in the window over
 * all accounts (password spraying). A successful sign-in clears its account and address's record.
 */
@Component
public class LoginThrottle {
    static final int MAX_FAILURES = 5;
    static final int MAX_ADDRESS_FAILURES = 50;
    static final Duration WINDOW = Duration.ofMinutes(15);
    private static final long MAX_KEYS = 100_000;

    private final AttemptLimiter perAccount;
    private final AttemptLimiter perAddress;

    public LoginThrottle() {
        this(Clock.systemUTC());
    }

    LoginThrottle(Clock clock) {
        perAccount = new AttemptLimiter(MAX_FAILURES, WINDOW, MAX_KEYS, clock);
        perAddress = new AttemptLimiter(MAX_ADDRESS_FAILURES, WINDOW, MAX_KEYS, clock);
    }

    /** Counts a sign-in attempt and answers zero, or how long until this address may try the account again (the attempt then is not made). */
    public Duration attempt(String username, String address) {
        Duration wait = perAddress.take(address);
        if (!wait.isZero()) {
            return wait;
        }
        wait = perAccount.take(accountKey(username, address));
        if (!wait.isZero()) {
            perAddress.giveBack(address);
        }
        return wait;
    }

    /** The attempt succeeded: it and the account's earlier attempts from the address no longer count. */
    public void succeeded(String username, String address) {
        perAccount.clear(accountKey(username, address));
        perAddress.giveBack(address);
    }

    private static String accountKey(String username, String address) {
        return (username == null ? "" : username.trim().toLowerCase(Locale.ROOT)) + "\n" + address;
    }
}
