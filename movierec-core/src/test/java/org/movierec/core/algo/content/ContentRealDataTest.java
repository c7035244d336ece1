package org.movierec.core.algo.content;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.movierec.core.algo.AlgorithmRegistry;
import org.movierec.core.algo.Explanation;
import org.movierec.core.algo.ScoredItem;
import org.movierec.core.data.Dataset;
import org.movierec.core.data.ItemFeatures;
import org.movierec.core.data.MovieMetadata;
import org.movierec.core.data.Profile;
import org.movierec.core.data.RatingMatrix;
import org.movierec.core.io.RealDatasets;
import org.movierec.core.io.Releases;
import org.movierec.core.io.metadata.MetadataSources;
import org.movierec.core.util.Progress;

/** Content on ml-latest-small joined with the MeLU and HetRec metadata: similar movies and explanations make sense. */
class ContentRealDataTest {
    private static final int TOY_STORY = 1;
    private static final int TOY_STORY_2 = 3114;
    private static final int ALIEN = 1214;
    private static final int ALIENS = 1200;
    private static RatingMatrix ratings;
    private static ContentModel model;

    @BeforeAll
    static void fit() throws IOException {
        Path small = RealDatasets.folder("ml-latest-small");
        Path melu = RealDatasets.folder("ml-1m-extrainfos");
        Path hetrec = RealDatasets.folder("hetrec2011-movielens-2k-v2");
        Dataset dataset = Releases.read(small, Progress.NONE);
        Map<Integer, MovieMetadata> metadata = MetadataSources.readAll(List.of(melu, hetrec), dataset.catalog());
        ratings = dataset.ratings().withCatalog(dataset.catalog());
        model = (ContentModel) AlgorithmRegistry.standard().parse("content")
                .withItemFeatures(ItemFeatures.of(dataset, metadata)).fit(ratings, Progress.NONE);
    }

    private static int index(int movieId) {
        return ratings.items().indexOf(movieId);
    }

    @Test
    void sequelsAreAmongTheMostSimilarMovies() {
        assertThat(model.similarItems(index(TOY_STORY), 5, i -> true)).extracting(s -> ratings.items().idAt(s.item()))
                .contains(TOY_STORY_2);
        assertThat(model.similarItems(index(ALIEN), 5, i -> true)).extracting(s -> ratings.items().idAt(s.item()))
                .contains(ALIENS);
        assertThat(model.describe(index(ALIEN))).contains("directed by Ridley Scott", "Horror", "Sci-Fi", "1970s");
    }

    @Test
    void aFanOfAlienIsToldWhy() {
        Profile fan = Profile.anonymous(new int[] {index(ALIEN), index(TOY_STORY)}, new float[] {5, 1});
        List<ScoredItem> top = model.recommend(fan, ratings.itemCount(), i -> !fan.contains(i));
        int rank = top.stream().map(s -> ratings.items().idAt(s.item())).toList().indexOf(ALIENS);
        assertThat(rank).as("rank of Aliens among %d movies", top.size()).isBetween(0, top.size() / 100);
        assertThat(model.describe(top.get(0).item())).as("the best match shares Alien's genres").contains("Sci-Fi");
        Explanation why = model.explain(fan, index(ALIENS));
        assertThat(why.reasons()).isNotEmpty();
        assertThat(why.reasons()).extracting(Explanation.Reason::feature).anyMatch(f -> f.equals("Sci-Fi") || f.equals("Horror")
                || f.startsWith("tagged") || f.startsWith("starring"));
        assertThat(model.featureCount()).isGreaterThan(1000);
    }
}
