package io.leadflow.lead;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Imports one claimed chunk: its valid rows through {@link LeadCapture#captureAll} (a known email
 * merges, new ones are created in one batch with their lifecycle processes), all in one transaction
 * with the row statuses and counters.
 * A chunk that failed twice is retried row by row, so one bad row is rejected, not the chunk.
 */
@Component
class ImportChunkProcessor {

    private static final Logger log = LoggerFactory.getLogger(ImportChunkProcessor.class);
    static final int WHOLE_CHUNK_ATTEMPTS = 2;

    private final ImportRows rows;
    private final ImportChunks chunks;
    private final LeadCapture capture;
    private final ObjectMapper json;
    private final TransactionTemplate transactions;

    ImportChunkProcessor(
            ImportRows rows,
            ImportChunks chunks,
            LeadCapture capture,
            ObjectMapper json,
            PlatformTransactionManager transactionManager) {
        this.rows = rows;
        this.chunks = chunks;
        this.capture = capture;
        this.json = json;
        this.transactions = new TransactionTemplate(transactionManager);
        this.transactions.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
    }

    void process(ImportChunks.Claim claim) {
        try {
            if (claim.attempts() < WHOLE_CHUNK_ATTEMPTS) {
                transactions.executeWithoutResult(tx -> finish(claim, importChunk(claim)));
            } else {
                rowByRow(claim);
            }
        } catch (RuntimeException failed) {
            // e.g. the same new email in two chunks at once: the loser merges on the next try
            log.info("Import {} chunk {} failed, will retry: {}", claim.importId(), claim.chunk(), failed.toString());
            chunks.release(claim);
        }
    }

    /** The whole chunk set-based: valid rows captured in one batch, all statuses in one update batch. */
    private Counts importChunk(ImportChunks.Claim claim) {
        List<ImportRows.Row> chunk = rows.chunk(claim.importId(), claim.chunk());
        List<ImportRows.Row> valid =
                chunk.stream().filter(row -> row.status().equals("VALID")).toList();
        List<CapturedLead> captured =
                capture.captureAll(valid.stream().map(this::form).toList());
        Counts counts = new Counts();
        List<ImportRows.Outcome> outcomes = new ArrayList<>();
        chunk.stream()
                .filter(row -> row.status().equals("INVALID"))
                .forEach(row -> outcomes.add(rejected(row, counts)));
        for (int i = 0; i < valid.size(); i++) {
            outcomes.add(outcome(valid.get(i), captured.get(i), counts));
        }
        rows.finishAll(claim.importId(), outcomes);
        return counts;
    }

    private void rowByRow(ImportChunks.Claim claim) {
        List<ImportRows.Row> pending = rows.chunk(claim.importId(), claim.chunk()).stream()
                .filter(row -> row.status().equals("VALID") || row.status().equals("INVALID"))
                .toList();
        for (ImportRows.Row row : pending) {
            try {
                transactions.executeWithoutResult(tx -> {
                    Counts counts = new Counts();
                    importRow(claim, row, counts);
                    chunks.count(claim.importId(), counts.created, counts.merged, counts.rejected);
                });
            } catch (RuntimeException failed) {
                transactions.executeWithoutResult(tx -> {
                    rows.finish(claim.importId(), row.line(), "REJECTED", null, "could not be captured: " + failed);
                    chunks.count(claim.importId(), 0, 0, 1);
                });
            }
        }
        transactions.executeWithoutResult(tx -> chunks.finish(claim));
    }

    private void importRow(ImportChunks.Claim claim, ImportRows.Row row, Counts counts) {
        ImportRows.Outcome outcome = row.status().equals("INVALID")
                ? rejected(row, counts)
                : outcome(row, capture.captureAll(List.of(form(row))).get(0), counts);
        rows.finishAll(claim.importId(), List.of(outcome));
    }

    private static ImportRows.Outcome rejected(ImportRows.Row row, Counts counts) {
        counts.rejected++;
        return new ImportRows.Outcome(row.line(), "REJECTED", null);
    }

    private static ImportRows.Outcome outcome(ImportRows.Row row, CapturedLead captured, Counts counts) {
        if (captured.created()) {
            counts.created++;
        } else {
            counts.merged++;
        }
        return new ImportRows.Outcome(
                row.line(),
                captured.created() ? "CREATED" : "MERGED",
                captured.id().value());
    }

    private void finish(ImportChunks.Claim claim, Counts counts) {
        if (!chunks.finish(claim)) {
            throw new IllegalStateException("claim on chunk " + claim.chunk() + " was taken over");
        }
        chunks.count(claim.importId(), counts.created, counts.merged, counts.rejected);
    }

    private LeadForm form(ImportRows.Row row) {
        try {
            return json.readValue(row.form(), LeadForm.class);
        } catch (JsonProcessingException unreadable) {
            throw new IllegalStateException("staged row " + row.line() + " is unreadable", unreadable);
        }
    }

    private static final class Counts {
        int created;
        int merged;
        int rejected;
    }
}
