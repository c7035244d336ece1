package org.movierec.core.io;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.Charset;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.FutureTask;
import org.movierec.core.data.Catalog;
import org.movierec.core.data.DuplicateRatingException;
import org.movierec.core.data.IdIndex;
import org.movierec.core.data.RatingMatrix;
import org.movierec.core.data.RatingMatrixBuilder;
import org.movierec.core.data.RatingScale;
import org.movierec.core.util.Progress;

/** What the release readers share: parsing the rating file, checking its ids, reading files in the background. */
final class ReaderSupport {
    private ReaderSupport() {
    }

    /** Work that may fail with an I/O error. */
    interface IoTask<T> {
        T call() throws IOException;
    }

    /** A task started at once on its own thread, so a second core reads the small files while the ratings parse. */
    static final class Background<T> {
        private final FutureTask<T> task;

        Background(String name, IoTask<T> work) {
            task = new FutureTask<>(work::call);
            Thread thread = new Thread(task, "movierec-" + name);
            thread.setDaemon(true);
            thread.start();
        }

        T get() throws IOException {
            try {
                return task.get();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IOException("interrupted while reading", e);
            } catch (ExecutionException e) {
                Throwable cause = e.getCause();
                if (cause instanceof IOException io) {
                    throw io;
                }
                if (cause instanceof UncheckedIOException io) {
                    throw io.getCause();
                }
                if (cause instanceof RuntimeException re) {
                    throw re;
                }
                if (cause instanceof Error err) {
                    throw err;
                }
                throw new IOException(cause);
            }
        }
    }

    static TextLines lines(ReleaseSource source, String file, Charset charset) throws IOException {
        return new TextLines(source.open(file), charset, source.label(file));
    }

    /** Parses a rating file into an unbuilt builder over fresh id indexes. */
    static RatingMatrixBuilder parseRatings(ReleaseSource source, String file, String separator, int headerLines,
            RatingScale scale, boolean timestamps, Progress progress) throws IOException {
        RatingFileParser parser = new RatingFileParser(source.label(file), separator, scale, timestamps)
                .skipHeader(headerLines);
        try (InputStream in = source.open(file)) {
            long size = source.size(file);
            return parser.parse(in, size, source.tail(file, 1 << 16), new IdIndex(1 << 12), new IdIndex(1 << 12),
                    progress);
        } catch (IOException e) {
            throw source.readFailure(file, e);
        }
    }

    /** Fails on the first line that rates a movie missing from the catalogue. */
    static void checkMoviesKnown(RatingMatrixBuilder ratings, Catalog catalog, ReleaseSource source, String file,
            String separator, int headerLines, String moviesFile) throws IOException {
        IdIndex items = ratings.items();
        for (int k = 0; k < items.size(); k++) {
            int id = items.idAt(k);
            if (!catalog.contains(id)) {
                long line;
                try (InputStream in = source.open(file)) {
                    line = RatingFileParser.findLine(in, separator, headerLines, -1, id, 1);
                }
                throw new DataFormatException(source.label(file), line,
                        "movie id " + id + " is not in " + moviesFile);
            }
        }
    }

    /** Builds the matrix; a duplicate rating becomes an error naming the file and the line that repeats it. */
    static RatingMatrix build(RatingMatrixBuilder ratings, ReleaseSource source, String file, String separator,
            int headerLines) throws IOException {
        try {
            return ratings.build();
        } catch (DuplicateRatingException e) {
            long line;
            try (InputStream in = source.open(file)) {
                line = RatingFileParser.findLine(in, separator, headerLines, e.userId(), e.movieId(), 2);
            }
            throw new DataFormatException(source.label(file), line, e.getMessage());
        }
    }
}
