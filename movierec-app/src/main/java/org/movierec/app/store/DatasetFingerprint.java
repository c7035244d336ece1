package org.movierec.app.store;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.Map;
import org.movierec.core.data.Dataset;
import org.movierec.core.data.Movie;
import org.movierec.core.data.MovieMetadata;
import org.movierec.core.data.RatingMatrix;
import org.movierec.core.data.Tag;
import org.movierec.core.data.UserInfo;

/** SHA-256 of a data set's content (movies, ratings, tags, users, metadata), so a repeated import is recognised. */
final class DatasetFingerprint {
    private DatasetFingerprint() {
    }

    static String of(Dataset dataset, Map<Integer, MovieMetadata> metadata) {
        MessageDigest digest;
        try {
            digest = MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("the JVM lacks SHA-256", e);
        }
        for (Movie movie : dataset.catalog().movies()) {
            digest.update((movie.id() + "\t" + movie.title() + "\t" + movie.year() + "\t" + movie.genres() + "\t"
                    + movie.imdbId() + "\t" + movie.tmdbId() + "\n").getBytes(StandardCharsets.UTF_8));
        }
        RatingMatrix ratings = dataset.ratings();
        int[] pointers = ratings.userPointers();
        int[] items = ratings.userItems();
        float[] values = ratings.userValues();
        long[] times = ratings.userTimestamps();
        ByteBuffer buffer = ByteBuffer.allocate(20 * 4096);
        for (int u = 0; u < ratings.userCount(); u++) {
            int userId = ratings.users().idAt(u);
            for (int k = pointers[u]; k < pointers[u + 1]; k++) {
                if (buffer.remaining() < 20) {
                    digest.update(buffer.flip());
                    buffer.clear();
                }
                buffer.putInt(userId).putInt(ratings.items().idAt(items[k])).putFloat(values[k])
                        .putLong(times == null ? 0 : times[k]);
            }
        }
        digest.update(buffer.flip());
        for (Tag tag : dataset.tags()) {
            digest.update((tag.userId() + "\t" + tag.movieId() + "\t" + tag.tag() + "\t" + tag.timestamp() + "\n")
                    .getBytes(StandardCharsets.UTF_8));
        }
        dataset.users().values().stream()
                .sorted(Comparator.comparingInt(UserInfo::id))
                .forEach(user -> digest.update(user.toString().getBytes(StandardCharsets.UTF_8)));
        metadata.values().stream()
                .sorted(Comparator.comparingInt(MovieMetadata::movieId))
                .forEach(movie -> digest.update(movie.toString().getBytes(StandardCharsets.UTF_8)));
        return HexFormat.of().formatHex(digest.digest());
    }
}
