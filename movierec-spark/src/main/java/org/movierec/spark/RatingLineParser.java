package org.movierec.spark;

import java.io.Serializable;
import org.movierec.core.data.RatingScale;

/**
 * Parses one line of a MovieLens or generic rating file ({@code user SEP movie SEP rating [SEP timestamp]})
 * on an executor, explaining a line that does not parse in the words of movierec's own readers
 * ({@code rating "x" is not a number}, {@code rating 7 is outside the scale 1 to 5 in steps of 1}).
 *
 * @param separator the field separator ("\t", "::" or ",")
 * @param fields the fields per line (3 or 4)
 * @param scaleMin the release scale's lowest rating (NaN: any finite rating is accepted)
 * @param scaleMax its highest rating
 * @param scaleStep its step
 */
record RatingLineParser(String separator, int fields, float scaleMin, float scaleMax, float scaleStep) implements Serializable {
    private static final String[] FIELD_NAMES = {"user id", "movie id", "rating", "timestamp"};

    /** A parser of lines with this separator and field count, checking ratings against the scale unless it is null. */
    static RatingLineParser of(String separator, int fields, RatingScale scale) {
        return scale == null ? new RatingLineParser(separator, fields, Float.NaN, Float.NaN, Float.NaN)
                : new RatingLineParser(separator, fields, scale.min(), scale.max(), scale.step());
    }

    /** The scale ratings are checked against, or null. */
    RatingScale scale() {
        return Float.isNaN(scaleMin) ? null : new RatingScale(scaleMin, scaleMax, scaleStep);
    }

    /** A parsed line: the ids and rating, or the problem (then the numbers are 0). */
    record Parsed(int user, int item, float rating, String problem) {
        static Parsed bad(String problem) {
            return new Parsed(0, 0, 0f, problem);
        }
    }

    /** The line parsed; null for a blank line. */
    Parsed parse(String line) {
        String text = line.endsWith("\r") ? line.substring(0, line.length() - 1) : line;
        if (text.isEmpty()) {
            return null;
        }
        String[] parts = split(text);
        if (parts.length != fields) {
            String shown = text.length() > 80 ? text.substring(0, 80) + "..." : text;
            return Parsed.bad("expected " + fields + " fields separated by " + (separator.equals("\t") ? "TAB" : "'" + separator + "'")
                    + " but found " + parts.length + ": \"" + shown + "\"");
        }
        long[] ids = new long[2];
        for (int k = 0; k < 2; k++) {
            ids[k] = id(parts[k]);
            if (ids[k] < 0) {
                return Parsed.bad(FIELD_NAMES[k] + " \"" + parts[k] + "\" is not a whole number" + (ids[k] == -2 ? " in range" : ""));
            }
        }
        if (!isDecimal(parts[2])) {
            return Parsed.bad("rating \"" + parts[2] + "\" is not a number");
        }
        float rating = Float.parseFloat(parts[2]);
        RatingScale scale = scale();
        if (scale != null && !scale.accepts(rating)) {
            return Parsed.bad(rating >= scale.min() && rating <= scale.max()
                    ? "rating " + parts[2] + " is not on the scale " + scale.describe()
                    : "rating " + parts[2] + " is outside the scale " + scale.describe());
        }
        if (fields == 4 && (parts[3].isEmpty() || parts[3].length() > 18 || !digits(parts[3]))) {
            return Parsed.bad("timestamp \"" + parts[3] + "\" is not a whole number");
        }
        return new Parsed((int) ids[0], (int) ids[1], rating, null);
    }

    private String[] split(String text) {
        String[] parts = new String[Math.max(fields, 1) + 1];
        int n = 0;
        int from = 0;
        while (true) {
            int at = text.indexOf(separator, from);
            String part = at < 0 ? text.substring(from) : text.substring(from, at);
            if (n == parts.length) {
                parts = java.util.Arrays.copyOf(parts, n * 2);
            }
            parts[n++] = part;
            if (at < 0) {
                return java.util.Arrays.copyOf(parts, n);
            }
            from = at + separator.length();
        }
    }

    /** The id, -1 when it is not a whole number, -2 when it is one beyond the int range. */
    private static long id(String field) {
        if (field.isEmpty() || !digits(field)) {
            return -1;
        }
        return field.length() > 10 || Long.parseLong(field) > Integer.MAX_VALUE ? -2 : Long.parseLong(field);
    }

    /** An optional minus, up to 7 digits, an optional point with up to 7 more, at least one digit. */
    private static boolean isDecimal(String field) {
        int p = field.startsWith("-") ? 1 : 0;
        int dot = field.indexOf('.');
        String whole = dot < 0 ? field.substring(p) : field.substring(p, dot);
        String fraction = dot < 0 ? "" : field.substring(dot + 1);
        return whole.length() <= 7 && fraction.length() <= 7 && whole.length() + fraction.length() > 0
                && (whole.isEmpty() || digits(whole)) && (fraction.isEmpty() || digits(fraction));
    }

    private static boolean digits(String field) {
        for (int k = 0; k < field.length(); k++) {
            char c = field.charAt(k);
            if (c < '0' || c > '9') {
                return false;
            }
        }
        return true;
    }
}
