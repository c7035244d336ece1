package org.movierec.core.algo;

import java.io.IOException;
import java.nio.file.Path;

/** A model file that cannot be used: not a model, another format version, truncated or corrupt. */
public final class InvalidModelFileException extends IOException {
    public InvalidModelFileException(Path file, String reason) {
        super("cannot load model " + file + ": " + reason);
    }
}
