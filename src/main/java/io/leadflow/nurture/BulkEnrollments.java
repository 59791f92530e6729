package io.leadflow.nurture;

import io.leadflow.lead.LeadId;
import io.leadflow.lead.Leads;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Sends many leads into a sequence: a small selection at once, a large one ("all N matching") as a
 * background job with progress. The preview says what will happen before the marketer confirms.
 */
@Service
public class BulkEnrollments {

    /** Up to this many leads are enrolled within the request; more run as a job. */
    public static final int AT_ONCE = 100;
    /** The most leads one bulk enrollment selects. */
    public static final int MAX_SELECTION = 200_000;

    private final Leads leads;
    private final Enrollments enrollments;
    private final EnrollmentPreviewer previewer;
    private final EnrollmentJobs jobs;
    private final EnrollmentWorker worker;

    BulkEnrollments(
            Leads leads,
            Enrollments enrollments,
            EnrollmentPreviewer previewer,
            EnrollmentJobs jobs,
            EnrollmentWorker worker) {
        this.leads = leads;
        this.enrollments = enrollments;
        this.previewer = previewer;
        this.jobs = jobs;
        this.worker = worker;
    }

    public List<LeadId> select(EnrollmentRequest request) {
        return request.leadIds() != null && !request.leadIds().isEmpty()
                ? request.leadIds().stream().distinct().map(LeadId::new).toList()
                : leads.idsMatching(request.filter().toLeadFilter(), MAX_SELECTION);
    }

    public EnrollmentPreview preview(EnrollmentRequest request) {
        return previewer.preview(request.sequence(), select(request));
    }

    /** Enrolls a small selection now. */
    public EnrollmentResult enrollNow(String sequence, List<LeadId> selection, String by) {
        Map<String, Integer> skipped = new LinkedHashMap<>();
        int enrolled = 0;
        for (LeadId id : selection) {
            Enrollments.Outcome outcome = enrollments.enroll(id, sequence, by);
            if (outcome == Enrollments.Outcome.ENROLLED) {
                enrolled++;
            } else {
                skipped.merge(outcome.name(), 1, Integer::sum);
            }
        }
        return new EnrollmentResult(sequence, enrolled, selection.size() - enrolled, skipped);
    }

    /** Queues a large selection; the worker starts on it right after commit. */
    @Transactional
    public EnrollmentJob startJob(String sequence, List<LeadId> selection, String by) {
        String id = jobs.create(sequence, selection, by);
        TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
            @Override
            public void afterCommit() {
                worker.wake();
            }
        });
        return jobs.find(id).orElseThrow();
    }

    public Optional<EnrollmentJob> job(String id) {
        return jobs.find(id);
    }
}
