package org.conflictkg.store;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * A large corpus made from the development articles: each generated article takes a random run of
 * paragraphs from the real ones, in a new order, with its numbers changed, so the extractors do
 * real work on real prose and every file has its own content hash.
 */
final class GeneratedCorpus {

    private static final Pattern NUMBER = Pattern.compile("\\d[\\d,]*");

    private GeneratedCorpus() {
    }

    static List<Path> write(Path dir, int articles, long seed) throws IOException {
        List<String> paragraphs = new ArrayList<>();
        try (Stream<Path> files = Files.list(Path.of("data/articles"))) {
            for (Path f : files.sorted().toList()) {
                Files.readAllLines(f, StandardCharsets.UTF_8).stream().map(String::strip)
                        .filter(l -> l.length() > 40).forEach(paragraphs::add);
            }
        }
        Files.createDirectories(dir);
        Random random = new Random(seed);
        List<Path> out = new ArrayList<>();
        for (int i = 0; i < articles; i++) {
            int n = 4 + random.nextInt(6);
            StringBuilder text = new StringBuilder();
            for (int k = 0; k < n; k++) {
                String p = paragraphs.get(random.nextInt(paragraphs.size()));
                Matcher m = NUMBER.matcher(p);
                StringBuilder varied = new StringBuilder();
                while (m.find()) {
                    m.appendReplacement(varied, Integer.toString(1 + random.nextInt(20_000)));
                }
                m.appendTail(varied);
                text.append(varied).append('\n');
            }
            text.append("Report number ").append(i).append(" of the series.\n");
            Path file = dir.resolve(String.format("gen_%05d.txt", i));
            Files.writeString(file, text, StandardCharsets.UTF_8);
            out.add(file);
        }
        return out;
    }
}
