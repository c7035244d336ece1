package org.movierec.core.data;

import java.util.Arrays;

/**
 * Ratings held compactly twice: by user (CSR: each user's items in ascending index order) and by
 * item (CSC: each item's users in ascending index order), with float values and optional
 * timestamps (epoch seconds, by user only). Users and items are dense indices of the two
 * {@link IdIndex}es. Immutable once built and safe to share between threads; the array accessors
 * return the internal arrays, which callers must not modify.
 */
public final class RatingMatrix {
    private final IdIndex users;
    private final IdIndex items;
    private final RatingScale scale;
    private final int[] userPtr;
    private final int[] userItems;
    private final float[] userValues;
    private final long[] userTimes;
    private final int[] itemPtr;
    private final int[] itemUsers;
    private final float[] itemValues;

    RatingMatrix(IdIndex users, IdIndex items, RatingScale scale, int[] userPtr, int[] userItems,
            float[] userValues, long[] userTimes, int[] itemPtr, int[] itemUsers, float[] itemValues) {
        this.users = users;
        this.items = items;
        this.scale = scale;
        this.userPtr = userPtr;
        this.userItems = userItems;
        this.userValues = userValues;
        this.userTimes = userTimes;
        this.itemPtr = itemPtr;
        this.itemUsers = itemUsers;
        this.itemValues = itemValues;
    }

    public IdIndex users() {
        return users;
    }

    public IdIndex items() {
        return items;
    }

    public RatingScale scale() {
        return scale;
    }

    /** The same ratings (sharing this matrix's arrays) on another scale. */
    public RatingMatrix withScale(RatingScale newScale) {
        return new RatingMatrix(users, items, newScale, userPtr, userItems, userValues, userTimes, itemPtr, itemUsers,
                itemValues);
    }

    /** Number of users (rows), including users of the index with no rating here. */
    public int userCount() {
        return userPtr.length - 1;
    }

    /** Number of items (columns), including items of the index with no rating here. */
    public int itemCount() {
        return itemPtr.length - 1;
    }

    /** Number of ratings. */
    public int size() {
        return userItems.length;
    }

    public boolean hasTimestamps() {
        return userTimes != null;
    }

    /** CSR row pointers: user u's ratings are at positions userPointers()[u] until userPointers()[u+1]. */
    public int[] userPointers() {
        return userPtr;
    }

    /** CSR item index of each rating position. */
    public int[] userItems() {
        return userItems;
    }

    /** CSR rating value of each rating position. */
    public float[] userValues() {
        return userValues;
    }

    /** CSR timestamp (epoch seconds) of each rating position, or null if the data has none. */
    public long[] userTimestamps() {
        return userTimes;
    }

    /** CSC column pointers: item i's ratings are at positions itemPointers()[i] until itemPointers()[i+1]. */
    public int[] itemPointers() {
        return itemPtr;
    }

    /** CSC user index of each column position. */
    public int[] itemUsers() {
        return itemUsers;
    }

    /** CSC rating value of each column position. */
    public float[] itemValues() {
        return itemValues;
    }

    public int userRatingCount(int user) {
        return userPtr[user + 1] - userPtr[user];
    }

    public int itemRatingCount(int item) {
        return itemPtr[item + 1] - itemPtr[item];
    }

    /** The rating of user for item, or NaN if there is none (binary search in the user's row). */
    public float rating(int user, int item) {
        int k = Arrays.binarySearch(userItems, userPtr[user], userPtr[user + 1], item);
        return k >= 0 ? userValues[k] : Float.NaN;
    }

    /** Mean of all ratings; NaN when empty. */
    public double globalMean() {
        double sum = 0;
        for (float v : userValues) {
            sum += v;
        }
        return userValues.length == 0 ? Double.NaN : sum / userValues.length;
    }

    /** The ratings of a user (with their times when the data has them) as a profile that knows its training index. */
    public Profile profile(int user) {
        int from = userPtr[user];
        int to = userPtr[user + 1];
        return new Profile(user, Arrays.copyOfRange(userItems, from, to), Arrays.copyOfRange(userValues, from, to),
                userTimes == null ? null : Arrays.copyOfRange(userTimes, from, to));
    }

    /** Number of users with at least one rating. */
    public int activeUserCount() {
        int n = 0;
        for (int u = 0; u < userCount(); u++) {
            if (userPtr[u + 1] > userPtr[u]) {
                n++;
            }
        }
        return n;
    }

    /** Number of items with at least one rating. */
    public int ratedItemCount() {
        int n = 0;
        for (int i = 0; i < itemCount(); i++) {
            if (itemPtr[i + 1] > itemPtr[i]) {
                n++;
            }
        }
        return n;
    }

    /**
     * The same ratings over an item index extended by the catalogue's movies that have no index
     * entry yet, appended in catalogue order (existing item indices are kept). A model trained on it
     * covers movies nobody rated, which content-based and hybrid models can score; this matrix is
     * returned when the catalogue adds nothing.
     */
    public RatingMatrix withCatalog(Catalog catalog) {
        IdIndex extended = IdIndex.of(items.ids());
        for (Movie movie : catalog.movies()) {
            extended.add(movie.id());
        }
        if (extended.size() == items.size()) {
            return this;
        }
        RatingMatrixBuilder builder = new RatingMatrixBuilder(users, extended, scale, size(), userTimes != null);
        for (int u = 0; u < userCount(); u++) {
            for (int k = userPtr[u]; k < userPtr[u + 1]; k++) {
                builder.add(u, userItems[k], userValues[k], userTimes == null ? 0 : userTimes[k]);
            }
        }
        return builder.build();
    }

    /**
     * The ratings at the CSR positions marked in keep, over the same user and item indices (so a
     * train/test split shares one index space).
     */
    public RatingMatrix select(boolean[] keep) {
        if (keep.length != size()) {
            throw new IllegalArgumentException("mask of " + keep.length + " for " + size() + " ratings");
        }
        int n = 0;
        for (boolean k : keep) {
            if (k) {
                n++;
            }
        }
        RatingMatrixBuilder builder = new RatingMatrixBuilder(users, items, scale, n, userTimes != null);
        for (int u = 0; u < userCount(); u++) {
            for (int k = userPtr[u]; k < userPtr[u + 1]; k++) {
                if (keep[k]) {
                    builder.add(u, userItems[k], userValues[k], userTimes == null ? 0 : userTimes[k]);
                }
            }
        }
        return builder.build();
    }
}
