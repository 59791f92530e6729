package io.leadflow.scoring;

import io.leadflow.lead.Lead;
import io.leadflow.lead.Leads;
import java.util.List;
import java.util.Objects;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.task.SimpleAsyncTaskExecutor;
import org.springframework.core.task.TaskExecutor;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Re-scores every lead with the latest fit and qualification rules, in batches, as a background
 * job. A dry run only counts who would change grade or MQL status; a real run applies the new fit
 * and lets leads that now qualify move on to sales.
 */
@Service
public class Rescoring {

    private static final Logger log = LoggerFactory.getLogger(Rescoring.class);
    private static final int BATCH = 200;
    private final Leads leads;
    private final FitScoring fitScoring;
    private final EngagementScoring engagementScoring;
    private final RescoreJobs jobs;
    private final ScoringDecisions decisions;
    private final TaskExecutor executor;
    private final TransactionTemplate transactions;

    Rescoring(
            Leads leads,
            FitScoring fitScoring,
            EngagementScoring engagementScoring,
            RescoreJobs jobs,
            ScoringDecisions decisions,
            TransactionTemplate transactions) {
        this.leads = leads;
        this.fitScoring = fitScoring;
        this.engagementScoring = engagementScoring;
        this.jobs = jobs;
        this.decisions = decisions;
        // rescoring is rare and long: a thread of its own per job, not the request or scheduler pools
        this.executor = new SimpleAsyncTaskExecutor("rescore-");
        this.transactions = transactions;
    }

    /** Starts a job and returns its id; follow it with {@link #job}. */
    public String start(boolean dryRun) {
        decisions.refresh();
        String id = jobs.start(dryRun, leads.countLive());
        executor.execute(() -> run(id, dryRun));
        return id;
    }

    public java.util.Optional<RescoreJob> job(String id) {
        return jobs.find(id);
    }

    private void run(String id, boolean dryRun) {
        int[] counts = new int[4]; // processed, grade changes, newly MQL, no longer MQL
        try {
            String after = "";
            for (List<Lead> batch = leads.batchAfter(after, BATCH);
                    !batch.isEmpty();
                    batch = leads.batchAfter(after, BATCH)) {
                final List<Lead> current = batch;
                transactions.executeWithoutResult(tx -> batchOf(current, dryRun, counts));
                after = batch.get(batch.size() - 1).id().value();
                jobs.progress(id, counts[0], counts[1], counts[2], counts[3]);
            }
            jobs.finish(id, "DONE", null);
        } catch (RuntimeException e) {
            log.error("Rescore job {} failed", id, e);
            jobs.finish(id, "FAILED", e.getMessage());
        }
    }

    private void batchOf(List<Lead> batch, boolean dryRun, int[] counts) {
        for (Lead lead : batch) {
            FitScore fit = fitScoring.score(lead);
            boolean gradeChanged = !Objects.equals(fit.grade(), lead.score().fitGrade());
            EngagementScoring.Verdict before = engagementScoring.verdict(
                    lead.score().fitGrade(), lead.score().engagement());
            EngagementScoring.Verdict after =
                    engagementScoring.verdict(fit.grade(), lead.score().engagement());
            counts[0]++;
            counts[1] += gradeChanged ? 1 : 0;
            counts[2] += !before.mql() && after.mql() ? 1 : 0;
            counts[3] += before.mql() && !after.mql() ? 1 : 0;
            if (!dryRun && gradeChanged) {
                leads.recordFit(lead.id(), fit.grade(), fit.points(), FitScoring.describe(fit));
                engagementScoring.recheck(lead.id());
            }
        }
    }
}
