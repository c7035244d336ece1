package org.movierec.app.store;

import java.util.Arrays;
import java.util.Locale;

/** What a signed-in user did, stored as a small code in {@code events.type}; codes never change. */
public enum EventType {
    /** Opened a movie's page. */
    VIEW(1),
    /** Followed a recommendation (the event carries the impression and position). */
    CLICK(2),
    /** Added a movie to the watchlist. */
    WATCHLIST(3),
    /** Marked a movie "not interested". */
    DISMISS(4),
    /** Reached a movie from a search. */
    SEARCH(5);

    private final int code;

    EventType(int code) {
        this.code = code;
    }

    public int code() {
        return code;
    }

    /** The name in JSON and URLs: the lower-case constant. */
    public String key() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static EventType ofCode(int code) {
        for (EventType type : values()) {
            if (type.code == code) {
                return type;
            }
        }
        throw new IllegalStateException("unknown event code " + code + " in the database");
    }

    /** The type of a JSON name, refused with the accepted names. */
    public static EventType ofKey(String key) {
        for (EventType type : values()) {
            if (type.key().equals(key)) {
                return type;
            }
        }
        throw new IllegalArgumentException("unknown event type '" + key + "'; types are "
                + String.join(", ", Arrays.stream(values()).map(EventType::key).toList()));
    }
}
