package org.movierec.spark;

import java.util.Arrays;
import java.util.Iterator;
import java.util.NoSuchElementException;
import org.apache.spark.sql.Row;
import org.movierec.core.algo.ModelFile;
import org.movierec.core.data.Profile;

/**
 * One user's ratings on an executor, taken from rows sorted by user (user, item, rating[, test]):
 * external movie ids, ratings and which of them are held out.
 */
record UserRatings(int user, int[] movies, float[] ratings, boolean[] test) {

    /** The users of rows sorted by user, one after another. */
    static Iterator<UserRatings> of(Iterator<Row> sorted) {
        return new Iterator<>() {
            private Row next = sorted.hasNext() ? sorted.next() : null;

            @Override
            public boolean hasNext() {
                return next != null;
            }

            @Override
            public UserRatings next() {
                if (next == null) {
                    throw new NoSuchElementException();
                }
                int user = next.getInt(0);
                int[] movies = new int[8];
                float[] ratings = new float[8];
                boolean[] test = new boolean[8];
                int n = 0;
                while (next != null && next.getInt(0) == user) {
                    if (n == movies.length) {
                        movies = Arrays.copyOf(movies, n * 2);
                        ratings = Arrays.copyOf(ratings, n * 2);
                        test = Arrays.copyOf(test, n * 2);
                    }
                    movies[n] = next.getInt(1);
                    ratings[n] = next.getFloat(2);
                    test[n] = next.size() > 3 && next.getBoolean(3);
                    n++;
                    next = sorted.hasNext() ? sorted.next() : null;
                }
                return new UserRatings(user, Arrays.copyOf(movies, n), Arrays.copyOf(ratings, n), Arrays.copyOf(test, n));
            }
        };
    }

    /**
     * The user's training ratings as a profile of the model: the model's index of the user (-1 when the
     * model does not know the user, who is then folded in) and of each movie it knows.
     */
    Profile profile(ModelFile.Loaded model) {
        int[] items = new int[movies.length];
        float[] values = new float[movies.length];
        int n = 0;
        for (int k = 0; k < movies.length; k++) {
            int item = model.items().indexOf(movies[k]);
            if (!test[k] && item >= 0) {
                items[n] = item;
                values[n++] = ratings[k];
            }
        }
        Profile sorted = Profile.anonymous(Arrays.copyOf(items, n), Arrays.copyOf(values, n));
        return new Profile(model.users().indexOf(user), sorted.items(), sorted.values());
    }
}
