package org.movierec.app.store;

/** The database could not do what was asked; the message says what, in plain words. */
public final class DatabaseException extends RuntimeException {
    public DatabaseException(String message, Throwable cause) {
        super(message, cause);
    }
}
