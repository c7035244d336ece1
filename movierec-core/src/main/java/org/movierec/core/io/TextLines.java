package org.movierec.core.io;

import java.io.Closeable;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.zip.ZipException;

/**
 * Lines of a text file with their numbers, decoded strictly: bytes that are not valid in the
 * file's charset are an error naming the line, never silently replaced. Line ends (LF or CRLF) and
 * a leading byte-order mark are removed. A line longer than {@value #MAX_LINE} bytes is an error too (no
 * data file has one; a zip bomb of one endless line must not fill the memory). Not thread-safe.
 */
public final class TextLines implements Closeable {
    /** The longest line read, in bytes. */
    public static final int MAX_LINE = 1 << 20;
    private final InputStream in;
    private final CharsetDecoder decoder;
    private final boolean singleByte;
    private final boolean latin1Fallback;
    private final String label;
    private byte[] buf = new byte[1 << 16];
    private int pos;
    private int limit;
    private boolean eof;
    private long line;

    /** Lines of the stream decoded strictly in the charset; label names the file in errors. */
    public TextLines(InputStream in, Charset charset, String label) {
        this(in, charset, label, false);
    }

    private TextLines(InputStream in, Charset charset, String label, boolean latin1Fallback) {
        this.in = in;
        this.decoder = charset.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        this.singleByte = charset.equals(StandardCharsets.ISO_8859_1);
        this.label = label;
        this.latin1Fallback = latin1Fallback;
    }

    /**
     * Lines of a file whose encoding varies between copies (ml-10m, HetRec): each line is decoded as
     * UTF-8 when it is valid UTF-8, as ISO-8859-1 otherwise.
     */
    public static TextLines utf8OrLatin1(InputStream in, String label) {
        return new TextLines(in, StandardCharsets.UTF_8, label, true);
    }

    /** The next line, or null at the end of the file. */
    public String next() throws IOException {
        int end;
        while ((end = indexOfNewline()) < 0 && !eof) {
            refill();
        }
        if (end < 0) {
            if (pos >= limit) {
                return null;
            }
            end = limit;
        }
        line++;
        int from = pos;
        pos = end + 1;
        int to = end > from && buf[end - 1] == '\r' ? end - 1 : end;
        if (line == 1 && to - from >= 3 && buf[from] == (byte) 0xEF && buf[from + 1] == (byte) 0xBB
                && buf[from + 2] == (byte) 0xBF) {
            from += 3;
        }
        return decode(from, to);
    }

    private String decode(int from, int to) throws DataFormatException {
        if (singleByte) {
            return new String(buf, from, to - from, StandardCharsets.ISO_8859_1);
        }
        boolean ascii = true;
        for (int k = from; k < to && ascii; k++) {
            ascii = buf[k] >= 0;
        }
        if (ascii) {
            return new String(buf, from, to - from, StandardCharsets.US_ASCII);
        }
        try {
            return decoder.reset().decode(ByteBuffer.wrap(buf, from, to - from)).toString();
        } catch (CharacterCodingException e) {
            if (latin1Fallback) {
                return new String(buf, from, to - from, StandardCharsets.ISO_8859_1);
            }
            throw error("bytes that are not valid " + decoder.charset().name() + " text");
        }
    }

    private int indexOfNewline() {
        for (int k = pos; k < limit; k++) {
            if (buf[k] == '\n') {
                return k;
            }
        }
        return -1;
    }

    private void refill() throws IOException {
        if (pos > 0) {
            System.arraycopy(buf, pos, buf, 0, limit - pos);
            limit -= pos;
            pos = 0;
        }
        if (limit == buf.length) {
            if (buf.length >= MAX_LINE) {
                throw new DataFormatException(label, line + 1, "the line is longer than " + MAX_LINE / (1 << 20)
                        + " MB; this is not a data file of the format");
            }
            buf = Arrays.copyOf(buf, buf.length * 2);
        }
        int n;
        try {
            n = in.read(buf, limit, buf.length - limit);
        } catch (ZipException | EOFException e) {
            throw new DataFormatException(label, line + 1, "the archive is damaged or truncated (" + e.getMessage() + ")");
        }
        if (n < 0) {
            eof = true;
        } else {
            limit += n;
        }
    }

    /** The number of the line last returned (1-based). */
    public long line() {
        return line;
    }

    public String label() {
        return label;
    }

    /** An error on the line last returned. */
    public DataFormatException error(String problem) {
        return new DataFormatException(label, line, problem);
    }

    /** Splits on a plain separator (no quoting), keeping empty fields. */
    public static String[] split(String text, String separator) {
        List<String> parts = new ArrayList<>();
        int from = 0;
        int at;
        while ((at = text.indexOf(separator, from)) >= 0) {
            parts.add(text.substring(from, at));
            from = at + separator.length();
        }
        parts.add(text.substring(from));
        return parts.toArray(new String[0]);
    }

    /**
     * Splits one CSV line (RFC 4180 quoting: fields may be quoted, a doubled quote inside quotes is a
     * quote). Returns null when a quote is not closed.
     */
    public static String[] splitCsv(String text) {
        List<String> parts = new ArrayList<>();
        StringBuilder field = new StringBuilder();
        int k = 0;
        int n = text.length();
        while (true) {
            field.setLength(0);
            if (k < n && text.charAt(k) == '"') {
                k++;
                while (true) {
                    if (k >= n) {
                        return null;
                    }
                    char c = text.charAt(k++);
                    if (c == '"') {
                        if (k < n && text.charAt(k) == '"') {
                            field.append('"');
                            k++;
                        } else {
                            break;
                        }
                    } else {
                        field.append(c);
                    }
                }
                while (k < n && text.charAt(k) != ',') {
                    field.append(text.charAt(k++));
                }
            } else {
                while (k < n && text.charAt(k) != ',') {
                    field.append(text.charAt(k++));
                }
            }
            parts.add(field.toString());
            if (k >= n) {
                return parts.toArray(new String[0]);
            }
            k++;
        }
    }

    /** The field as a positive whole number, or an error naming it. */
    public int id(String field, String name) throws DataFormatException {
        int from = 0;
        int to = field.length();
        while (from < to && field.charAt(from) == ' ') {
            from++;
        }
        while (to > from && field.charAt(to - 1) == ' ') {
            to--;
        }
        long value = 0;
        for (int k = from; k < to; k++) {
            char c = field.charAt(k);
            if (c < '0' || c > '9' || k - from >= 10) {
                value = -1;
                break;
            }
            value = value * 10 + (c - '0');
        }
        if (to == from || value < 0 || value > Integer.MAX_VALUE) {
            throw error(name + " \"" + field + "\" is not a whole number");
        }
        return (int) value;
    }

    /** The field as a whole number of seconds, or an error naming it. */
    public long timestamp(String field) throws DataFormatException {
        String f = field.trim();
        try {
            return Long.parseLong(f);
        } catch (NumberFormatException e) {
            throw error("timestamp \"" + field + "\" is not a whole number");
        }
    }

    @Override
    public void close() throws IOException {
        in.close();
    }
}
