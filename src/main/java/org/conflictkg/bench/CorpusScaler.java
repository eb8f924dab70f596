package org.conflictkg.bench;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import org.conflictkg.diag.ErrorCode;
import org.conflictkg.diag.KgException;
import org.conflictkg.lexicon.Lexicon;

/**
 * Grows a large corpus from real articles ({@link Recombiner}) and streams it to a directory, one
 * file per article, never holding more than one article in memory. A manifest records the seed,
 * the sources and the size, so a later run with the same inputs reuses the files (or a prefix of
 * them) instead of writing them again: the corpus is deterministic given the seed and sources.
 */
public final class CorpusScaler {

    /** Bumped whenever {@link Recombiner} changes what it writes, so stale corpora are rebuilt. */
    static final String GENERATOR = "recombiner-2";
    private static final String MANIFEST = "corpus.properties";

    private final SourceText sources;
    private final long seed;

    private CorpusScaler(SourceText sources, long seed) {
        this.sources = sources;
        this.seed = seed;
    }

    /** Scales from the articles in {@code conflictDir} plus every *.txt under {@code generalDirs}. */
    public static CorpusScaler from(Path conflictDir, List<Path> generalDirs, long seed) {
        return new CorpusScaler(SourceText.read(conflictDir, generalDirs), seed);
    }

    /** What a scaled corpus on disk holds. */
    public record Corpus(Path dir, List<Path> files, long bytes, boolean reused, double seconds) {
        public Corpus {
            files = List.copyOf(files);
        }

        /** The first {@code n} articles: themselves a corpus of that size with the same seed. */
        public List<Path> first(int n) {
            return files.subList(0, Math.min(n, files.size()));
        }
    }

    /** Source articles read, and those the reader rejected (e.g. not UTF-8). */
    public int sourceArticles() {
        return sources.articles();
    }

    public int rejectedSources() {
        return sources.rejected();
    }

    /** Writes (or reuses) {@code count} articles in {@code dir}: {@code sc<seed>-<index>.txt}. */
    public Corpus ensure(Path dir, int count) {
        long t0 = System.nanoTime();
        try {
            Files.createDirectories(dir);
            Properties existing = manifest(dir);
            boolean reusable = String.valueOf(seed).equals(existing.getProperty("seed"))
                    && GENERATOR.equals(existing.getProperty("generator"))
                    && String.valueOf(sources.characters()).equals(existing.getProperty("sourceCharacters"))
                    && Integer.parseInt(existing.getProperty("articles", "-1")) >= count;
            List<Path> files = new ArrayList<>(count);
            long bytes = 0;
            if (reusable) {
                for (int i = 0; i < count; i++) {
                    Path f = dir.resolve(fileName(i));
                    bytes += Files.size(f);
                    files.add(f);
                }
                return new Corpus(dir, files, bytes, true, seconds(t0));
            }
            Files.deleteIfExists(dir.resolve(MANIFEST));
            Recombiner recombiner = new Recombiner(sources, Lexicon.load(), seed);
            for (int i = 0; i < count; i++) {
                byte[] text = recombiner.article(i).getBytes(StandardCharsets.UTF_8);
                Path f = dir.resolve(fileName(i));
                Files.write(f, text);
                bytes += text.length;
                files.add(f);
            }
            Properties p = new Properties();
            p.setProperty("seed", String.valueOf(seed));
            p.setProperty("generator", GENERATOR);
            p.setProperty("sourceCharacters", String.valueOf(sources.characters()));
            p.setProperty("sourceArticles", String.valueOf(sources.articles()));
            p.setProperty("articles", String.valueOf(count));
            p.setProperty("bytes", String.valueOf(bytes));
            try (OutputStream out = Files.newOutputStream(dir.resolve(MANIFEST))) {
                p.store(out, "scaled corpus: reused while seed, generator and sources match");
            }
            return new Corpus(dir, files, bytes, false, seconds(t0));
        } catch (IOException e) {
            throw new KgException(ErrorCode.CONFIG_INVALID, dir + ": cannot write the scaled corpus (" + e.getMessage()
                    + "); check the directory is writable and the disk has room", e);
        }
    }

    /** Article {@code index}'s text, without writing it (tests, previews). */
    public String article(int index) {
        return new Recombiner(sources, Lexicon.load(), seed).article(index);
    }

    String fileName(int index) {
        return String.format("sc%d-%06d.txt", seed, index);
    }

    private static Properties manifest(Path dir) throws IOException {
        Properties p = new Properties();
        Path f = dir.resolve(MANIFEST);
        if (Files.isRegularFile(f)) {
            try (InputStream in = Files.newInputStream(f)) {
                p.load(in);
            }
        }
        return p;
    }

    private static double seconds(long t0) {
        return (System.nanoTime() - t0) / 1e9;
    }
}
