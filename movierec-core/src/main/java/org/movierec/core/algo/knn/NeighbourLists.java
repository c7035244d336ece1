package org.movierec.core.algo.knn;

import java.io.DataInput;
import java.io.DataOutput;
import java.io.IOException;
import org.movierec.core.util.BinaryArrays;

/**
 * Sparse rows of (neighbour index, weight), one row per item, each row in ascending neighbour order:
 * row r is at positions ptr[r] until ptr[r+1] of neighbours and weights. Immutable once built.
 */
record NeighbourLists(int[] ptr, int[] neighbours, float[] weights) {

    int rows() {
        return ptr.length - 1;
    }

    int size() {
        return neighbours.length;
    }

    void write(DataOutput out) throws IOException {
        BinaryArrays.writeInts(out, ptr);
        BinaryArrays.writeInts(out, neighbours);
        BinaryArrays.writeFloats(out, weights);
    }

    static NeighbourLists read(DataInput in) throws IOException {
        int[] ptr = BinaryArrays.readInts(in);
        int[] neighbours = BinaryArrays.readInts(in);
        float[] weights = BinaryArrays.readFloats(in);
        if (ptr.length == 0 || neighbours.length != weights.length || ptr[ptr.length - 1] != neighbours.length) {
            throw new IllegalArgumentException("inconsistent neighbour lists");
        }
        return new NeighbourLists(ptr, neighbours, weights);
    }

    /** Concatenates per-row arrays. */
    static NeighbourLists of(int[][] rows, float[][] weights) {
        int[] ptr = new int[rows.length + 1];
        for (int r = 0; r < rows.length; r++) {
            ptr[r + 1] = ptr[r] + rows[r].length;
        }
        int[] neighbours = new int[ptr[rows.length]];
        float[] w = new float[neighbours.length];
        for (int r = 0; r < rows.length; r++) {
            System.arraycopy(rows[r], 0, neighbours, ptr[r], rows[r].length);
            System.arraycopy(weights[r], 0, w, ptr[r], rows[r].length);
        }
        return new NeighbourLists(ptr, neighbours, w);
    }
}
