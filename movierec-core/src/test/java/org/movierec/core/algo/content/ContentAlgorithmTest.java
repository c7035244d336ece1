package org.movierec.core.algo.content;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.offset;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.movierec.core.algo.AlgorithmRegistry;
import org.movierec.core.algo.Explanation;
import org.movierec.core.algo.ScoredItem;
import org.movierec.core.data.Catalog;
import org.movierec.core.data.IdIndex;
import org.movierec.core.data.ItemFeatures;
import org.movierec.core.data.ItemFeatures.Kind;
import org.movierec.core.data.Movie;
import org.movierec.core.data.Profile;
import org.movierec.core.data.RatingMatrix;
import org.movierec.core.data.RatingMatrixBuilder;
import org.movierec.core.data.RatingScale;
import org.movierec.core.util.Progress;

/**
 * Hand-checked content scores. Five movies, genres only: A, B and E are Drama, C Comedy, D both; E
 * has no rating (a new movie). Over the index's N = 5 movies idf(Drama) = ln(5/4) + 1 and
 * idf(Comedy) = ln(5/2) + 1; A, B, E = (1, 0), C = (0, 1), D = (idf(Drama), idf(Comedy)) / norm. A user
 * who rated A 5 and C 1 (mean 3, weights +2 and −2) has the unit profile (1, −1)/√2.
 */
class ContentAlgorithmTest {
    private static final int A = 0;
    private static final int B = 1;
    private static final int C = 2;
    private static final int D = 3;
    private static final int E = 4;

    private static RatingMatrix ratings() {
        IdIndex users = IdIndex.of(1, 2);
        IdIndex items = IdIndex.of(10, 11, 12, 13, 14);
        RatingMatrixBuilder builder = new RatingMatrixBuilder(users, items, RatingScale.WHOLE_STARS, 8, false);
        builder.add(0, A, 5, 0);
        builder.add(0, C, 1, 0);
        builder.add(1, B, 4, 0);
        builder.add(1, D, 3, 0);
        return builder.build();
    }

    private static ItemFeatures features() {
        ItemFeatures.Builder b = new ItemFeatures.Builder();
        b.startMovie(10).add(Kind.GENRE, "Drama", 1).add(Kind.DIRECTOR, "Ridley Scott", 1).endMovie();
        b.startMovie(11).add(Kind.GENRE, "Drama", 1).endMovie();
        b.startMovie(12).add(Kind.GENRE, "Comedy", 1).endMovie();
        b.startMovie(13).add(Kind.GENRE, "Drama", 1).add(Kind.GENRE, "Comedy", 1).endMovie();
        b.startMovie(14).add(Kind.GENRE, "Drama", 1).add(Kind.DIRECTOR, "Ridley Scott", 1).endMovie();
        return b.build();
    }

    private static ContentModel fit(String spec) {
        return (ContentModel) AlgorithmRegistry.standard().parse(spec).withItemFeatures(features()).fit(ratings(), Progress.NONE);
    }

    @Test
    void scoresAreTheCosineWithTheCentredProfile() {
        ContentModel model = fit("content:directors=0,min-items=1");
        float[] scores = new float[5];
        model.scoreAll(ratings().profile(0), scores);
        double drama = Math.log(5.0 / 4) + 1;
        double comedy = Math.log(5.0 / 2) + 1;
        double norm = Math.hypot(drama, comedy);
        double s = Math.sqrt(0.5);
        assertThat((double) scores[A]).isCloseTo(s, offset(1e-6));
        assertThat((double) scores[B]).isCloseTo(s, offset(1e-6));
        assertThat((double) scores[C]).isCloseTo(-s, offset(1e-6));
        assertThat((double) scores[D]).isCloseTo(s * (drama - comedy) / norm, offset(1e-6));
        assertThat((double) scores[E]).as("the new movie is scored by its features").isCloseTo(s, offset(1e-6));
    }

    @Test
    void aNewMovieSharingADirectorRanksFirst() {
        ContentModel model = fit("content:min-items=1");
        Profile profile = ratings().profile(0);
        List<ScoredItem> top = model.recommend(profile, 3, i -> !profile.contains(i));
        assertThat(top).extracting(ScoredItem::item).containsExactly(E, B, D);
        Explanation why = model.explain(profile, E);
        assertThat(why.kind()).isEqualTo("content");
        assertThat(why.reasons()).extracting(Explanation.Reason::feature).containsExactlyInAnyOrder("directed by Ridley Scott", "Drama");
    }

    @Test
    void binaryWeightingCountsADislikedMovieAsLiked() {
        ContentModel model = fit("content:directors=0,min-items=1,weighting=binary");
        float[] scores = new float[5];
        model.scoreAll(ratings().profile(0), scores);
        assertThat(scores[A]).isCloseTo(scores[C], offset(1e-6f));
        assertThat(scores[D]).isGreaterThan(scores[A]);
    }

    @Test
    void minItemsDropsFeaturesOfASingleMovie() {
        ItemFeatures.Builder b = new ItemFeatures.Builder();
        for (int id = 10; id <= 14; id++) {
            b.startMovie(id).add(Kind.GENRE, "Drama", 1);
            if (id == 12) {
                b.add(Kind.KEYWORD, "heist", 1);
            }
            b.endMovie();
        }
        ContentModel model = (ContentModel) AlgorithmRegistry.standard().parse("content").withItemFeatures(b.build())
                .fit(ratings(), Progress.NONE);
        assertThat(model.featureCount()).isEqualTo(1);
        assertThat(model.describe(C)).containsExactly("Drama");
    }

    @Test
    void similarItemsByContent() {
        ContentModel model = fit("content:min-items=1");
        List<ScoredItem> similar = model.similarItems(A, 4, i -> true);
        assertThat(similar).extracting(ScoredItem::item).containsExactly(E, B, D, C);
        assertThat(similar.get(0).score()).isCloseTo(1.0, offset(1e-6));
        assertThat(model.similarity(A, E)).isCloseTo(1.0, offset(1e-6));
        assertThat(model.similarity(A, C)).isCloseTo(0.0, offset(1e-6));
        assertThat(model.describe(A)).containsExactlyInAnyOrder("Drama", "directed by Ridley Scott");
    }

    @Test
    void unknownFeaturesGiveNaNAndAnEmptyProfileGivesNaN() {
        ItemFeatures.Builder b = new ItemFeatures.Builder();
        b.startMovie(10).add(Kind.GENRE, "Drama", 1).endMovie();
        b.startMovie(11).add(Kind.GENRE, "Drama", 1).endMovie();
        ContentModel model = (ContentModel) AlgorithmRegistry.standard().parse("content").withItemFeatures(b.build())
                .fit(ratings(), Progress.NONE);
        float[] scores = new float[5];
        model.scoreAll(ratings().profile(0), scores);
        assertThat(scores[B]).isCloseTo(1f, offset(1e-6f));
        assertThat(scores[C]).isNaN();
        model.scoreAll(Profile.empty(), scores);
        assertThat(scores[A]).isNaN();
        assertThat(model.similarItems(C, 3, i -> true)).isEmpty();
    }

    @Test
    void aCatalogueMovieOutsideTheRatingIndexIsScoredAfterWithCatalog() {
        RatingMatrix rated = ratings();
        Catalog catalog = new Catalog(List.of(new Movie(11, "B", 1990, List.of("Drama"), 0, 0),
                new Movie(15, "New", 2020, List.of("Drama"), 0, 0), new Movie(10, "A", 1990, List.of("Drama"), 0, 0)));
        RatingMatrix all = rated.withCatalog(catalog);
        assertThat(all.itemCount()).isEqualTo(6);
        assertThat(all.items().idAt(5)).isEqualTo(15);
        assertThat(all.items().indexOf(13)).isEqualTo(D);
        assertThat(all.profile(0).items()).containsExactly(rated.profile(0).items());
        assertThat(all.size()).isEqualTo(rated.size());
        assertThat(rated.withCatalog(new Catalog(List.of(new Movie(10, "A", 1990, List.of(), 0, 0))))).isSameAs(rated);
        ItemFeatures.Builder b = new ItemFeatures.Builder();
        b.startMovie(10).add(Kind.GENRE, "Drama", 1).endMovie();
        b.startMovie(15).add(Kind.GENRE, "Drama", 1).endMovie();
        ContentModel model = (ContentModel) AlgorithmRegistry.standard().parse("content").withItemFeatures(b.build())
                .fit(all, Progress.NONE);
        assertThat(model.recommend(all.profile(0), 1, i -> i != A)).extracting(ScoredItem::item).containsExactly(5);
    }

    @Test
    void refusesToFitWithoutFeaturesAndBadWeights() {
        assertThatThrownBy(() -> AlgorithmRegistry.standard().parse("content").fit(ratings(), Progress.NONE))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("item features");
        assertThatThrownBy(() -> ContentAlgorithm.spec().create(Map.of("genres", "-1")))
                .hasMessageContaining("weights");
        assertThatThrownBy(() -> ContentAlgorithm.spec().create(Map.of("genres", "0", "year", "0", "tags", "0",
                "directors", "0", "writers", "0", "cast", "0", "keywords", "0"))).hasMessageContaining("at least one");
    }
}
