package org.movierec.core.io;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.movierec.core.data.Dataset;
import org.movierec.core.util.Progress;

/**
 * Reads any data set movierec knows from a directory or a zip: every MovieLens release in its own
 * format, recognised from its files, or the documented generic CSV.
 *
 * <p>Recognition: {@code u.data} and {@code u.item} make ml-100k; {@code ratings.dat} and
 * {@code movies.dat} make ml-1m when {@code users.dat} is there and ml-10m otherwise;
 * {@code ratings.csv} with the MovieLens header and {@code movies.csv} make ml-latest (ml-20m, ml-25m,
 * ml-32m, ml-latest and ml-latest-small share it); any other {@code ratings.csv} is generic CSV.
 */
public final class Releases {
    /** The format names {@link #read(Path, String, Progress)} accepts, "auto" first. */
    public static final List<String> FORMATS = List.of("auto", "ml-100k", "ml-1m", "ml-10m", "ml-latest",
            "generic-csv");

    private Releases() {
    }

    /**
     * Reads the data set at the path (a directory or a zip file, read without unpacking), recognising
     * its format from its files.
     *
     * @throws DataFormatException naming file and line when the data is malformed
     */
    public static Dataset read(Path path, Progress progress) throws IOException {
        return read(path, "auto", progress);
    }

    /**
     * Reads the data set at the path in the given format (one of {@link #FORMATS}).
     *
     * @throws DataFormatException naming file and line when the data is malformed
     * @throws IllegalArgumentException for an unknown format name
     */
    public static Dataset read(Path path, String format, Progress progress) throws IOException {
        if (!FORMATS.contains(format)) {
            throw new IllegalArgumentException("unknown data format \"" + format + "\"; choose one of "
                    + String.join(", ", FORMATS));
        }
        try (ReleaseSource source = ReleaseSource.open(path)) {
            String chosen = format.equals("auto") ? detect(source) : format;
            requireFiles(source, chosen);
            return switch (chosen) {
                case "ml-100k" -> MovieLens100kReader.read(source, progress);
                case "ml-1m" -> MovieLensDatReader.read1m(source, progress);
                case "ml-10m" -> MovieLensDatReader.read10m(source, progress);
                case "ml-latest" -> MovieLensCsvReader.read(source, progress);
                default -> GenericCsvReader.read(source, progress);
            };
        }
    }

    /** The format of the data set at the path, recognised from its files (never "auto"). */
    public static String detect(Path path) throws IOException {
        try (ReleaseSource source = ReleaseSource.open(path)) {
            return detect(source);
        }
    }

    static String detect(ReleaseSource source) throws IOException {
        if (source.has("u.data") && source.has("u.item")) {
            return "ml-100k";
        }
        if (source.has("ratings.dat") && source.has("movies.dat")) {
            return source.has("users.dat") ? "ml-1m" : "ml-10m";
        }
        if (source.has("ratings.csv")) {
            String header = MovieLensCsvReader.header(source, "ratings.csv");
            boolean movieLens = header != null && header.strip().equals(MovieLensCsvReader.RATINGS_HEADER)
                    && source.has("movies.csv");
            return movieLens ? "ml-latest" : "generic-csv";
        }
        throw new DataFormatException(source.name(), 0, "not a MovieLens release nor a generic CSV data set: "
                + "expected u.data and u.item, ratings.dat and movies.dat, or ratings.csv, but found "
                + (source.files().isEmpty() ? "no files" : String.join(", ", source.files())));
    }

    private static void requireFiles(ReleaseSource source, String format) throws DataFormatException {
        List<String> needed = switch (format) {
            case "ml-100k" -> List.of("u.data", "u.item");
            case "ml-1m" -> List.of("ratings.dat", "movies.dat", "users.dat");
            case "ml-10m" -> List.of("ratings.dat", "movies.dat");
            case "ml-latest" -> List.of("ratings.csv", "movies.csv");
            default -> List.of("ratings.csv");
        };
        for (String file : needed) {
            if (!source.has(file)) {
                throw new DataFormatException(source.name(), 0, format + " data needs " + String.join(", ", needed)
                        + " but " + file + " is missing");
            }
        }
    }
}
