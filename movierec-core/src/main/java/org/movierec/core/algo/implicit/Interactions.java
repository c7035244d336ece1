package org.movierec.core.algo.implicit;

import java.util.Arrays;
import java.util.stream.IntStream;
import org.movierec.core.data.RatingMatrix;

/**
 * A user-item interaction matrix derived from ratings by an {@link ImplicitSignal}: CSR by user and
 * CSC by item over the rating matrix's index spaces, with the interaction strengths as values.
 * Immutable; the arrays are shared and must not be modified.
 */
public final class Interactions {
    private final int userCount;
    private final int itemCount;
    private final int[] userPtr;
    private final int[] userItems;
    private final float[] userValues;
    private final int[] itemPtr;
    private final int[] itemUsers;
    private final float[] itemValues;

    private Interactions(int userCount, int itemCount, int[] userPtr, int[] userItems, float[] userValues,
            int[] itemPtr, int[] itemUsers, float[] itemValues) {
        this.userCount = userCount;
        this.itemCount = itemCount;
        this.userPtr = userPtr;
        this.userItems = userItems;
        this.userValues = userValues;
        this.itemPtr = itemPtr;
        this.itemUsers = itemUsers;
        this.itemValues = itemValues;
    }

    static Interactions of(RatingMatrix ratings, ImplicitSignal signal) {
        int users = ratings.userCount();
        int items = ratings.itemCount();
        int[] rPtr = ratings.userPointers();
        int[] rItems = ratings.userItems();
        float[] rValues = ratings.userValues();
        int n = 0;
        for (float v : rValues) {
            if (signal.accepts(v)) {
                n++;
            }
        }
        int[] userPtr = new int[users + 1];
        int[] userItems = new int[n];
        float[] userValues = new float[n];
        int[] itemPtr = new int[items + 1];
        int k = 0;
        for (int u = 0; u < users; u++) {
            for (int p = rPtr[u]; p < rPtr[u + 1]; p++) {
                if (signal.accepts(rValues[p])) {
                    userItems[k] = rItems[p];
                    userValues[k++] = signal.strength(rValues[p]);
                    itemPtr[rItems[p] + 1]++;
                }
            }
            userPtr[u + 1] = k;
        }
        for (int i = 0; i < items; i++) {
            itemPtr[i + 1] += itemPtr[i];
        }
        int[] itemUsers = new int[n];
        float[] itemValues = new float[n];
        int[] next = Arrays.copyOf(itemPtr, items);
        for (int u = 0; u < users; u++) {
            for (int p = userPtr[u]; p < userPtr[u + 1]; p++) {
                int q = next[userItems[p]]++;
                itemUsers[q] = u;
                itemValues[q] = userValues[p];
            }
        }
        return new Interactions(users, items, userPtr, userItems, userValues, itemPtr, itemUsers, itemValues);
    }

    public int userCount() {
        return userCount;
    }

    public int itemCount() {
        return itemCount;
    }

    /** Number of interactions. */
    public int size() {
        return userItems.length;
    }

    /** CSR pointers: user u's interactions are at positions userPointers()[u] until userPointers()[u+1]. */
    public int[] userPointers() {
        return userPtr;
    }

    /** CSR item of each position (ascending within a user). */
    public int[] userItems() {
        return userItems;
    }

    /** CSR strength of each position. */
    public float[] userValues() {
        return userValues;
    }

    /** CSC pointers: item i's interactions are at positions itemPointers()[i] until itemPointers()[i+1]. */
    public int[] itemPointers() {
        return itemPtr;
    }

    /** CSC user of each position (ascending within an item). */
    public int[] itemUsers() {
        return itemUsers;
    }

    /** CSC strength of each position. */
    public float[] itemValues() {
        return itemValues;
    }

    /**
     * The dense Gram matrix XᵀX over the selected items: row a holds Σ_u x_u,selected[a]·x_u,selected[b]
     * at b. {@code sub} maps every item to its position in {@code selected}, or −1 when it is left out.
     * Rows are computed in parallel, each in a fixed order. Needs 4·n² bytes for n selected items.
     */
    public float[][] gram(int[] selected, int[] sub) {
        int m = selected.length;
        float[][] g = new float[m][];
        IntStream.range(0, m).parallel().forEach(a -> {
            float[] row = new float[m];
            int item = selected[a];
            for (int p = itemPtr[item]; p < itemPtr[item + 1]; p++) {
                int u = itemUsers[p];
                float v = itemValues[p];
                for (int q = userPtr[u]; q < userPtr[u + 1]; q++) {
                    int b = sub[userItems[q]];
                    if (b >= 0) {
                        row[b] += v * userValues[q];
                    }
                }
            }
            g[a] = row;
        });
        return g;
    }

    /** Number of users who interacted with the item. */
    public int itemSupport(int item) {
        return itemPtr[item + 1] - itemPtr[item];
    }
}
