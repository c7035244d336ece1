package org.movierec.app.web;

import java.time.Duration;
import org.springframework.security.core.AuthenticationException;

/** A sign-in refused by the {@link LoginThrottle} before its password was checked; answered with 429 and Retry-After. */
public class SignInThrottledException extends AuthenticationException {
    private final Duration retryAfter;

    public SignInThrottledException(Duration retryAfter) {
        super("Too many sign-in attempts; try again in " + Math.max(1, (retryAfter.toSeconds() + 59) / 60) + " minutes.");
        this.retryAfter = retryAfter;
    }

    /** How long until the next attempt may be made. */
    public Duration retryAfter() {
        return retryAfter;
    }
}
