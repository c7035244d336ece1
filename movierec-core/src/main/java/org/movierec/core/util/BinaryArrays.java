package org.movierec.core.util;

import java.io.DataInput;
import java.io.DataOutput;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;

/**
 * Fast length-prefixed primitive arrays on DataOutput/DataInput (big-endian), for model files.
 * Lengths are checked on read so that a corrupt file fails with an IOException, not an
 * OutOfMemoryError.
 */
public final class BinaryArrays {
    private static final int CHUNK = 1 << 16;
    private static final int MAX_LENGTH = Integer.MAX_VALUE - 16;

    private BinaryArrays() {
    }

    public static void writeInts(DataOutput out, int[] a) throws IOException {
        out.writeInt(a.length);
        ByteBuffer buf = ByteBuffer.allocate(CHUNK * 4).order(ByteOrder.BIG_ENDIAN);
        for (int from = 0; from < a.length; from += CHUNK) {
            int n = Math.min(CHUNK, a.length - from);
            buf.clear();
            buf.asIntBuffer().put(a, from, n);
            out.write(buf.array(), 0, n * 4);
        }
    }

    public static int[] readInts(DataInput in) throws IOException {
        int length = readLength(in);
        int[] a = new int[length];
        byte[] bytes = new byte[Math.min(CHUNK, Math.max(length, 1)) * 4];
        for (int from = 0; from < length; from += CHUNK) {
            int n = Math.min(CHUNK, length - from);
            in.readFully(bytes, 0, n * 4);
            ByteBuffer.wrap(bytes, 0, n * 4).asIntBuffer().get(a, from, n);
        }
        return a;
    }

    public static void writeFloats(DataOutput out, float[] a) throws IOException {
        out.writeInt(a.length);
        ByteBuffer buf = ByteBuffer.allocate(CHUNK * 4).order(ByteOrder.BIG_ENDIAN);
        for (int from = 0; from < a.length; from += CHUNK) {
            int n = Math.min(CHUNK, a.length - from);
            buf.clear();
            buf.asFloatBuffer().put(a, from, n);
            out.write(buf.array(), 0, n * 4);
        }
    }

    public static float[] readFloats(DataInput in) throws IOException {
        int length = readLength(in);
        float[] a = new float[length];
        byte[] bytes = new byte[Math.min(CHUNK, Math.max(length, 1)) * 4];
        for (int from = 0; from < length; from += CHUNK) {
            int n = Math.min(CHUNK, length - from);
            in.readFully(bytes, 0, n * 4);
            ByteBuffer.wrap(bytes, 0, n * 4).asFloatBuffer().get(a, from, n);
        }
        return a;
    }

    public static void writeDoubles(DataOutput out, double[] a) throws IOException {
        out.writeInt(a.length);
        for (double v : a) {
            out.writeDouble(v);
        }
    }

    public static double[] readDoubles(DataInput in) throws IOException {
        int length = readLength(in);
        double[] a = new double[length];
        for (int j = 0; j < length; j++) {
            a[j] = in.readDouble();
        }
        return a;
    }

    private static int readLength(DataInput in) throws IOException {
        int length = in.readInt();
        if (length < 0 || length > MAX_LENGTH) {
            throw new IOException("corrupt array length " + length);
        }
        return length;
    }
}
