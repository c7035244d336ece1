package org.movierec.core.data;

import it.unimi.dsi.fastutil.ints.Int2IntOpenHashMap;
import java.util.Arrays;

/**
 * A two-way map between external ids (MovieLens user or movie ids) and dense indices 0..size-1.
 * Indices are assigned in the order ids are first added. Not thread-safe while being built;
 * safe to share once no more ids are added.
 */
public final class IdIndex {
    private final Int2IntOpenHashMap indexOf;
    private int[] ids;
    private int size;

    public IdIndex() {
        this(16);
    }

    public IdIndex(int expectedSize) {
        indexOf = new Int2IntOpenHashMap(expectedSize);
        indexOf.defaultReturnValue(-1);
        ids = new int[Math.max(expectedSize, 4)];
    }

    /** An index holding exactly these ids, in this order; duplicates are refused. */
    public static IdIndex of(int... externalIds) {
        IdIndex index = new IdIndex(externalIds.length);
        for (int id : externalIds) {
            if (index.add(id) != index.size() - 1) {
                throw new IllegalArgumentException("duplicate id " + id);
            }
        }
        return index;
    }

    /** The dense index of the id, adding it if new. */
    public int add(int externalId) {
        int index = indexOf.putIfAbsent(externalId, size);
        if (index >= 0) {
            return index;
        }
        if (size == ids.length) {
            ids = Arrays.copyOf(ids, size + (size >> 1) + 1);
        }
        ids[size] = externalId;
        return size++;
    }

    /** The dense index of the id, or -1 if unknown. */
    public int indexOf(int externalId) {
        return indexOf.get(externalId);
    }

    /** The external id at a dense index. */
    public int idAt(int index) {
        if (index < 0 || index >= size) {
            throw new IndexOutOfBoundsException("index " + index + " of " + size);
        }
        return ids[index];
    }

    public boolean contains(int externalId) {
        return indexOf.containsKey(externalId);
    }

    public int size() {
        return size;
    }

    /** A copy of the external ids in index order. */
    public int[] ids() {
        return Arrays.copyOf(ids, size);
    }
}
