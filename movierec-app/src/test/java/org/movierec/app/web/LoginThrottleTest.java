package org.movierec.app.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

class LoginThrottleTest {
    private static final class MovableClock extends Clock {
        Instant now = Instant.parse("2026-01-01T00:00:00Z");

        @Override
        public java.time.ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(java.time.ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    }

    @Test
    void blocksAfterFiveFailuresUntilTheOldestLeavesTheWindow() {
        MovableClock clock = new MovableClock();
        LoginThrottle throttle = new LoginThrottle(clock);
        for (int k = 0; k < LoginThrottle.MAX_FAILURES - 1; k++) {
            throttle.failed("Alice", "10.0.0.1");
            clock.now = clock.now.plusSeconds(60);
        }
        assertThat(throttle.blockedFor("alice", "10.0.0.2")).isZero();
        throttle.failed("alice", "10.0.0.1");
        assertThat(throttle.blockedFor("ALICE ", "10.0.0.2")).isEqualTo(Duration.ofMinutes(11));
        assertThat(throttle.blockedFor("bob", "10.0.0.1")).isPositive();
        assertThat(throttle.blockedFor("bob", "10.0.0.2")).isZero();
        clock.now = clock.now.plus(Duration.ofMinutes(11));
        assertThat(throttle.blockedFor("alice", "10.0.0.2")).isZero();
    }

    @Test
    void successClearsTheUsername() {
        LoginThrottle throttle = new LoginThrottle(new MovableClock());
        for (int k = 0; k < LoginThrottle.MAX_FAILURES; k++) {
            throttle.failed("carol", "10.0.0." + k);
        }
        assertThat(throttle.blockedFor("carol", "10.0.0.9")).isPositive();
        throttle.succeeded("carol");
        assertThat(throttle.blockedFor("carol", "10.0.0.9")).isZero();
    }
}
