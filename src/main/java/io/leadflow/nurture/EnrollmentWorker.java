package io.leadflow.nurture;

import io.leadflow.lead.LeadId;
import jakarta.annotation.PreDestroy;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicBoolean;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/** Works through bulk enrollment jobs, 100 leads per transaction; any node, resumes after a restart. */
@Component
class EnrollmentWorker {

    private static final Logger log = LoggerFactory.getLogger(EnrollmentWorker.class);
    static final int CHUNK = 100;
    private final EnrollmentJobs jobs;
    private final Enrollments enrollments;
    private final TransactionTemplate transactions;
    private final ExecutorService thread = Executors.newSingleThreadExecutor(runnable -> {
        Thread worker = new Thread(runnable, "bulk-enrollment");
        worker.setDaemon(true);
        return worker;
    });
    private final AtomicBoolean busy = new AtomicBoolean();

    EnrollmentWorker(EnrollmentJobs jobs, Enrollments enrollments, PlatformTransactionManager transactionManager) {
        this.jobs = jobs;
        this.enrollments = enrollments;
        this.transactions = new TransactionTemplate(transactionManager);
    }

    @Scheduled(fixedDelayString = "${leadflow.enrollments.poll-interval:PT2S}")
    void wake() {
        if (busy.compareAndSet(false, true)) {
            thread.execute(() -> {
                try {
                    for (Optional<String[]> job = jobs.claim(); job.isPresent(); job = jobs.claim()) {
                        run(job.get()[0], job.get()[1]);
                    }
                } catch (RuntimeException failed) {
                    log.warn("Bulk enrollment interrupted, resumes on the next poll: {}", failed.toString());
                } finally {
                    busy.set(false);
                }
            });
        }
    }

    private void run(String id, String token) {
        boolean more = true;
        while (more) {
            more = Boolean.TRUE.equals(transactions.execute(tx -> {
                EnrollmentJob job = jobs.find(id).orElseThrow();
                if (!"RUNNING".equals(job.status()) || !jobs.renew(id, token)) {
                    return false;
                }
                List<LeadId> chunk = jobs.next(id, job.processed(), CHUNK);
                int[] outcomes = new int[4];
                chunk.forEach(lead -> outcomes[
                        enrollments
                                .enroll(lead, job.sequence(), "bulk enrollment")
                                .ordinal()]++);
                jobs.count(id, outcomes);
                return !chunk.isEmpty();
            }));
        }
    }

    @PreDestroy
    void stop() {
        thread.shutdownNow();
    }
}
