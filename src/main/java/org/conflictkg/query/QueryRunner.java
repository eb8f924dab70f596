package org.conflictkg.query;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.jena.query.Dataset;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryCancelledException;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.query.QueryParseException;
import org.apache.jena.query.ResultSet;
import org.apache.jena.query.ResultSetFormatter;
import org.apache.jena.query.Syntax;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.riot.ResultSetMgr;
import org.apache.jena.riot.resultset.ResultSetLang;
import org.apache.jena.system.Txn;
import org.conflictkg.diag.ErrorCode;
import org.conflictkg.diag.KgException;

/**
 * Runs a SPARQL query file against a dataset and prints the result: SELECT as a text table, CSV
 * or SPARQL JSON results; ASK as {@code yes}/{@code no}, CSV or JSON; CONSTRUCT and DESCRIBE as
 * Turtle, N-Triples or JSON-LD. A file that is not valid SPARQL fails naming the file, line and
 * column.
 */
public final class QueryRunner {

    /** Where JavaCC's message puts the offending token, and the token itself. */
    private static final Pattern AT = Pattern.compile("\\s*at line (\\d+), column (\\d+)\\.?");
    private static final Pattern ENCOUNTERED = Pattern.compile("^Encountered \" .+? \"(.*?) \"\"$");

    /** How results are printed. */
    public enum Format {
        TABLE, CSV, JSON;

        public static Format parse(String s) {
            try {
                return valueOf(s.toUpperCase(Locale.ROOT));
            } catch (IllegalArgumentException e) {
                throw new KgException(ErrorCode.CONFIG_INVALID, "unknown format '" + s + "'; use table, csv or json");
            }
        }
    }

    /** Reads and parses a query file (SPARQL 1.1 plus ARQ extensions). */
    public static Query parse(Path file) {
        String text;
        try {
            text = Files.readString(file, StandardCharsets.UTF_8);
        } catch (NoSuchFileException e) {
            throw new KgException(ErrorCode.QUERY_INVALID, file + ": no such query file", e);
        } catch (IOException e) {
            throw new KgException(ErrorCode.QUERY_INVALID, file + ": cannot read the query (" + e.getMessage() + ")", e);
        }
        try {
            return QueryFactory.create(text, Syntax.syntaxARQ);
        } catch (QueryParseException e) {
            throw new KgException(ErrorCode.QUERY_INVALID, file + describe(e), e);
        }
    }

    /**
     * ":line:col: not valid SPARQL: what". The parser's message gives the offending token's
     * position; the exception's own line/column point at the token before it, so the message wins.
     */
    static String describe(QueryParseException e) {
        String msg = firstLine(e.getMessage());
        String where = e.getLine() > 0 ? ":" + e.getLine() + ":" + e.getColumn() : "";
        Matcher at = AT.matcher(msg);
        if (at.find()) {
            where = ":" + at.group(1) + ":" + at.group(2);
            msg = (msg.substring(0, at.start()) + msg.substring(at.end())).strip();
        }
        Matcher token = ENCOUNTERED.matcher(msg);
        if (token.matches()) {
            msg = "unexpected \"" + token.group(1) + "\"";
        }
        return where + ": not valid SPARQL: " + msg;
    }

    /** Parses and runs {@code file} against {@code dataset}, writing the result to {@code out}. */
    public void run(Dataset dataset, Path file, Format format, OutputStream out) {
        Query query = parse(file);
        try {
            Txn.executeRead(dataset, () -> {
                try (QueryExecution qe = QueryExecution.dataset(dataset).query(query).build()) {
                    write(qe, query, format, out);
                }
            });
        } catch (QueryCancelledException e) {
            throw new KgException(ErrorCode.QUERY_INVALID, file + ": the query timed out", e);
        }
    }

    private static void write(QueryExecution qe, Query query, Format format, OutputStream out) {
        if (query.isSelectType()) {
            ResultSet rs = qe.execSelect();
            switch (format) {
                case TABLE -> ResultSetFormatter.out(out, rs, query.getPrologue());
                case CSV -> ResultSetMgr.write(out, rs, ResultSetLang.RS_CSV);
                case JSON -> ResultSetMgr.write(out, rs, ResultSetLang.RS_JSON);
            }
        } else if (query.isAskType()) {
            boolean b = qe.execAsk();
            switch (format) {
                case TABLE -> writeText(out, b ? "yes\n" : "no\n");
                case CSV -> ResultSetMgr.write(out, b, ResultSetLang.RS_CSV);
                case JSON -> ResultSetMgr.write(out, b, ResultSetLang.RS_JSON);
            }
        } else {
            Model m = query.isConstructType() ? qe.execConstruct() : qe.execDescribe();
            Lang lang = switch (format) {
                case TABLE -> Lang.TURTLE;
                case CSV -> Lang.NTRIPLES;
                case JSON -> Lang.JSONLD;
            };
            RDFDataMgr.write(out, m, lang);
        }
    }

    private static void writeText(OutputStream out, String s) {
        try {
            out.write(s.getBytes(StandardCharsets.UTF_8));
            out.flush();
        } catch (IOException e) {
            throw new KgException(ErrorCode.CONFIG_INVALID, "cannot write the query result (" + e.getMessage() + ")", e);
        }
    }

    private static String firstLine(String m) {
        if (m == null) {
            return "syntax error";
        }
        int nl = m.indexOf('\n');
        return (nl < 0 ? m : m.substring(0, nl)).strip();
    }
}
