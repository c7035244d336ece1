package org.movierec.app.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class LoginThrottleTest {
    @Test
    void blocksAnAccountFromOneAddressAfterFiveAttemptsUntilTheOldestLeavesTheWindow() {
        MovableClock clock = new MovableClock();
        LoginThrottle throttle = new LoginThrottle(clock);
        for (int k = 0; k < LoginThrottle.MAX_FAILURES; k++) {
            assertThat(throttle.attempt(k % 2 == 0 ? "Alice" : "alice ", "10.0.0.1")).isZero();
            clock.now = clock.now.plusSeconds(60);
        }
        assertThat(throttle.attempt("ALICE", "10.0.0.1")).isEqualTo(Duration.ofMinutes(10));
        assertThat(throttle.attempt("alice", "10.0.0.2")).as("the owner elsewhere").isZero();
        assertThat(throttle.attempt("bob", "10.0.0.1")).as("another account from the same address").isZero();
        clock.now = clock.now.plus(Duration.ofMinutes(10));
        assertThat(throttle.attempt("alice", "10.0.0.1")).isZero();
    }

    @Test
    void parallelAttemptsCannotAllPass() throws Exception {
        LoginThrottle throttle = new LoginThrottle(new MovableClock());
        java.util.concurrent.atomic.AtomicInteger passed = new java.util.concurrent.atomic.AtomicInteger();
        var pool = java.util.concurrent.Executors.newFixedThreadPool(8);
        for (int k = 0; k < 200; k++) {
            pool.submit(() -> {
                if (throttle.attempt("dave", "10.0.0.1").isZero()) {
                    passed.incrementAndGet();
                }
            });
        }
        pool.shutdown();
        assertThat(pool.awaitTermination(30, java.util.concurrent.TimeUnit.SECONDS)).isTrue();
        assertThat(passed).hasValue(LoginThrottle.MAX_FAILURES);
    }

    @Test
    void successClearsTheAccountsAttemptsFromThatAddress() {
        LoginThrottle throttle = new LoginThrottle(new MovableClock());
        for (int k = 0; k < LoginThrottle.MAX_FAILURES; k++) {
            throttle.attempt("carol", "10.0.0.1");
        }
        assertThat(throttle.attempt("carol", "10.0.0.1")).isPositive();
        throttle.succeeded("carol", "10.0.0.1");
        assertThat(throttle.attempt("carol", "10.0.0.1")).isZero();
    }

    @Test
    void oneAddressCannotSprayManyAccounts() {
        LoginThrottle throttle = new LoginThrottle(new MovableClock());
        for (int k = 0; k < LoginThrottle.MAX_ADDRESS_FAILURES; k++) {
            assertThat(throttle.attempt("user" + k, "10.0.0.7")).isZero();
        }
        assertThat(throttle.attempt("someone-else", "10.0.0.7")).isPositive();
        assertThat(throttle.attempt("someone-else", "10.0.0.8")).isZero();
    }
}
