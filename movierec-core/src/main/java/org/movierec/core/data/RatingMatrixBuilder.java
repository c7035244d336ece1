package org.movierec.core.data;

import java.util.Arrays;

/**
 * Collects ratings as (user index, item index, value, timestamp) and builds a {@link RatingMatrix}
 * by counting sorts, in time linear in the number of ratings. The builder releases each buffer as
 * soon as it has been copied, so peak memory stays well under twice the final matrix. One use only;
 * not thread-safe.
 */
public final class RatingMatrixBuilder {
    private final IdIndex users;
    private final IdIndex items;
    private final RatingScale scale;
    private int[] u;
    private int[] i;
    private float[] r;
    private long[] t;
    private int size;

    /**
     * @param expectedSize initial capacity (grows as needed)
     * @param timestamps whether timestamps are kept
     */
    public RatingMatrixBuilder(IdIndex users, IdIndex items, RatingScale scale, int expectedSize, boolean timestamps) {
        this.users = users;
        this.items = items;
        this.scale = scale;
        int capacity = Math.max(16, expectedSize);
        u = new int[capacity];
        i = new int[capacity];
        r = new float[capacity];
        t = timestamps ? new long[capacity] : null;
    }

    public IdIndex users() {
        return users;
    }

    public IdIndex items() {
        return items;
    }

    public int size() {
        return size;
    }

    /** Adds a rating by dense indices (the indices must already be in the id indexes). */
    public void add(int user, int item, float value, long timestamp) {
        if (size == u.length) {
            grow();
        }
        u[size] = user;
        i[size] = item;
        r[size] = value;
        if (t != null) {
            t[size] = timestamp;
        }
        size++;
    }

    /** Adds a rating by external ids, registering new ids in the indexes. */
    public void addById(int userId, int itemId, float value, long timestamp) {
        add(users.add(userId), items.add(itemId), value, timestamp);
    }

    private void grow() {
        int capacity = u.length + (u.length >> 1) + 16;
        u = Arrays.copyOf(u, capacity);
        i = Arrays.copyOf(i, capacity);
        r = Arrays.copyOf(r, capacity);
        if (t != null) {
            t = Arrays.copyOf(t, capacity);
        }
    }

    /**
     * Builds the matrix.
     *
     * @throws DuplicateRatingException if a user rated the same item twice
     */
    public RatingMatrix build() {
        int nUsers = users.size();
        int nItems = items.size();
        // 1. positions grouped by item (stable), 2. regrouped by user: rows come out item-sorted.
        int[] byItem = countingOrder(i, size, nItems, null);
        int[] byUser = countingOrder(u, size, nUsers, byItem);
        byItem = null;
        int[] userPtr = pointers(u, size, nUsers);
        u = null;
        int[] userItems = new int[size];
        float[] userValues = new float[size];
        for (int k = 0; k < size; k++) {
            int p = byUser[k];
            userItems[k] = i[p];
            userValues[k] = r[p];
        }
        r = null;
        long[] userTimes = null;
        if (t != null) {
            userTimes = new long[size];
            for (int k = 0; k < size; k++) {
                userTimes[k] = t[byUser[k]];
            }
            t = null;
        }
        byUser = null;
        int[] itemPtr = pointers(i, size, nItems);
        i = null;
        int[] itemUsers = new int[size];
        float[] itemValues = new float[size];
        int[] next = Arrays.copyOf(itemPtr, nItems);
        for (int user = 0; user < nUsers; user++) {
            for (int k = userPtr[user]; k < userPtr[user + 1]; k++) {
                int item = userItems[k];
                if (k > userPtr[user] && userItems[k - 1] == item) {
                    throw new DuplicateRatingException(users.idAt(user), items.idAt(item));
                }
                int q = next[item]++;
                itemUsers[q] = user;
                itemValues[q] = userValues[k];
            }
        }
        return new RatingMatrix(users, items, scale, userPtr, userItems, userValues, userTimes, itemPtr,
                itemUsers, itemValues);
    }

    private static int[] pointers(int[] keys, int n, int buckets) {
        int[] ptr = new int[buckets + 1];
        for (int k = 0; k < n; k++) {
            ptr[keys[k] + 1]++;
        }
        for (int b = 0; b < buckets; b++) {
            ptr[b + 1] += ptr[b];
        }
        return ptr;
    }

    /** Positions 0..n-1 (or the given order) stably grouped by key. */
    private static int[] countingOrder(int[] keys, int n, int buckets, int[] order) {
        int[] next = pointers(keys, n, buckets);
        int[] out = new int[n];
        for (int k = 0; k < n; k++) {
            int p = order == null ? k : order[k];
            out[next[keys[p]]++] = p;
        }
        return out;
    }
}
