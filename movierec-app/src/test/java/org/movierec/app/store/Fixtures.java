package org.movierec.app.store;

import java.util.List;
import java.util.Map;
import org.movierec.core.data.Catalog;
import org.movierec.core.data.Dataset;
import org.movierec.core.data.IdIndex;
import org.movierec.core.data.Movie;
import org.movierec.core.data.RatingMatrixBuilder;
import org.movierec.core.data.RatingScale;
import org.movierec.core.data.Tag;
import org.movierec.core.data.UserInfo;

/** Small data sets built in code for the store tests. */
final class Fixtures {
    private Fixtures() {
    }

    /**
     * Users 1, 2, 3 (2 without demographics, 4 only tags); movies 10, 20, 30, 40 (40 unrated); ratings
     * (1,10,4) (1,20,3.5) (2,10,5) (3,30,1) with timestamps 100, 101, 102, 103; {@code changed} makes
     * user 1's rating of movie 20 a 2.
     */
    static Dataset tiny(String name, boolean changed) {
        Catalog catalog = new Catalog(List.of(
                new Movie(10, "The Matrix", 1999, List.of("Action", "Sci-Fi"), 133093, 603),
                new Movie(20, "Toy Story", 1995, List.of("Animation", "Children's", "Comedy"), 114709, 862),
                new Movie(30, "Heat", 1995, List.of("Action", "Crime", "Thriller"), 0, 0),
                new Movie(40, "Unknown Film", 0, List.of(), 0, 0)));
        RatingMatrixBuilder builder = new RatingMatrixBuilder(new IdIndex(), new IdIndex(), RatingScale.HALF_STARS, 4, true);
        builder.addById(1, 10, 4f, 100);
        builder.addById(1, 20, changed ? 2f : 3.5f, 101);
        builder.addById(2, 10, 5f, 102);
        builder.addById(3, 30, 1f, 103);
        List<Tag> tags = List.of(new Tag(1, 10, "cyberpunk", 200), new Tag(4, 20, "pixar", 201),
                new Tag(4, 20, "Pixar", 202));
        Map<Integer, UserInfo> users = Map.of(1, new UserInfo(1, "F", 25, "artist", "12345"),
                3, new UserInfo(3, "M", 56, "writer", "54321"));
        return new Dataset(name, "test", catalog, builder.build(), tags, users);
    }

    /** A data set of n users each rating m movies (ids 1..), without timestamps, on whole stars. */
    static Dataset grid(String name, int users, int movies) {
        java.util.List<Movie> list = new java.util.ArrayList<>();
        for (int m = 1; m <= movies; m++) {
            list.add(new Movie(m, "Movie " + m, 1990 + m % 30, List.of(m % 2 == 0 ? "Drama" : "Comedy"), 0, 0));
        }
        RatingMatrixBuilder builder = new RatingMatrixBuilder(new IdIndex(), new IdIndex(), RatingScale.WHOLE_STARS,
                users * movies, false);
        for (int u = 1; u <= users; u++) {
            for (int m = 1; m <= movies; m++) {
                builder.addById(u, m, 1 + (u * 7 + m * 3) % 5, 0);
            }
        }
        return new Dataset(name, "test", new Catalog(list), builder.build(), List.of(), Map.of());
    }
}
