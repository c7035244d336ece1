package org.movierec.core.io;

import java.io.IOException;

/**
 * A data file that does not hold what its format promises. The message names the file, the line
 * (1-based; 0 when the problem is not on one line) and what is wrong, e.g.
 * {@code u.data line 500: rating 9 is outside the scale 1 to 5 in steps of 1}.
 */
public final class DataFormatException extends IOException {
    private final String file;
    private final long line;

    public DataFormatException(String file, long line, String problem) {
        super(line > 0 ? file + " line " + line + ": " + problem : file + ": " + problem);
        this.file = file;
        this.line = line;
    }

    public String file() {
        return file;
    }

    public long line() {
        return line;
    }
}
