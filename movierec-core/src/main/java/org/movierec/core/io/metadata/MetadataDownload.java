package org.movierec.core.io.metadata;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Enumeration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import org.movierec.core.io.Checksums;

/**
 * A metadata source movierec can download like a release: where it is published, its licence, and
 * the SHA-256 checksums it must match, pinned here because neither publisher gives one. For a zip the
 * checksums are of the entries movierec reads (matched by file name in the root or one top folder);
 * for a single file, of the file.
 *
 * @param name the name {@code movierec download} and {@code serve --metadata} take
 * @param url the official address
 * @param fileName the name of the file in the cache
 * @param licence the terms, shown next to the download: neither source may be bundled with movierec
 * @param sha256 file (or zip entry) name to its lower-case hex SHA-256
 */
public record MetadataDownload(String name, URI url, String fileName, String licence, Map<String, String> sha256) {
    /**
     * The HetRec 2011 MovieLens extension (GroupLens). The pins are the SHA-256 checksums of the files
     * of the copy in $MOVIEREC_DATASETS (its SHA256SUMS), the files the HetRec reader reads apart from
     * {@code movie_actors.dat}, which that copy lacks and is therefore not pinned.
     */
    public static final MetadataDownload HETREC = new MetadataDownload("hetrec-2011",
            URI.create("https://files.grouplens.org/datasets/hetrec2011/hetrec2011-movielens-2k-v2.zip"),
            "hetrec2011-movielens-2k-v2.zip",
            "HetRec 2011 (Cantador, Brusilovsky and Kuflik): research use only, non-commercial; see its readme.txt."
                    + " Never bundled with movierec.",
            Map.of("movies.dat", "8c9a7ea36bfde2e426fa658ad9eff12930a91099ce43d2401d56bc0d784e230e",
                    "movie_directors.dat", "e0aa44583c56629bf84a287207949b1935adce3651833db830e7794f75beac07",
                    "movie_countries.dat", "020c2848c50d372a7cb3c2025e27523a010a4afc97063f26c2ff254978acb703",
                    "movie_tags.dat", "ce4aa8a256fbdf8d20ee2c6abc3a4bc937eb544558cb0788cc5889fef6100dc5",
                    "tags.dat", "d9b9cb07ad7d9c9c09185c4347d400a87a329325a6ae88457dffade90701c694"));

    /**
     * The MeLU extra facts on the ml-1m movies, from the paper's repository at a fixed commit (so the
     * address cannot change under the pin); the pin is the checksum of the copy in $MOVIEREC_DATASETS.
     */
    public static final MetadataDownload MELU = new MetadataDownload("melu-ml-1m",
            URI.create("https://raw.githubusercontent.com/hoyeoplee/MeLU/f70c8ff91471193cd598bc241c6b0f22665f6375/"
                    + "movielens/ml-1m/movies_extrainfos.dat"),
            MeluMetadataReader.FILE,
            "MeLU (Lee et al., KDD 2019): facts collected from OMDb, published with the paper for research; no"
                    + " licence is stated, so movierec never bundles them.",
            Map.of(MeluMetadataReader.FILE, "18432b1713b66a5262c11f6d929801a6e6f414d861cd2adf191dfba61e45c74d"));

    /** The downloadable sources by name. */
    public static final Map<String, MetadataDownload> KNOWN;

    static {
        Map<String, MetadataDownload> known = new LinkedHashMap<>();
        known.put(HETREC.name(), HETREC);
        known.put(MELU.name(), MELU);
        KNOWN = java.util.Collections.unmodifiableMap(known);
    }

    public MetadataDownload {
        sha256 = Map.copyOf(sha256);
    }

    /** Whether the download is a zip archive (otherwise a single file). */
    public boolean isZip() {
        return fileName.endsWith(".zip");
    }

    /**
     * Checks the downloaded file against the pinned checksums.
     *
     * @throws IOException naming the file whose checksum differs or that is missing
     */
    public void verify(Path file) throws IOException {
        if (!isZip()) {
            check(fileName, Files.newInputStream(file), file.getFileName().toString());
            return;
        }
        try (ZipFile zip = new ZipFile(file.toFile())) {
            Map<String, ZipEntry> byName = new LinkedHashMap<>();
            Enumeration<? extends ZipEntry> entries = zip.entries();
            while (entries.hasMoreElements()) {
                ZipEntry entry = entries.nextElement();
                String entryName = entry.getName().substring(entry.getName().lastIndexOf('/') + 1);
                if (!entry.isDirectory() && !entry.getName().startsWith("__MACOSX/") && sha256.containsKey(entryName)) {
                    byName.put(entryName, entry);
                }
            }
            for (String pinned : sha256.keySet()) {
                ZipEntry entry = byName.get(pinned);
                if (entry == null) {
                    throw new IOException("the download of " + fileName + " has no " + pinned);
                }
                check(pinned, zip.getInputStream(entry), fileName + "!" + entry.getName());
            }
        } catch (java.util.zip.ZipException e) {
            throw new IOException("the download of " + fileName + " is not a readable zip (" + e.getMessage() + ")", e);
        }
    }

    private void check(String pinned, InputStream content, String label) throws IOException {
        String actual;
        try (InputStream in = content) {
            actual = sha256(in);
        }
        if (!actual.equals(sha256.get(pinned))) {
            throw new IOException("the download of " + label + " does not match its pinned checksum (SHA-256 " + actual
                    + ", expected " + sha256.get(pinned) + ")");
        }
    }

    /** The SHA-256 checksum of a stream's content, as lower-case hex. */
    static String sha256(InputStream in) throws IOException {
        return Checksums.hex(in, "SHA-256");
    }
}
