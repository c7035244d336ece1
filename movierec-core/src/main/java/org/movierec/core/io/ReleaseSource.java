package org.movierec.core.io;

import java.io.Closeable;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Enumeration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipException;
import java.util.zip.ZipFile;

/**
 * The files of a data set, in a directory or in a zip archive read in place (never unpacked). A
 * release zip usually holds one top folder ({@code ml-1m/ratings.dat}); files are looked up by
 * name in the root or in that one folder. Thread-safe for concurrent {@link #open} calls.
 */
public abstract class ReleaseSource implements Closeable {
    private final String name;

    private ReleaseSource(String name) {
        this.name = name;
    }

    /** Opens a directory or a zip file. */
    public static ReleaseSource open(Path path) throws IOException {
        if (Files.isDirectory(path)) {
            return new DirectorySource(path);
        }
        if (!Files.exists(path)) {
            throw new NoSuchFileException(path.toString());
        }
        return new ZipSource(path);
    }

    /** A short name for the data set: the folder name, or the zip's name without ".zip". */
    public String name() {
        return name;
    }

    /** True if the data set has a file of this name. */
    public abstract boolean has(String file);

    /** The file's content, streamed; the caller closes it. */
    public abstract InputStream open(String file) throws IOException;

    /** The file's (uncompressed) size in bytes, or -1 when unknown. */
    public abstract long size(String file);

    /**
     * The last bytes of the file (at most n) where they can be read without reading the whole file
     * (a plain file), or null (a zip entry).
     */
    public abstract byte[] tail(String file, int n) throws IOException;

    /** The names of the files of the data set (root or top folder only). */
    public abstract List<String> files();

    /** The file as named in error messages. */
    public abstract String label(String file);

    /** Turns an I/O failure while reading a file into a message that names the file. */
    IOException readFailure(String file, IOException e) {
        if (e instanceof DataFormatException) {
            return e;
        }
        if (e instanceof ZipException || e instanceof EOFException) {
            return new DataFormatException(label(file), 0,
                    "the archive is damaged or truncated (" + e.getMessage() + ")");
        }
        return e;
    }

    private static String stripZip(String fileName) {
        return fileName.toLowerCase().endsWith(".zip") ? fileName.substring(0, fileName.length() - 4) : fileName;
    }

    private static final class DirectorySource extends ReleaseSource {
        private final Path dir;

        DirectorySource(Path dir) {
            super(dir.toAbsolutePath().normalize().getFileName() == null ? dir.toString()
                    : dir.toAbsolutePath().normalize().getFileName().toString());
            this.dir = dir;
        }

        @Override
        public boolean has(String file) {
            return Files.isRegularFile(dir.resolve(file));
        }

        @Override
        public InputStream open(String file) throws IOException {
            return Files.newInputStream(dir.resolve(file));
        }

        @Override
        public long size(String file) {
            try {
                return Files.size(dir.resolve(file));
            } catch (IOException e) {
                return -1;
            }
        }

        @Override
        public byte[] tail(String file, int n) throws IOException {
            try (FileChannel channel = FileChannel.open(dir.resolve(file))) {
                long size = channel.size();
                int length = (int) Math.min(n, size);
                ByteBuffer buffer = ByteBuffer.allocate(length);
                long at = size - length;
                while (buffer.hasRemaining()) {
                    int read = channel.read(buffer, at + buffer.position());
                    if (read < 0) {
                        break;
                    }
                }
                return Arrays.copyOf(buffer.array(), buffer.position());
            }
        }

        @Override
        public List<String> files() {
            try (var stream = Files.list(dir)) {
                return stream.filter(Files::isRegularFile).map(p -> p.getFileName().toString()).sorted().toList();
            } catch (IOException e) {
                return List.of();
            }
        }

        @Override
        public String label(String file) {
            return file;
        }

        @Override
        public void close() {
        }
    }

    private static final class ZipSource extends ReleaseSource {
        private final ZipFile zip;
        private final String zipName;
        private final Map<String, ZipEntry> entries = new HashMap<>();

        ZipSource(Path path) throws IOException {
            super(stripZip(path.getFileName().toString()));
            zipName = path.getFileName().toString();
            try {
                zip = new ZipFile(path.toFile());
            } catch (ZipException e) {
                throw new DataFormatException(zipName, 0,
                        "not a readable zip archive; it may be truncated or damaged (" + e.getMessage() + ")");
            }
            Map<String, ZipEntry> root = new HashMap<>();
            Map<String, Map<String, ZipEntry>> byFolder = new HashMap<>();
            Enumeration<? extends ZipEntry> all = zip.entries();
            while (all.hasMoreElements()) {
                ZipEntry entry = all.nextElement();
                if (entry.isDirectory() || entry.getName().startsWith("__MACOSX/")) {
                    continue;
                }
                String entryName = entry.getName();
                int slash = entryName.indexOf('/');
                if (slash < 0) {
                    root.put(entryName, entry);
                } else if (entryName.indexOf('/', slash + 1) < 0) {
                    byFolder.computeIfAbsent(entryName.substring(0, slash), k -> new HashMap<>())
                            .put(entryName.substring(slash + 1), entry);
                }
            }
            entries.putAll(root);
            if (byFolder.size() == 1) {
                byFolder.values().iterator().next().forEach(entries::putIfAbsent);
            }
        }

        @Override
        public boolean has(String file) {
            return entries.containsKey(file);
        }

        @Override
        public InputStream open(String file) throws IOException {
            ZipEntry entry = entries.get(file);
            if (entry == null) {
                throw new NoSuchFileException(label(file));
            }
            try {
                return zip.getInputStream(entry);
            } catch (ZipException e) {
                throw readFailure(file, e);
            }
        }

        @Override
        public long size(String file) {
            ZipEntry entry = entries.get(file);
            return entry == null ? -1 : entry.getSize();
        }

        @Override
        public byte[] tail(String file, int n) {
            return null;
        }

        @Override
        public List<String> files() {
            List<String> names = new ArrayList<>(entries.keySet());
            names.sort(null);
            return names;
        }

        @Override
        public String label(String file) {
            ZipEntry entry = entries.get(file);
            return zipName + "!" + (entry == null ? file : entry.getName());
        }

        @Override
        public void close() throws IOException {
            zip.close();
        }
    }
}
