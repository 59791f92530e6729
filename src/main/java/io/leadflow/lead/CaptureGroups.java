package io.leadflow.lead;

import java.util.ArrayList;
import java.util.List;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Function;

/**
 * Group commit for single captures. A submission waits while another group is being written; the
 * next writer takes every waiting submission into one transaction (one lookup, one insert batch,
 * one engine command, one commit) and answers each. Under load most of a capture's cost, the
 * transaction and the engine command around the rows, is shared; alone, a submission is written at
 * once. The answer still comes only after the commit.
 */
final class CaptureGroups {

    static final int MAX_GROUP = 100;

    private final Queue<Submission> waiting = new ConcurrentLinkedQueue<>();
    private final ReentrantLock writer = new ReentrantLock();
    private final Function<List<LeadForm>, List<CapturedLead>> write;

    /** write: captures the forms in one transaction, answering in list order. */
    CaptureGroups(Function<List<LeadForm>, List<CapturedLead>> write) {
        this.write = write;
    }

    CapturedLead capture(LeadForm form) {
        Submission mine = new Submission(form);
        waiting.add(mine);
        writer.lock();
        try {
            // an earlier writer may have taken this submission along; the lock orders its answer before us
            while (!mine.answered()) {
                writeGroup(nextGroup());
            }
        } finally {
            writer.unlock();
        }
        return mine.result();
    }

    private List<Submission> nextGroup() {
        List<Submission> group = new ArrayList<>();
        for (Submission next; group.size() < MAX_GROUP && (next = waiting.poll()) != null; ) {
            group.add(next);
        }
        return group;
    }

    private void writeGroup(List<Submission> group) {
        try {
            List<CapturedLead> captured =
                    write.apply(group.stream().map(Submission::form).toList());
            for (int i = 0; i < group.size(); i++) {
                group.get(i).captured = captured.get(i);
            }
        } catch (RuntimeException groupFailed) {
            if (group.size() == 1) {
                group.get(0).failure = groupFailed;
                return;
            }
            // one bad submission must not fail the others: each is written alone and answered for itself
            group.forEach(submission -> writeGroup(List.of(submission)));
        } finally {
            // after an Error nobody would answer these, and their owners would wait on an empty queue
            group.stream()
                    .filter(submission -> !submission.answered())
                    .forEach(submission -> submission.failure = new IllegalStateException("capture was not written"));
        }
    }

    private static final class Submission {
        private final LeadForm form;
        private CapturedLead captured;
        private RuntimeException failure;

        Submission(LeadForm form) {
            this.form = form;
        }

        LeadForm form() {
            return form;
        }

        boolean answered() {
            return captured != null || failure != null;
        }

        CapturedLead result() {
            if (failure != null) {
                throw failure;
            }
            return captured;
        }
    }
}
