package io.leadflow.lead;

import static java.util.concurrent.TimeUnit.SECONDS;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Function;
import java.util.stream.IntStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Group commit of single captures: waiting submissions share the next transaction, each gets its own answer. */
class CaptureGroupsTests {

    private final List<List<String>> transactions = new CopyOnWriteArrayList<>();
    private final CountDownLatch firstWriting = new CountDownLatch(1);
    private final CountDownLatch releaseFirst = new CountDownLatch(1);
    private final ExecutorService requests = Executors.newFixedThreadPool(4);

    @AfterEach
    void stopRequests() {
        requests.shutdownNow();
    }

    @Test
    void submissionsArrivingDuringAWriteShareTheNextTransaction() throws Exception {
        // given a first capture whose transaction is held open
        CaptureGroups<CapturedLead> groups = holdingTheFirstWrite(this::write);
        Future<CapturedLead> first = firstCaptureHeldOpen(groups);

        // when three more arrive meanwhile
        List<Future<CapturedLead>> later = IntStream.range(0, 3)
                .mapToObj(i -> requests.submit(() -> groups.capture(form("later-" + i))))
                .toList();
        Thread.sleep(200);
        releaseFirst.countDown();

        // then the three are written together, and each request gets its own lead
        assertThat(first.get(5, SECONDS).id().value()).isEqualTo("id-first@example.com");
        for (int i = 0; i < 3; i++) {
            assertThat(later.get(i).get(5, SECONDS).id().value()).isEqualTo("id-later-" + i + "@example.com");
        }
        assertThat(transactions).hasSize(2);
        assertThat(transactions.get(1))
                .containsExactlyInAnyOrder("later-0@example.com", "later-1@example.com", "later-2@example.com");
    }

    @Test
    void aFailingSubmissionFailsOnlyItself() throws Exception {
        // given a database that refuses one address, which arrives in a group with a good one
        CaptureGroups<CapturedLead> groups = holdingTheFirstWrite(forms -> {
            if (forms.stream().anyMatch(form -> form.email().startsWith("bad"))) {
                throw new IllegalArgumentException("refused by the database");
            }
            return write(forms);
        });
        firstCaptureHeldOpen(groups);
        Future<CapturedLead> good = requests.submit(() -> groups.capture(form("good")));
        Future<CapturedLead> bad = requests.submit(() -> groups.capture(form("bad")));
        Thread.sleep(200);

        // when the group is written
        releaseFirst.countDown();

        // then the good one is captured on its own and only the bad one sees the error
        assertThat(good.get(5, SECONDS).created()).isTrue();
        assertThatThrownBy(() -> bad.get(5, SECONDS)).hasRootCauseMessage("refused by the database");
        assertThat(transactions).contains(List.of("good@example.com"));
    }

    @Test
    void aSecondWriterDoesNotWaitForTheFirst() throws Exception {
        // given two writers, the first holding its transaction open
        CaptureGroups<CapturedLead> groups = holdingTheFirstWrite(this::write, 2);
        Future<CapturedLead> first = firstCaptureHeldOpen(groups);

        // when another capture arrives
        Future<CapturedLead> second = requests.submit(() -> groups.capture(form("second")));

        // then it is written and answered while the first still waits on its database
        assertThat(second.get(5, SECONDS).id().value()).isEqualTo("id-second@example.com");
        assertThat(first).isNotDone();
        releaseFirst.countDown();
        assertThat(first.get(5, SECONDS).created()).isTrue();
    }

    private CaptureGroups<CapturedLead> holdingTheFirstWrite(Function<List<LeadForm>, List<CapturedLead>> write) {
        return holdingTheFirstWrite(write, 1);
    }

    /** Groups whose first transaction stays open until releaseFirst: what arrives meanwhile waits. */
    private CaptureGroups<CapturedLead> holdingTheFirstWrite(
            Function<List<LeadForm>, List<CapturedLead>> write, int writers) {
        return new CaptureGroups<>(
                forms -> {
                    if (firstWriting.getCount() > 0) {
                        firstWriting.countDown();
                        await(releaseFirst);
                    }
                    return write.apply(forms);
                },
                writers);
    }

    private Future<CapturedLead> firstCaptureHeldOpen(CaptureGroups<CapturedLead> groups) throws InterruptedException {
        Future<CapturedLead> first = requests.submit(() -> groups.capture(form("first")));
        assertThat(firstWriting.await(5, SECONDS)).isTrue();
        return first;
    }

    private List<CapturedLead> write(List<LeadForm> forms) {
        transactions.add(forms.stream().map(LeadForm::email).toList());
        return forms.stream()
                .map(form -> new CapturedLead(new LeadId("id-" + form.email()), true))
                .toList();
    }

    private static LeadForm form(String name) {
        return new LeadForm(
                name + "@example.com", null, null, null, null, null, null, null, null, null, null, null, null);
    }

    private static void await(CountDownLatch latch) {
        try {
            latch.await(5, SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
