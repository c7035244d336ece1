package org.movierec.app.web;

import java.time.Clock;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.stereotype.Component;

/**
 * Slows down password guessing: after {@value #MAX_FAILURES} failed sign-ins for a username (or from
 * one address) within {@link #WINDOW}, further attempts are refused until the oldest failure leaves
 * the window. A successful sign-in clears the username's record.
 */
@Component
public class LoginThrottle {
    static final int MAX_FAILURES = 5;
    static final Duration WINDOW = Duration.ofMinutes(15);
    private static final int MAX_KEYS = 100_000;

    private final Map<String, Deque<Long>> failures = new ConcurrentHashMap<>();
    private final Clock clock;

    public LoginThrottle() {
        this(Clock.systemUTC());
    }

    LoginThrottle(Clock clock) {
        this.clock = clock;
    }

    /** How long until the username or address may try again; zero if it may now. */
    public Duration blockedFor(String username, String address) {
        return max(wait(userKey(username)), wait(addressKey(address)));
    }

    public void failed(String username, String address) {
        if (failures.size() > MAX_KEYS) {
            failures.clear();
        }
        record(userKey(username));
        record(addressKey(address));
    }

    public void succeeded(String username) {
        failures.remove(userKey(username));
    }

    private static String userKey(String username) {
        return "u:" + (username == null ? "" : username.trim().toLowerCase(Locale.ROOT));
    }

    private static String addressKey(String address) {
        return "a:" + address;
    }

    private void record(String key) {
        long now = clock.millis();
        Deque<Long> times = failures.computeIfAbsent(key, k -> new ArrayDeque<>());
        synchronized (times) {
            prune(times, now);
            times.addLast(now);
        }
    }

    private Duration wait(String key) {
        Deque<Long> times = failures.get(key);
        if (times == null) {
            return Duration.ZERO;
        }
        long now = clock.millis();
        synchronized (times) {
            prune(times, now);
            if (times.size() < MAX_FAILURES) {
                return Duration.ZERO;
            }
            return Duration.ofMillis(times.peekFirst() + WINDOW.toMillis() - now);
        }
    }

    private static void prune(Deque<Long> times, long now) {
        while (!times.isEmpty() && times.peekFirst() <= now - WINDOW.toMillis()) {
            times.pollFirst();
        }
    }

    private static Duration max(Duration a, Duration b) {
        return a.compareTo(b) >= 0 ? a : b;
    }
}
