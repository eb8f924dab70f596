package org.conflictkg.lexicon;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.conflictkg.diag.ErrorCode;
import org.conflictkg.diag.KgException;

/**
 * A tab-separated data file from the classpath: '#' lines are comments, the first other line
 * names the columns, '-' means "no value" and '|' separates list items. Every data file of the
 * project uses this one reviewable format.
 */
public record TsvTable(String resource, List<String> columns, List<Row> rows) {

    /** One line of the table, with the line number for error messages. */
    public record Row(TsvTable.Header header, int line, String[] cells) {

        public String get(String column) {
            int i = header.index(column);
            String v = i < cells.length ? cells[i].trim() : "";
            if (v.isEmpty() || v.equals("-")) {
                throw new KgException(ErrorCode.DATA_FILE_INVALID, where() + ": column '" + column
                        + "' is empty; fill it in");
            }
            return v;
        }

        public Optional<String> optional(String column) {
            int i = header.index(column);
            String v = i < cells.length ? cells[i].trim() : "";
            return v.isEmpty() || v.equals("-") ? Optional.empty() : Optional.of(v);
        }

        public List<String> list(String column) {
            return optional(column).map(v -> Arrays.stream(v.split("\\|")).map(String::trim)
                    .filter(s -> !s.isEmpty()).toList()).orElse(List.of());
        }

        public String where() {
            return header.resource + " line " + line;
        }
    }

    /** Column names of a table. */
    public record Header(String resource, List<String> names) {
        int index(String column) {
            int i = names.indexOf(column);
            if (i < 0) {
                throw new KgException(ErrorCode.DATA_FILE_INVALID, resource + " has no column '" + column + "'");
            }
            return i;
        }
    }

    public static TsvTable read(String resource) {
        InputStream in = TsvTable.class.getResourceAsStream(resource);
        if (in == null) {
            throw new KgException(ErrorCode.DATA_FILE_INVALID, "data file " + resource
                    + " is not on the classpath; rebuild with 'mvn package'");
        }
        try (BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            Header header = null;
            List<Row> rows = new ArrayList<>();
            String line;
            int n = 0;
            while ((line = r.readLine()) != null) {
                n++;
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                String[] cells = line.split("\t", -1);
                if (header == null) {
                    header = new Header(resource, Arrays.stream(cells).map(String::trim).toList());
                } else {
                    rows.add(new Row(header, n, cells));
                }
            }
            if (header == null) {
                throw new KgException(ErrorCode.DATA_FILE_INVALID, resource + " has no header line");
            }
            return new TsvTable(resource, header.names(), List.copyOf(rows));
        } catch (IOException e) {
            throw new KgException(ErrorCode.DATA_FILE_INVALID, "cannot read " + resource + ": " + e.getMessage(), e);
        }
    }
}
