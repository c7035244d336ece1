package org.movierec.app.service;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.movierec.core.algo.AlgorithmRegistry;
import org.movierec.core.algo.AlgorithmSpec;
import org.movierec.core.algo.ParamSpec;
import org.movierec.core.algo.Task;
import org.movierec.core.data.Catalog;
import org.movierec.core.data.IdIndex;
import org.movierec.core.data.Movie;
import org.movierec.core.data.MovieMetadata;
import org.movierec.core.data.RatingMatrix;
import org.movierec.core.data.RatingMatrixBuilder;
import org.movierec.core.data.RatingScale;
import org.movierec.core.data.Tag;

/**
 * A tiny hand-made data set with two tastes: movies 1-6 are science fiction, 7-12 romance, 13 is Toy
 * Story (liked by everyone), 14 is "Matrix, The" (sci-fi) and 15 was never rated. Users 1-10 love
 * science fiction and dislike romance; users 11-20 the opposite.
 */
public final class Fixtures {
    private Fixtures() {
    }

    public static Catalog catalog() {
        List<Movie> movies = new ArrayList<>();
        for (int id = 1; id <= 6; id++) {
            movies.add(new Movie(id, "Space Saga " + id, 1970 + id, List.of("Sci-Fi", "Action"), 0, 0));
        }
        for (int id = 7; id <= 12; id++) {
            movies.add(new Movie(id, "Love Story " + id, 1990 + id, List.of("Romance", "Drama"), 0, 0));
        }
        movies.add(new Movie(13, "Toy Story", 1995, List.of("Animation", "Children", "Comedy"), 114709, 862));
        movies.add(new Movie(14, "Matrix, The", 1999, List.of("Action", "Sci-Fi", "Thriller"), 133093, 603));
        movies.add(new Movie(15, "Amélie", 2001, List.of("Comedy", "Romance"), 0, 0));
        return new Catalog(movies);
    }

    public static RatingMatrix ratings() {
        RatingMatrixBuilder builder = new RatingMatrixBuilder(new IdIndex(), new IdIndex(), RatingScale.HALF_STARS, 400, true);
        long time = 1_000_000_000L;
        for (int user = 1; user <= 20; user++) {
            boolean scifi = user <= 10;
            for (int movie = 1; movie <= 12; movie++) {
                if ((movie + user) % 4 == 0) {
                    continue;
                }
                boolean likes = scifi == movie <= 6;
                builder.addById(user, movie, likes ? (movie % 2 == 0 ? 5f : 4.5f) : (movie % 2 == 0 ? 1f : 1.5f), time++);
            }
            builder.addById(user, 13, 4f, time++);
            if (scifi) {
                builder.addById(user, 14, 5f, time++);
            }
        }
        return builder.build();
    }

    public static List<Tag> tags() {
        return List.of(new Tag(1, 13, "pixar", 0), new Tag(2, 13, "Pixar", 0), new Tag(3, 13, "toys", 0), new Tag(1, 14, "cyberpunk", 0));
    }

    /** Metadata of two movies: "Matrix, The" (14) and Space Saga 5 share their directors. */
    public static Map<Integer, MovieMetadata> metadata() {
        return Map.of(14, new MovieMetadata(14, List.of("Lana Wachowski", "Lilly Wachowski"), List.of("Lilly Wachowski"),
                List.of("Keanu Reeves", "Laurence Fishburne"), List.of(), "A hacker learns what the world really is.", 136, "English",
                "R", java.time.LocalDate.of(1999, 3, 31), 0, List.of("USA"), 133093, 603, null, null, Map.of()),
                5, new MovieMetadata(5, List.of("Lana Wachowski", "Lilly Wachowski"), List.of(), List.of(), List.of(), null, 0, null,
                        null, null, 0, List.of(), 0, 0, null, null, Map.of()));
    }

    public static MovieLibrary library() {
        return MovieLibrary.of(catalog(), ratings(), tags(), metadata());
    }

    /** A registry holding only the test algorithm "cosine". */
    public static AlgorithmRegistry registry() {
        return new AlgorithmRegistry(List.of(new AlgorithmSpec("cosine", "item cosine similarity (test algorithm)", Set.of(Task.RATING),
                List.of(ParamSpec.ofDouble("shrink", 0, "added to the denominator")),
                params -> new CosineAlgorithm(params.getDouble("shrink")), CosineModel::read)));
    }

    /** A trained "cosine" model of the fixture, as the registry would serve it. */
    public static TrainedModel trainedModel() {
        RatingMatrix ratings = ratings();
        CosineAlgorithm algorithm = new CosineAlgorithm(0);
        return new TrainedModel("cosine", "test", Map.of(), algorithm.fit(ratings, null), ratings.items(), java.time.Instant.EPOCH,
                java.time.Duration.ZERO, null);
    }
}
