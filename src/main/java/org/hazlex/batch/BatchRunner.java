package org.hazlex.batch;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Collectors;
import org.hazlex.assess.Assessor;
import org.hazlex.domain.Problem;
import org.hazlex.findings.Finding;
import org.hazlex.findings.Result;
import org.hazlex.report.JsonReport;
import org.hazlex.report.Messages;
import tools.jackson.core.JacksonException;
import tools.jackson.core.TokenStreamLocation;
import tools.jackson.databind.MappingIterator;
import tools.jackson.dataformat.csv.CsvMapper;
import tools.jackson.dataformat.csv.CsvReadFeature;
import tools.jackson.dataformat.csv.CsvSchema;

/**
 * Streams jobs through the {@link Assessor}: JSON Lines or flat CSV in, one result per input record out, in input
 * order. A reader thread cuts the input into chunks and hands each to a worker pool; the calling thread writes
 * the chunks' results in order. At most {@code threads * 4} chunks are in flight, so memory stays flat however
 * large the input.
 */
public final class BatchRunner {

    /** Input and output formats. */
    public enum Format { JSONL, CSV }

    /** The input cannot be read on from some point (a CSV syntax error); the message says where. */
    public static final class UnreadableInput extends RuntimeException {
        private static final long serialVersionUID = 1L;

        UnreadableInput(String message, Throwable cause) {
            super(message, cause);
        }
    }

    /** Jobs per chunk: large enough that hand-over costs vanish, small enough to keep memory flat. */
    static final int CHUNK = 512;

    /** The columns of the CSV output. */
    public static final List<String> RESULT_COLUMNS = List.of(
            "id", "country", "assessedOn", "verdict", "findings", "warnings", "errors");

    private static final CsvMapper CSV = CsvMapper.builder().enable(CsvReadFeature.WRAP_AS_ARRAY).build();

    private final Assessor assessor;
    private final JsonReport json;
    private final int threads;

    public BatchRunner(Assessor assessor, Messages messages, int threads) {
        if (threads < 1) {
            throw new IllegalArgumentException("threads must be at least 1");
        }
        this.assessor = assessor;
        this.json = new JsonReport(messages);
        this.threads = threads;
    }

    /** Told after each chunk is written: jobs written so far, and records read so far (the reader is ahead). */
    public interface Progress {
        void written(long jobs, long read);
    }

    /** One input record: its line (JSONL) or row (CSV, the header is row 1) and its text or cells. */
    private record Record(long number, String line, List<String> cells) {
    }

    private record Chunk(List<Record> records, List<String> header) {
    }

    private record Done(String text, Tally tally) {
    }

    /**
     * Reads every record of {@code in}, assesses it and writes its result to {@code out}; returns the counts.
     *
     * @param source the input's name in results (the id of a job that has none is {@code source:line})
     * @throws UncheckedIOException when the input cannot be read or the output cannot be written
     */
    public Tally run(InputStream in, Format inFormat, String source, Writer out, Format outFormat, Progress progress) {
        ExecutorService pool = Executors.newFixedThreadPool(threads, r -> {
            Thread t = new Thread(r, "hazlex-batch");
            t.setDaemon(true);
            return t;
        });
        BlockingQueue<Future<Done>> queue = new ArrayBlockingQueue<>(threads * 4);
        Future<Done> end = CompletableFuture.completedFuture(null);
        java.util.concurrent.atomic.AtomicLong read = new java.util.concurrent.atomic.AtomicLong();
        Thread reader = new Thread(() -> {
            try (Reader r = new InputStreamReader(in, StandardCharsets.UTF_8)) {
                List<String> header = new ArrayList<>();
                Iterator<Record> records = inFormat == Format.CSV ? csv(r, header) : jsonl(r);
                List<Record> chunk = new ArrayList<>(CHUNK);
                while (records.hasNext()) {
                    chunk.add(records.next());
                    read.incrementAndGet();
                    if (chunk.size() == CHUNK) {
                        submit(pool, queue, new Chunk(chunk, header), source, inFormat, outFormat);
                        chunk = new ArrayList<>(CHUNK);
                    }
                }
                if (!chunk.isEmpty()) {
                    submit(pool, queue, new Chunk(chunk, header), source, inFormat, outFormat);
                }
                queue.put(end);
            } catch (JacksonException e) {
                // a CSV syntax error (an unclosed quote) leaves no way to find where the next record starts
                TokenStreamLocation loc = e.getLocation();
                queue.add(CompletableFuture.failedFuture(new UnreadableInput("the input is not valid CSV"
                        + (loc == null ? "" : " at line " + loc.getLineNr() + ", column " + loc.getColumnNr()) + ": "
                        + e.getOriginalMessage().lines().findFirst().orElse("") + "; the records before it were written", e)));
            } catch (IOException | RuntimeException e) {
                queue.add(CompletableFuture.failedFuture(e instanceof IOException io ? new UncheckedIOException(io) : e));
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }, "hazlex-batch-reader");
        reader.setDaemon(true);
        reader.start();
        Tally tally = new Tally();
        try {
            if (outFormat == Format.CSV) {
                out.write(csvLine(RESULT_COLUMNS));
            }
            while (true) {
                Future<Done> f = queue.take();
                if (f == end) {
                    break;
                }
                Done d = get(f);
                out.write(d.text());
                tally.add(d.tally());
                if (progress != null) {
                    progress.written(tally.jobs(), read.get());
                }
            }
            out.flush();
            return tally;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        } finally {
            reader.interrupt();
            pool.shutdownNow();
        }
    }

    private static Done get(Future<Done> f) throws InterruptedException {
        try {
            return f.get();
        } catch (ExecutionException e) {
            Throwable c = e.getCause();
            if (c instanceof RuntimeException re) {
                throw re;
            }
            if (c instanceof Error err) {
                throw err;
            }
            throw new IllegalStateException(c);
        }
    }

    private void submit(ExecutorService pool, BlockingQueue<Future<Done>> queue, Chunk chunk, String source,
                        Format inFormat, Format outFormat) throws InterruptedException {
        queue.put(pool.submit(() -> assess(chunk, source, inFormat, outFormat)));
    }

    private Done assess(Chunk chunk, String source, Format inFormat, Format outFormat) {
        StringBuilder sb = new StringBuilder(chunk.records().size() * 512);
        Tally tally = new Tally();
        for (Record rec : chunk.records()) {
            Result r = result(rec, chunk.header(), source, inFormat);
            tally.add(r);
            if (outFormat == Format.CSV) {
                sb.append(csvLine(row(r)));
            } else {
                sb.append(json.line(r)).append('\n');
            }
        }
        return new Done(sb.toString(), tally);
    }

    /** The result of one record; an invalid one says on which line (JSONL) or row (CSV) it was. */
    private Result result(Record rec, List<String> header, String source, Format inFormat) {
        String where = (inFormat == Format.CSV ? "row " : "line ") + rec.number();
        Result r = inFormat == Format.CSV
                ? assessor.checkTree(source + ":" + rec.number(), CsvJobs.job(header, rec.cells()))
                : assessor.checkLine(source + ":" + rec.number(), rec.line(), rec.number());
        if (r.errors().isEmpty()) {
            return r;
        }
        List<Problem> errors = r.errors().stream()
                .map(p -> p.path() != null && p.path().startsWith("line ") ? p
                        : new Problem(p.code(), p.path(), where + ": " + p.message()))
                .toList();
        return new Result(r.id(), r.country(), r.assessedOn(), r.verdict(), r.findings(), r.warnings(), errors,
                r.firedRules());
    }

    private static Iterator<Record> jsonl(Reader r) {
        BufferedReader br = new BufferedReader(r, 1 << 16);
        return new Iterator<>() {
            private long number;
            private Record next = advance();

            private Record advance() {
                try {
                    String line;
                    while ((line = br.readLine()) != null) {
                        number++;
                        if (number == 1 && line.startsWith("\uFEFF")) {
                            line = line.substring(1); // a byte-order mark, as some editors write
                        }
                        if (!line.isBlank()) {
                            return new Record(number, line, List.of());
                        }
                    }
                    return null;
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            }

            @Override
            public boolean hasNext() {
                return next != null;
            }

            @Override
            public Record next() {
                Record r = next;
                next = advance();
                return r;
            }
        };
    }

    private static Iterator<Record> csv(Reader r, List<String> header) {
        MappingIterator<List<String>> rows = CSV.readerForListOf(String.class).with(CsvSchema.emptySchema()).readValues(r);
        if (!rows.hasNext()) {
            return java.util.Collections.emptyIterator();
        }
        header.addAll(rows.next());
        if (!header.isEmpty() && header.get(0) != null && header.get(0).startsWith("\uFEFF")) {
            header.set(0, header.get(0).substring(1)); // a byte-order mark, as spreadsheet programs write
        }
        return new Iterator<>() {
            private long number = 1;

            @Override
            public boolean hasNext() {
                return rows.hasNext();
            }

            @Override
            public Record next() {
                List<String> cells = rows.next();
                number++;
                return new Record(number, null, cells);
            }
        };
    }

    private static List<String> row(Result r) {
        String findings = r.findings().stream().map(BatchRunner::finding).collect(Collectors.joining("; "));
        String warnings = r.warnings().stream().map(w -> w.code() + (w.path() == null || w.path().isEmpty() ? "" : "@" + w.path()))
                .collect(Collectors.joining("; "));
        String errors = r.errors().stream().map(p -> (p.path() == null || p.path().isEmpty() ? "" : p.path() + ": ") + p.message())
                .collect(Collectors.joining("; "));
        return java.util.Arrays.asList(r.id(), r.country(), r.assessedOn() == null ? null : r.assessedOn().toString(),
                r.verdict().code(), findings, warnings, errors);
    }

    private static String finding(Finding f) {
        return f.kind() + ":" + f.certainty().code() + ":" + f.provision().id()
                + (f.entry() == null ? "" : ":" + f.entry().getId());
    }

    private static String csvLine(List<String> cells) {
        return CSV.writer(CsvSchema.emptySchema().withoutQuoteChar().withQuoteChar('"')).writeValueAsString(cells);
    }
}
