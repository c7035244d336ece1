package org.movierec.app.cli;

import java.io.FileNotFoundException;
import java.nio.file.AccessDeniedException;
import java.nio.file.NoSuchFileException;

/** Turns an exception into the one or two plain sentences shown to a user. */
final class ErrorMessages {
    private ErrorMessages() {
    }

    static String describe(Throwable ex) {
        if (ex instanceof NoSuchFileException e) {
            return "no such file or directory: " + e.getFile();
        }
        if (ex instanceof FileNotFoundException e) {
            return "file not found: " + e.getMessage();
        }
        if (ex instanceof AccessDeniedException e) {
            return "permission denied: " + e.getFile();
        }
        if (ex instanceof OutOfMemoryError) {
            return "out of memory; give Java more heap with JAVA_OPTS=-Xmx8g";
        }
        String message = ex.getMessage();
        if (message == null || message.isBlank()) {
            return ex.getClass().getSimpleName().replaceAll("(Exception|Error)$", "").replaceAll("([a-z])([A-Z])", "$1 $2").toLowerCase()
                    + " (run with --verbose for details)";
        }
        return message;
    }
}
