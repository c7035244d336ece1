package org.movierec.core.io;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import org.movierec.core.data.IdIndex;
import org.movierec.core.data.RatingMatrixBuilder;
import org.movierec.core.data.RatingScale;
import org.movierec.core.util.Progress;

/**
 * A byte-level parser of rating files ({@code user SEP movie SEP rating [SEP timestamp]} per line):
 * no String per line and no regular expression on the fast path. A line that does not parse is
 * re-read as text only to explain what is wrong. Ids must be whole numbers; ratings are decimals
 * checked against the release's scale; CRLF and LF line ends are both accepted; blank lines are
 * skipped. One parser reads one file; not thread-safe.
 */
final class RatingFileParser {
    private static final int BUFFER = 1 << 20;
    private static final String[] FIELD_NAMES = {"user id", "movie id", "rating", "timestamp"};

    private final String label;
    private final byte[] separator;
    private final String separatorName;
    private final RatingScale scale;
    private final boolean timestamps;
    private final int fields;
    private int headerLines;
    private float lowest = Float.POSITIVE_INFINITY;
    private float highest = Float.NEGATIVE_INFINITY;
    private boolean allWhole = true;
    private boolean allHalves = true;
    private RatingMatrixBuilder builder;
    private IdIndex users;
    private IdIndex items;
    private long line;
    private int lastUserId = -1;
    private int lastUser = -1;
    private Block block = new Block();
    private Indexer indexer;

    /**
     * @param label the file as named in errors
     * @param separator the field separator ("\t", "::" or ",")
     * @param scale the release's scale, or null to accept any finite rating
     * @param timestamps whether each line ends with a timestamp field
     */
    RatingFileParser(String label, String separator, RatingScale scale, boolean timestamps) {
        this.label = label;
        this.separator = separator.getBytes(StandardCharsets.US_ASCII);
        this.separatorName = separator.equals("\t") ? "TAB" : "'" + separator + "'";
        this.scale = scale;
        this.timestamps = timestamps;
        this.fields = timestamps ? 4 : 3;
    }

    /** Skips this many header lines before the data (CSV files have one). */
    RatingFileParser skipHeader(int lines) {
        headerLines = lines;
        return this;
    }

    /**
     * Parses the whole stream into a builder sized from the file length, so its buffers need not
     * grow. The builder is returned unbuilt: the caller checks ids before building.
     */
    RatingMatrixBuilder parse(InputStream in, long sizeHint, byte[] tail, IdIndex users, IdIndex items,
            Progress progress) throws IOException {
        byte[] buf = new byte[BUFFER];
        int limit = fill(in, buf, 0);
        builder = new RatingMatrixBuilder(users, items, scale, expectedLines(buf, limit, tail, sizeHint), timestamps);
        this.users = users;
        this.items = items;
        progress.start("reading " + label, sizeHint);
        if (sizeHint > 4L * BUFFER) {
            indexer = new Indexer();
        }
        try {
            readAll(in, buf, limit, progress);
            handOff();
        } finally {
            if (indexer != null) {
                indexer.finish();
                indexer = null;
            }
        }
        progress.done();
        RatingMatrixBuilder result = builder;
        builder = null;
        return result;
    }

    private void readAll(InputStream in, byte[] buf, int filled, Progress progress) throws IOException {
        int limit = filled;
        int pos = 0;
        while (true) {
            boolean eof = limit < buf.length;
            pos = parseLines(buf, pos, limit);
            if (eof) {
                if (pos < limit) {
                    // the last line has no line end: parse it as if it had one
                    byte[] last = Arrays.copyOfRange(buf, pos, limit + 1);
                    last[last.length - 1] = '\n';
                    parseLines(last, 0, last.length);
                }
                break;
            }
            int rest = limit - pos;
            if (rest == buf.length) {
                throw new DataFormatException(label, line + 1, "line is longer than " + BUFFER + " bytes");
            }
            System.arraycopy(buf, pos, buf, 0, rest);
            progress.step(pos);
            pos = 0;
            limit = fill(in, buf, rest);
        }
        progress.step(limit);
    }

    /** Parsed ratings by external id, on their way to the id indexes and the builder. */
    private static final class Block {
        static final int SIZE = 1 << 14;
        final int[] userIds = new int[SIZE];
        final int[] movieIds = new int[SIZE];
        final float[] ratings = new float[SIZE];
        final long[] times = new long[SIZE];
        int size;
    }

    /** Indexes and adds the parsed ratings of a block to the builder, in file order. */
    private void index(Block b) {
        for (int k = 0; k < b.size; k++) {
            int userId = b.userIds[k];
            int user = userId == lastUserId ? lastUser : userIndex(userId);
            builder.add(user, items.add(b.movieIds[k]), b.ratings[k], b.times[k]);
        }
        b.size = 0;
    }

    /** Passes the filled block on: to the indexing thread when there is one, else indexes it here. */
    private void handOff() throws IOException {
        if (indexer == null) {
            index(block);
        } else {
            block = indexer.swap(block);
        }
    }

    /**
     * A second thread that indexes blocks while this one parses the next: both cores work on a big
     * file, and the blocks keep memory bounded. Blocks are indexed in the order they were parsed.
     */
    private final class Indexer {
        private final BlockingQueue<Block> full = new ArrayBlockingQueue<>(2);
        private final BlockingQueue<Block> free = new ArrayBlockingQueue<>(3);
        private final Block end = new Block();
        private final Thread thread;
        private volatile Throwable failure;

        Indexer() {
            free.add(new Block());
            free.add(new Block());
            thread = new Thread(this::run, "movierec-index-ratings");
            thread.setDaemon(true);
            thread.start();
        }

        private void run() {
            try {
                while (true) {
                    Block b = full.take();
                    if (b == end) {
                        return;
                    }
                    if (failure == null) {
                        try {
                            index(b);
                        } catch (RuntimeException | Error e) {
                            failure = e;
                        }
                    }
                    b.size = 0;
                    free.put(b);
                }
            } catch (InterruptedException e) {
                failure = e;
            }
        }

        Block swap(Block filled) throws IOException {
            try {
                full.put(filled);
                return free.take();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IOException("interrupted while reading " + label, e);
            }
        }

        void finish() throws IOException {
            try {
                full.put(end);
                thread.join();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IOException("interrupted while reading " + label, e);
            }
            if (failure instanceof RuntimeException e) {
                throw e;
            }
            if (failure instanceof Error e) {
                throw e;
            }
            if (failure != null) {
                throw new IOException("indexing " + label + " failed", failure);
            }
        }
    }

    /** Parses the complete lines in buf[pos, limit); returns where the first incomplete line starts. */
    private int parseLines(byte[] buf, int pos, int limit) throws IOException {
        int sepLength = separator.length;
        while (true) {
            int end = pos;
            while (end < limit && buf[end] != '\n') {
                end++;
            }
            if (end == limit) {
                return pos;
            }
            line++;
            int stop = end > pos && buf[end - 1] == '\r' ? end - 1 : end;
            if (stop == pos || line <= headerLines) {
                pos = end + 1;
                continue;
            }
            int p = pos;
            int digits = p;
            long userId = 0;
            while (p < stop && (buf[p] - '0' & 0xff) < 10) {
                userId = userId * 10 + (buf[p++] - '0');
            }
            if (p == digits || p - digits > 10 || userId > Integer.MAX_VALUE || !separatorAt(buf, p, stop)) {
                throw explain(buf, pos, stop, line);
            }
            p += sepLength;
            digits = p;
            long movieId = 0;
            while (p < stop && (buf[p] - '0' & 0xff) < 10) {
                movieId = movieId * 10 + (buf[p++] - '0');
            }
            if (p == digits || p - digits > 10 || movieId > Integer.MAX_VALUE || !separatorAt(buf, p, stop)) {
                throw explain(buf, pos, stop, line);
            }
            p += sepLength;
            int ratingStart = p;
            boolean negative = p < stop && buf[p] == '-';
            if (negative) {
                p++;
            }
            digits = p;
            long whole = 0;
            while (p < stop && (buf[p] - '0' & 0xff) < 10) {
                whole = whole * 10 + (buf[p++] - '0');
            }
            boolean ok = p > digits && p - digits <= 9;
            long frac = 0;
            long div = 1;
            if (p < stop && buf[p] == '.') {
                p++;
                int fracStart = p;
                while (p < stop && (buf[p] - '0' & 0xff) < 10) {
                    frac = frac * 10 + (buf[p++] - '0');
                    div *= 10;
                }
                ok = (ok || p > fracStart && p - digits <= 9) && p - fracStart <= 9;
            }
            int ratingEnd = p;
            if (!ok || (timestamps ? !separatorAt(buf, p, stop) : p != stop)) {
                throw explain(buf, pos, stop, line);
            }
            double value = whole + (double) frac / div;
            float rating = (float) (negative ? -value : value);
            if (scale == null) {
                observe(rating);
            } else if (!scale.accepts(rating)) {
                throw new DataFormatException(label, line, scaleProblem(
                        new String(buf, ratingStart, ratingEnd - ratingStart, StandardCharsets.US_ASCII), rating));
            }
            long time = 0;
            if (timestamps) {
                p += sepLength;
                digits = p;
                while (p < stop && (buf[p] - '0' & 0xff) < 10) {
                    time = time * 10 + (buf[p++] - '0');
                }
                if (p == digits || p != stop || p - digits > 18) {
                    throw explain(buf, pos, stop, line);
                }
            }
            Block b = block;
            int n = b.size;
            b.userIds[n] = (int) userId;
            b.movieIds[n] = (int) movieId;
            b.ratings[n] = rating;
            b.times[n] = time;
            b.size = n + 1;
            if (n + 1 == Block.SIZE) {
                handOff();
            }
            pos = end + 1;
        }
    }

    private int userIndex(int userId) {
        lastUserId = userId;
        lastUser = users.add(userId);
        return lastUser;
    }

    private void observe(float rating) {
        lowest = Math.min(lowest, rating);
        highest = Math.max(highest, rating);
        allWhole &= rating == Math.rint(rating);
        allHalves &= rating * 2 == Math.rint(rating * 2);
    }

    /**
     * The scale of the ratings parsed without a given scale: from the lowest to the highest value,
     * in whole or half steps when every value is on them; null when no rating was read.
     */
    RatingScale observedScale() {
        if (lowest > highest) {
            return null;
        }
        float step = allWhole ? 1f : allHalves ? 0.5f : 0f;
        float min = lowest < highest ? lowest : Math.min(0f, highest - Math.max(step, 1f));
        return new RatingScale(min, highest, step);
    }

    private String scaleProblem(String text, float rating) {
        return rating >= scale.min() && rating <= scale.max()
                ? "rating " + text + " is not on the scale " + scale.describe()
                : "rating " + text + " is outside the scale " + scale.describe();
    }

    private boolean separatorAt(byte[] buf, int p, int stop) {
        if (p + separator.length > stop) {
            return false;
        }
        for (int k = 0; k < separator.length; k++) {
            if (buf[p + k] != separator[k]) {
                return false;
            }
        }
        return true;
    }

    /** A plain explanation of why the line does not parse. */
    private DataFormatException explain(byte[] buf, int from, int to, long line) {
        String text = new String(buf, from, to - from, StandardCharsets.ISO_8859_1);
        String sep = new String(separator, StandardCharsets.US_ASCII);
        String[] parts = text.split(java.util.regex.Pattern.quote(sep), -1);
        String shown = text.length() > 80 ? text.substring(0, 80) + "..." : text;
        if (parts.length != fields) {
            return new DataFormatException(label, line, "expected " + fields + " fields separated by "
                    + separatorName + " but found " + parts.length + ": \"" + shown + "\"");
        }
        for (int k = 0; k < fields; k++) {
            String field = parts[k];
            String name = FIELD_NAMES[k];
            boolean valid;
            if (k == 2) {
                valid = field.matches("-?(\\d{1,7}(\\.\\d{0,7})?|\\.\\d{1,7})");
            } else if (k == 3) {
                valid = field.matches("\\d{1,18}");
            } else {
                valid = field.matches("\\d{1,10}") && Long.parseLong(field) <= Integer.MAX_VALUE;
            }
            if (!valid) {
                String kind = k == 2 ? "a number" : "a whole number";
                return new DataFormatException(label, line, name + " \"" + field + "\" is not " + kind
                        + (k < 2 && field.matches("\\d+") ? " in range" : ""));
            }
        }
        return new DataFormatException(label, line, "malformed line \"" + shown + "\"");
    }

    private static int indexOf(byte[] buf, int from, int to, byte b) {
        for (int k = from; k < to; k++) {
            if (buf[k] == b) {
                return k;
            }
        }
        return -1;
    }

    private static int fill(InputStream in, byte[] buf, int from) throws IOException {
        int n = from;
        while (n < buf.length) {
            int r = in.read(buf, n, buf.length - n);
            if (r < 0) {
                break;
            }
            n += r;
        }
        return n;
    }

    /**
     * Lines expected in the file, from the mean line length of its first buffer and, when given, of its
     * last bytes: ids grow through a MovieLens file, so later lines are longer and the tail weighs more.
     * A slight overestimate, so the builder need not grow.
     */
    private static int expectedLines(byte[] head, int limit, byte[] tail, long sizeHint) {
        int headLines = count(head, 0, limit);
        if (sizeHint <= limit || headLines == 0) {
            return headLines + 1;
        }
        double perLine = (double) limit / headLines;
        int tailLines = tail == null ? 0 : count(tail, 0, tail.length);
        if (tailLines > 1) {
            int first = 0;
            while (tail[first] != '\n') {
                first++;
            }
            double tailPerLine = (double) (tail.length - first - 1) / (tailLines - 1);
            perLine = 0.25 * perLine + 0.75 * tailPerLine;
        }
        return (int) Math.min(Integer.MAX_VALUE - 16, sizeHint / perLine * 1.03 + 64);
    }

    private static int count(byte[] buf, int from, int to) {
        int lines = 0;
        for (int k = from; k < to; k++) {
            if (buf[k] == '\n') {
                lines++;
            }
        }
        return lines;
    }

    /** The 1-based number of the first data line whose user and movie ids match, or 0 if none. */
    static long findLine(InputStream in, String separator, int headerLines, int userId, int movieId, int occurrence)
            throws IOException {
        byte[] sep = separator.getBytes(StandardCharsets.US_ASCII);
        byte[] buf = new byte[BUFFER];
        int limit = fill(in, buf, 0);
        boolean eof = limit < buf.length;
        long line = 0;
        int pos = 0;
        int seen = 0;
        while (true) {
            int end = indexOf(buf, pos, limit, (byte) '\n');
            if (end < 0) {
                if (!eof && pos > 0) {
                    int rest = limit - pos;
                    System.arraycopy(buf, pos, buf, 0, rest);
                    pos = 0;
                    limit = fill(in, buf, rest);
                    eof = limit < buf.length;
                    continue;
                }
                if (pos >= limit) {
                    return 0;
                }
                end = limit;
            }
            line++;
            if (line > headerLines) {
                int[] ids = leadingIds(buf, pos, end, sep);
                if (ids != null && (userId < 0 || ids[0] == userId) && ids[1] == movieId && ++seen == occurrence) {
                    return line;
                }
            }
            pos = end + 1;
        }
    }

    private static int[] leadingIds(byte[] buf, int from, int to, byte[] sep) {
        int[] ids = new int[2];
        int p = from;
        for (int f = 0; f < 2; f++) {
            long v = 0;
            int start = p;
            while (p < to && (buf[p] - '0' & 0xff) < 10 && p - start < 10) {
                v = v * 10 + (buf[p++] - '0');
            }
            if (p == start || v > Integer.MAX_VALUE) {
                return null;
            }
            ids[f] = (int) v;
            if (f == 0) {
                if (p + sep.length > to || !Arrays.equals(buf, p, p + sep.length, sep, 0, sep.length)) {
                    return null;
                }
                p += sep.length;
            }
        }
        return ids;
    }
}
