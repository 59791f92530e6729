package io.leadflow.lead;

import java.io.IOException;
import java.io.Writer;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/** CSV lead imports: stage and preview an upload, run it in the background, report its progress. */
@Service
public class LeadImports {

    static final int CHUNK_SIZE = 250;
    static final int PREVIEW_ROWS = 10;
    static final int LISTED_ERRORS = 100;

    private final ImportStaging staging;
    private final ImportStore store;
    private final ImportRows rows;
    private final ImportWorker worker;
    private final Clock clock;

    LeadImports(ImportStaging staging, ImportStore store, ImportRows rows, ImportWorker worker, Clock clock) {
        this.staging = staging;
        this.store = store;
        this.rows = rows;
        this.worker = worker;
        this.clock = clock;
    }

    /** Parses and stages the file; nothing is imported until {@link #start}. Bad files throw a 400. */
    @Transactional
    public LeadImport upload(ImportUpload upload) {
        String id = staging.stage(UUID.randomUUID().toString(), upload);
        return require(id);
    }

    /** Starts a previewed import (again: no effect); the worker picks it up after commit. */
    @Transactional
    public LeadImport start(String id) {
        require(id);
        if (store.start(id, clock.instant())) {
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCommit() {
                    worker.wake();
                }
            });
        }
        return require(id);
    }

    public Optional<LeadImport> find(String id) {
        return store.find(id).map(head -> describe(head, true));
    }

    public LeadImport require(String id) {
        return find(id).orElseThrow(() -> ImportProblems.notFound(id));
    }

    public List<LeadImport> latest(int limit) {
        return store.latest(limit).stream().map(head -> describe(head, false)).toList();
    }

    /** The rejected rows as CSV: the original columns, the line number and the reason. */
    public void writeRejected(String id, Writer out) throws IOException {
        ImportStore.Head head = store.find(id).orElseThrow(() -> ImportProblems.notFound(id));
        List<String> header = new ArrayList<>(List.of("line", "reason"));
        header.addAll(staging.header(head));
        out.write(CsvFile.line(header, head.delimiter()) + "\r\n");
        List<IOException> failures = new ArrayList<>();
        rows.eachRejected(id, row -> {
            try {
                out.write(
                        CsvFile.line(List.of(String.valueOf(row.line()), String.valueOf(row.error())), head.delimiter())
                                + head.delimiter() + row.raw() + "\r\n");
            } catch (IOException e) {
                failures.add(e);
            }
        });
        if (!failures.isEmpty()) {
            throw failures.get(0);
        }
    }

    private LeadImport describe(ImportStore.Head head, boolean details) {
        List<LeadImport.PreviewRow> preview = details ? staging.preview(head) : List.of();
        // no error to list: no need to look through the rows
        List<LeadImport.RowError> errors = details && head.invalid() + head.rejected() > 0
                ? rows.errors(head.id(), LISTED_ERRORS).stream()
                        .map(row -> new LeadImport.RowError(row.line(), row.email(), row.error()))
                        .toList()
                : List.of();
        return new LeadImport(
                head.id(),
                head.fileName(),
                head.status(),
                head.total(),
                head.total() - head.invalid(),
                head.invalid(),
                head.processed(),
                head.created(),
                head.merged(),
                head.rejected(),
                LeadImport.percent(head.processed(), head.total()),
                staging.columns(head).mapping(),
                staging.notes(head),
                preview,
                errors,
                head.createdAt(),
                head.startedAt(),
                head.finishedAt());
    }
}
