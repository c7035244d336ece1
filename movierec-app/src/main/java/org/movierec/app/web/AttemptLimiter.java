package org.movierec.app.web;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.Deque;

/**
 * At most {@code limit} attempts per key within a sliding {@code window}. Taking an attempt is one atomic step
 * (check and record together), so parallel attempts cannot all pass; an attempt that turns out harmless may be
 * given back. Keys live in a bounded cache that forgets a key a window after its last attempt, and evicts the least
 * recently used keys beyond {@code maxKeys}. Thread-safe.
 */
final class AttemptLimiter {
    private final int limit;
    private final Duration window;
    private final Clock clock;
    private final Cache<String, Deque<Long>> attempts;

    AttemptLimiter(int limit, Duration window, long maxKeys, Clock clock) {
        this.limit = limit;
        this.window = window;
        this.clock = clock;
        this.attempts = Caffeine.newBuilder().maximumSize(maxKeys).expireAfterAccess(window)
                .ticker(() -> clock.millis() * 1_000_000L).build();
    }

    /** Records an attempt for the key and answers zero, or, when the key has used up its attempts, how long until the next one may be taken. */
    Duration take(String key) {
        long now = clock.millis();
        Duration[] wait = {Duration.ZERO};
        attempts.asMap().compute(key, (k, times) -> {
            Deque<Long> kept = times == null ? new ArrayDeque<>() : times;
            while (!kept.isEmpty() && kept.peekFirst() <= now - window.toMillis()) {
                kept.pollFirst();
            }
            if (kept.size() >= limit) {
                wait[0] = Duration.ofMillis(Math.max(1000, kept.peekFirst() + window.toMillis() - now));
            } else {
                kept.addLast(now);
            }
            return kept;
        });
        return wait[0];
    }

    /** Gives back the key's latest attempt (it did no harm). */
    void giveBack(String key) {
        attempts.asMap().computeIfPresent(key, (k, times) -> {
            times.pollLast();
            return times.isEmpty() ? null : times;
        });
    }

    /** Forgets every attempt of the key. */
    void clear(String key) {
        attempts.invalidate(key);
    }
}
