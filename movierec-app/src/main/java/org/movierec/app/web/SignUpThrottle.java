package org.movierec.app.web;

import java.time.Clock;
import java.time.Duration;
import org.springframework.stereotype.Component;

/** Bounds account creation: at most {@value #MAX_ACCOUNTS} new accounts per address within {@link #WINDOW}. */
@Component
public class SignUpThrottle {
    static final int MAX_ACCOUNTS = 10;
    static final Duration WINDOW = Duration.ofHours(1);
    private static final long MAX_KEYS = 100_000;

    private final AttemptLimiter perAddress = new AttemptLimiter(MAX_ACCOUNTS, WINDOW, MAX_KEYS, Clock.systemUTC());

    /** Counts a sign-up from the address and answers zero, or how long until the address may make another account. */
    public Duration attempt(String address) {
        return perAddress.take(address);
    }

    /** The sign-up made no account (the name was taken): it does not count. */
    public void noAccountMade(String address) {
        perAddress.giveBack(address);
    }
}
