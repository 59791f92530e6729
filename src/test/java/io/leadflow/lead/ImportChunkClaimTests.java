package io.leadflow.lead;

import static org.assertj.core.api.Assertions.assertThat;

import io.leadflow.LeadflowTest;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.UUID;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.TestPropertySource;

/** Chunk claims between workers of several nodes: one winner, a dead worker's chunk taken over, its late finish refused. */
@LeadflowTest
// its own context (no background worker competing for the chunk): last, as ProcessEngineAssertions.SEPARATE_CONTEXT
@Order(Integer.MAX_VALUE)
@TestPropertySource(properties = "leadflow.imports.worker-enabled=false")
class ImportChunkClaimTests {

    @Autowired
    ImportChunks chunks;

    @Autowired
    JdbcClient jdbc;

    @Test
    void aChunkHasOneHolderUntilItsClaimGoesStale() {
        // given a running import with one pending chunk
        String id = UUID.randomUUID().toString();
        jdbc.sql("insert into lead_import (id, file_name, file_hash, header, delimiter, status, total, invalid,"
                        + " processed, created, merged, rejected, created_at) values (?, 'x.csv', 'h', 'email', ',',"
                        + " 'RUNNING', 1, 0, 0, 0, 0, 0, ?)")
                .params(id, Timestamp.from(Instant.now()))
                .update();
        jdbc.sql("insert into lead_import_chunk (import_id, chunk_no, status, attempts) values (?, 0, 'PENDING', 0)")
                .param(id)
                .update();

        // when two workers try to claim it
        ImportChunks.Claim first = chunks.claimNext().orElseThrow();
        boolean secondGotOne = chunks.claimNext().isPresent();

        // then only the first holds it
        assertThat(first.importId()).isEqualTo(id);
        assertThat(secondGotOne).isFalse();

        // when the first worker goes quiet past the stale limit, another takes the chunk over
        jdbc.sql("update lead_import_chunk set claimed_at = ? where import_id = ?")
                .params(Timestamp.from(Instant.now().minus(ImportChunks.STALE).minusSeconds(60)), id)
                .update();
        ImportChunks.Claim takeover = chunks.claimNext().orElseThrow();

        // then the dead worker's late finish is refused and the new holder's counts
        assertThat(takeover.token()).isNotEqualTo(first.token());
        assertThat(chunks.finish(first)).isFalse();
        assertThat(chunks.finish(takeover)).isTrue();
    }
}
