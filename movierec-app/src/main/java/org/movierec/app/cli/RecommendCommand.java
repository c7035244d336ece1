package org.movierec.app.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.movierec.core.algo.AlgorithmRegistry;
import org.movierec.core.algo.ModelFile;
import org.movierec.core.algo.ScoredItem;
import org.movierec.core.data.Dataset;
import org.movierec.core.data.IdIndex;
import org.movierec.core.data.Movie;
import org.movierec.core.data.Profile;
import org.movierec.core.data.RatingMatrix;
import org.movierec.core.io.Releases;
import org.movierec.core.util.Progress;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/**
 * {@code movierec recommend}: a user's top-N movies from a saved model. The user's ratings are read
 * from the data set and folded in; the profile keeps the user's training index when the model was
 * trained with that user. Movies the user rated are never recommended.
 */
@Command(name = "recommend", mixinStandardHelpOptions = true,
        description = "Print a user's top-N unseen movies from a saved model: id, title, score, one a line.")
final class RecommendCommand implements Callable<Integer> {

    @Option(names = "--model", required = true, paramLabel = "FILE", description = "A model file written by train.")
    Path model;

    @Option(names = "--data", required = true, paramLabel = "PATH", description = "The data set with the user's ratings and the titles.")
    Path data;

    @Option(names = "--user", required = true, paramLabel = "ID", description = "The user's id in the data set.")
    int user;

    @Option(names = {"-n", "--count"}, defaultValue = "10", paramLabel = "N", description = "How many movies (default: ${DEFAULT-VALUE}).")
    int count;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        if (count < 1) {
            throw new IllegalArgumentException("-n must be at least 1, got " + count);
        }
        ModelFile.Loaded loaded = ModelFile.load(model, AlgorithmRegistry.standard());
        Dataset dataset = Releases.read(data, Progress.NONE);
        Profile profile = profile(dataset.ratings(), loaded, user);
        IdIndex items = loaded.items();
        List<ScoredItem> top = loaded.model().recommend(profile, count, item -> !profile.contains(item));
        PrintWriter out = spec.commandLine().getOut();
        for (ScoredItem s : top) {
            int id = items.idAt(s.item());
            String title = dataset.catalog().movie(id).map(Movie::displayTitle).orElse("(movie " + id + ")");
            out.printf(Locale.ROOT, "%d\t%s\t%.4f%n", id, title, s.score());
        }
        out.flush();
        return 0;
    }

    /** The user's ratings of the data, over the model's item indices (movies it does not know are left out). */
    static Profile profile(RatingMatrix ratings, ModelFile.Loaded loaded, int userId) {
        int row = ratings.users().indexOf(userId);
        int trained = loaded.users().indexOf(userId);
        if (row < 0 || ratings.userRatingCount(row) == 0) {
            throw new IllegalArgumentException("user " + userId + " has no ratings in the data set");
        }
        int[] ptr = ratings.userPointers();
        int n = ptr[row + 1] - ptr[row];
        int[] items = new int[n];
        float[] values = new float[n];
        int kept = 0;
        for (int k = ptr[row]; k < ptr[row + 1]; k++) {
            int item = loaded.items().indexOf(ratings.items().idAt(ratings.userItems()[k]));
            if (item >= 0) {
                items[kept] = item;
                values[kept++] = ratings.userValues()[k];
            }
        }
        Profile anonymous = Profile.anonymous(Arrays.copyOf(items, kept), Arrays.copyOf(values, kept));
        return trained < 0 ? anonymous : new Profile(trained, anonymous.items(), anonymous.values());
    }
}
