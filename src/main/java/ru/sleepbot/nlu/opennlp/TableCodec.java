package ru.sleepbot.nlu.opennlp;

import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.util.ArrayList;
import java.util.List;

/**
 * Writes and reads the model's tables ({@link FeatureIndex}, {@link MaxentTable},
 * {@link BayesTable}) as blocks of primitive arrays: an array is its length and then its bytes in
 * one piece, read back by one bulk copy, and small numbers (intent numbers, row offsets of small
 * tables) take the fewest bytes that hold them. The bot reads this at every start, so the format
 * is made for reading fast, not for being small at any price.
 */
final class TableCodec {

    private TableCodec() {
    }

    static void writeIndex(FeatureIndex index, DataOutputStream out) throws IOException {
        out.writeInt(index.size());
        for (int id = 0; id < index.size(); id++) {
            out.writeUTF(index.name(id));
        }
    }

    static FeatureIndex readIndex(DataInputStream in) throws IOException {
        int size = count(in.readInt());
        List<String> names = new ArrayList<>(size);
        for (int i = 0; i < size; i++) {
            names.add(in.readUTF());
        }
        return new FeatureIndex(names);
    }

    static void writeMaxent(MaxentTable table, DataOutputStream out) throws IOException {
        writeStrings(table.outcomes(), out);
        writeInts(table.start(), out);
        writeInts(table.outcome(), out);
        writeDoubles(table.weight(), out);
    }

    static MaxentTable readMaxent(DataInputStream in) throws IOException {
        return new MaxentTable(readStrings(in), readInts(in), readInts(in), readDoubles(in));
    }

    static void writeBayes(BayesTable table, DataOutputStream out) throws IOException {
        writeStrings(table.outcomes(), out);
        writeInts(table.reach(), out);
        writeInts(table.start(), out);
        writeInts(table.outcome(), out);
        writeDoubles(table.atOne(), out);
        writeDoubles(table.unseen(), out);
        writeDoubles(table.logPrior(), out);
    }

    static BayesTable readBayes(DataInputStream in) throws IOException {
        return new BayesTable(readStrings(in), readInts(in), readInts(in), readInts(in), readDoubles(in),
                readDoubles(in), readDoubles(in));
    }

    private static void writeStrings(String[] strings, DataOutputStream out) throws IOException {
        out.writeInt(strings.length);
        for (String s : strings) {
            out.writeUTF(s);
        }
    }

    private static String[] readStrings(DataInputStream in) throws IOException {
        String[] strings = new String[count(in.readInt())];
        for (int i = 0; i < strings.length; i++) {
            strings[i] = in.readUTF();
        }
        return strings;
    }

    /** Ints in 1, 2 or 4 bytes each, whichever holds them all (-1 included). */
    static void writeInts(int[] values, DataOutputStream out) throws IOException {
        int min = 0;
        int max = 0;
        for (int v : values) {
            min = Math.min(min, v);
            max = Math.max(max, v);
        }
        int width = min >= Byte.MIN_VALUE && max <= Byte.MAX_VALUE ? 1
                : min >= Short.MIN_VALUE && max <= Short.MAX_VALUE ? 2 : 4;
        out.writeInt(values.length);
        out.writeByte(width);
        ByteBuffer buffer = ByteBuffer.allocate(values.length * width);
        for (int v : values) {
            switch (width) {
                case 1 -> buffer.put((byte) v);
                case 2 -> buffer.putShort((short) v);
                default -> buffer.putInt(v);
            }
        }
        out.write(buffer.array());
    }

    static int[] readInts(DataInputStream in) throws IOException {
        int length = count(in.readInt());
        int width = in.readByte();
        if (width != 1 && width != 2 && width != 4) {
            throw new IOException("no such width of numbers: " + width);
        }
        ByteBuffer buffer = ByteBuffer.wrap(in.readNBytes(length * width));
        if (buffer.remaining() != length * width) {
            throw new IOException("the model file ends too early");
        }
        int[] values = new int[length];
        switch (width) {
            case 1 -> {
                for (int i = 0; i < length; i++) {
                    values[i] = buffer.get();
                }
            }
            case 2 -> {
                for (int i = 0; i < length; i++) {
                    values[i] = buffer.getShort();
                }
            }
            default -> buffer.asIntBuffer().get(values);
        }
        return values;
    }

    static void writeDoubles(double[] values, DataOutputStream out) throws IOException {
        out.writeInt(values.length);
        ByteBuffer buffer = ByteBuffer.allocate(values.length * Double.BYTES);
        buffer.asDoubleBuffer().put(values);
        out.write(buffer.array());
    }

    static double[] readDoubles(DataInputStream in) throws IOException {
        int length = count(in.readInt());
        byte[] bytes = in.readNBytes(length * Double.BYTES);
        if (bytes.length != length * Double.BYTES) {
            throw new IOException("the model file ends too early");
        }
        double[] values = new double[length];
        ByteBuffer.wrap(bytes).asDoubleBuffer().get(values);
        return values;
    }

    /** A length read from the file, refused when it cannot be one (a damaged file). */
    private static int count(int length) throws IOException {
        if (length < 0 || length > 1 << 26) {
            throw new IOException("not a length: " + length);
        }
        return length;
    }
}
