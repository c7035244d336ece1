package org.movierec.core.io.metadata;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.movierec.core.data.MovieMetadata;
import org.movierec.core.io.TextLines;

/**
 * The MeLU extra facts on the MovieLens-1M movies ({@code movies_extrainfos.dat}, Lee et al., KDD 2019,
 * collected from OMDb): UTF-8, {@code ::}-separated, 11 fields per line: id, title, year, MPAA rating,
 * release date ("22 Nov 1995"), genres, directors, writers (with roles in parentheses, which are
 * dropped), main actors, plot, poster URL. "N/A" means unknown.
 */
public final class MeluMetadataReader {
    /** The file name of the MeLU extra facts. */
    public static final String FILE = "movies_extrainfos.dat";
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd MMM yyyy", Locale.ENGLISH);

    private MeluMetadataReader() {
    }

    /** Reads the file into metadata by MovieLens movie id. */
    public static Map<Integer, MovieMetadata> read(Path file) throws IOException {
        try (InputStream in = Files.newInputStream(file)) {
            return read(in, file.getFileName().toString());
        }
    }

    /** Reads the content, naming it label in errors. */
    public static Map<Integer, MovieMetadata> read(InputStream in, String label) throws IOException {
        Map<Integer, MovieMetadata> movies = new LinkedHashMap<>();
        try (TextLines lines = new TextLines(in, StandardCharsets.UTF_8, label)) {
            String text;
            while ((text = lines.next()) != null) {
                if (text.isBlank()) {
                    continue;
                }
                String[] f = text.split("::", -1);
                if (f.length != 11) {
                    throw lines.error("expected 11 fields separated by '::' but found " + f.length);
                }
                int id = lines.id(f[0], "movie id");
                MovieMetadata m = new MovieMetadata(id, names(f[6]), writers(f[7]), names(f[8]), List.of(), known(f[9]),
                        0, null, known(f[3]), date(f[4]), year(f[2]), List.of(), 0, 0, known(f[10]), null, Map.of());
                if (movies.put(id, m) != null) {
                    throw lines.error("movie " + id + " is listed twice");
                }
            }
        }
        return movies;
    }

    private static String known(String field) {
        String text = field.strip();
        return text.isEmpty() || text.equals("N/A") ? null : text;
    }

    private static int year(String field) {
        String text = known(field);
        return text != null && text.matches("\\d{4}") ? Integer.parseInt(text) : 0;
    }

    private static LocalDate date(String field) {
        String text = known(field);
        if (text == null) {
            return null;
        }
        try {
            return LocalDate.parse(text, DATE);
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    /** A comma-separated list of names; commas inside parentheses do not separate. */
    static List<String> names(String field) {
        String text = known(field);
        List<String> names = new ArrayList<>();
        if (text == null) {
            return names;
        }
        int depth = 0;
        int start = 0;
        for (int k = 0; k <= text.length(); k++) {
            char c = k < text.length() ? text.charAt(k) : ',';
            if (c == '(') {
                depth++;
            } else if (c == ')') {
                depth = Math.max(0, depth - 1);
            } else if (c == ',' && depth == 0) {
                String name = text.substring(start, k).strip();
                if (!name.isEmpty() && !name.equals("N/A")) {
                    names.add(name);
                }
                start = k + 1;
            }
        }
        return names;
    }

    /** Writers without their roles, each once: "Joss Whedon (screenplay by)" is "Joss Whedon". */
    static List<String> writers(String field) {
        LinkedHashSet<String> writers = new LinkedHashSet<>();
        for (String name : names(field)) {
            int paren = name.indexOf(" (");
            writers.add(paren > 0 ? name.substring(0, paren).strip() : name);
        }
        return new ArrayList<>(writers);
    }
}
