package io.leadflow.lead;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Chunks of a running import. A worker on any node claims one with a conditional update (only one
 * wins); a claim older than the stale limit belongs to a dead worker and may be taken over. The
 * chunk's rows, leads and counters commit together with DONE, so a chunk is never counted twice.
 */
@Repository
class ImportChunks {

    /** A chunk this worker holds: the token proves the claim when it is finished. */
    record Claim(String importId, int chunk, String token, int attempts) {}

    static final Duration STALE = Duration.ofMinutes(5);
    private final JdbcClient jdbc;
    private final Clock clock;

    ImportChunks(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    Optional<Claim> claimNext() {
        Timestamp now = Timestamp.from(clock.instant());
        Timestamp staleBefore = Timestamp.from(clock.instant().minus(STALE));
        List<Claim> candidates = jdbc.sql("select import_id, chunk_no, attempts from lead_import_chunk"
                        + " where status = 'PENDING' or (status = 'CLAIMED' and claimed_at < ?)"
                        + " order by import_id, chunk_no limit 8")
                .param(staleBefore)
                .query((rs, n) -> new Claim(rs.getString(1), rs.getInt(2), null, rs.getInt(3)))
                .list();
        for (Claim candidate : candidates) {
            String token = UUID.randomUUID().toString();
            int won = jdbc.sql("update lead_import_chunk set status = 'CLAIMED', claim_token = ?, claimed_at = ?"
                            + " where import_id = ? and chunk_no = ?"
                            + " and (status = 'PENDING' or (status = 'CLAIMED' and claimed_at < ?))")
                    .params(token, now, candidate.importId(), candidate.chunk(), staleBefore)
                    .update();
            if (won == 1) {
                return Optional.of(new Claim(candidate.importId(), candidate.chunk(), token, candidate.attempts()));
            }
        }
        return Optional.empty();
    }

    /** Marks the chunk done in the processing transaction; false when the claim was lost meanwhile. */
    boolean finish(Claim claim) {
        return jdbc.sql("update lead_import_chunk set status = 'DONE' where import_id = ? and chunk_no = ?"
                                + " and status = 'CLAIMED' and claim_token = ?")
                        .params(claim.importId(), claim.chunk(), claim.token())
                        .update()
                == 1;
    }

    /** The processing transaction failed: free the chunk for another try. */
    void release(Claim claim) {
        jdbc.sql("update lead_import_chunk set status = 'PENDING', attempts = attempts + 1, claim_token = null"
                        + " where import_id = ? and chunk_no = ? and claim_token = ?")
                .params(claim.importId(), claim.chunk(), claim.token())
                .update();
    }

    void count(String importId, int created, int merged, int rejected) {
        jdbc.sql("update lead_import set processed = processed + ?, created = created + ?, merged = merged + ?,"
                        + " rejected = rejected + ? where id = ?")
                .params(created + merged + rejected, created, merged, rejected, importId)
                .update();
        jdbc.sql("update lead_import set status = 'DONE', finished_at = ? where id = ? and processed >= total"
                        + " and status = 'RUNNING'")
                .params(Timestamp.from(clock.instant()), importId)
                .update();
    }
}
