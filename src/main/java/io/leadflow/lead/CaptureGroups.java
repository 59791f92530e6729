package io.leadflow.lead;

import java.util.ArrayList;
import java.util.List;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Semaphore;
import java.util.function.Function;

/**
 * Group commit for single captures. A submission waits while another group is being written; the
 * next writer takes every waiting submission into one transaction (one lookup, one insert statement,
 * one engine command, one commit) and answers each. Under load most of a capture's cost, the
 * transaction and the engine command around the rows, is shared; alone, a submission is written at
 * once. Each answer (what the write returns for that form) still comes only after the commit.
 */
final class CaptureGroups<R> {

    static final int MAX_GROUP = 100;

    private final Queue<Submission<R>> waiting = new ConcurrentLinkedQueue<>();
    private final Semaphore writers;
    private final Function<List<LeadForm>, List<R>> write;

    /**
     * write: captures the forms in one transaction, answering in list order; writers: how many groups
     * may be written at once (more than one keeps a node busy while a group waits on the database).
     */
    CaptureGroups(Function<List<LeadForm>, List<R>> write, int writers) {
        this.write = write;
        this.writers = new Semaphore(Math.max(1, writers));
    }

    R capture(LeadForm form) {
        Submission<R> mine = new Submission<>(form);
        waiting.add(mine);
        while (!mine.taken) {
            writers.acquireUninterruptibly();
            try {
                if (!mine.taken) {
                    writeGroup(nextGroup());
                }
            } finally {
                writers.release();
            }
        }
        return mine.result();
    }

    private List<Submission<R>> nextGroup() {
        List<Submission<R>> group = new ArrayList<>();
        for (Submission<R> next; group.size() < MAX_GROUP && (next = waiting.poll()) != null; ) {
            next.taken = true;
            group.add(next);
        }
        return group;
    }

    private void writeGroup(List<Submission<R>> group) {
        if (group.isEmpty()) {
            return;
        }
        try {
            List<R> answers = write.apply(group.stream().map(Submission::form).toList());
            for (int i = 0; i < group.size(); i++) {
                group.get(i).answer = answers.get(i);
            }
        } catch (RuntimeException groupFailed) {
            if (group.size() == 1) {
                group.get(0).failure = groupFailed;
                return;
            }
            // one bad submission must not fail the others: each is written alone and answered for itself
            group.forEach(submission -> writeGroup(List.of(submission)));
        } finally {
            // after an Error nobody else would answer these, and their owners would wait forever
            group.stream()
                    .filter(submission -> !submission.answered())
                    .forEach(submission -> submission.failure = new IllegalStateException("capture was not written"));
            group.forEach(submission -> submission.done.countDown());
        }
    }

    private static final class Submission<R> {
        private final LeadForm form;
        private final CountDownLatch done = new CountDownLatch(1);
        private volatile boolean taken;
        private R answer;
        private RuntimeException failure;

        Submission(LeadForm form) {
            this.form = form;
        }

        LeadForm form() {
            return form;
        }

        boolean answered() {
            return answer != null || failure != null;
        }

        /** Waits for the writer that took this submission; its answer is visible after the latch. */
        R result() {
            awaitUninterruptibly(done);
            if (failure != null) {
                throw failure;
            }
            return answer;
        }

        private static void awaitUninterruptibly(CountDownLatch latch) {
            boolean interrupted = false;
            while (true) {
                try {
                    latch.await();
                    break;
                } catch (InterruptedException e) {
                    interrupted = true;
                }
            }
            if (interrupted) {
                Thread.currentThread().interrupt();
            }
        }
    }
}
