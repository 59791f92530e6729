package io.leadflow.lead;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/** Group commit of single captures: waiting submissions share the next transaction, each gets its own answer. */
class CaptureGroupsTests {

    private final List<List<String>> transactions = new CopyOnWriteArrayList<>();

    @Test
    void submissionsArrivingDuringAWriteShareTheNextTransaction() throws Exception {
        // given a first capture whose transaction is held open
        CountDownLatch firstWriting = new CountDownLatch(1);
        CountDownLatch releaseFirst = new CountDownLatch(1);
        CaptureGroups groups = new CaptureGroups(forms -> {
            if (transactions.isEmpty()) {
                firstWriting.countDown();
                await(releaseFirst);
            }
            return write(forms);
        });
        ExecutorService requests = Executors.newFixedThreadPool(4);
        Future<CapturedLead> first = requests.submit(() -> groups.capture(form("first")));
        assertThat(firstWriting.await(5, TimeUnit.SECONDS)).isTrue();

        // when three more arrive meanwhile
        List<Future<CapturedLead>> later = IntStream.range(0, 3)
                .mapToObj(i -> requests.submit(() -> groups.capture(form("later-" + i))))
                .toList();
        Thread.sleep(200);
        releaseFirst.countDown();

        // then the three are written together, and each request gets its own lead
        assertThat(first.get(5, TimeUnit.SECONDS).id().value()).isEqualTo("id-first@example.com");
        for (int i = 0; i < 3; i++) {
            assertThat(later.get(i).get(5, TimeUnit.SECONDS).id().value()).isEqualTo("id-later-" + i + "@example.com");
        }
        assertThat(transactions).hasSize(2);
        assertThat(transactions.get(1))
                .containsExactlyInAnyOrder("later-0@example.com", "later-1@example.com", "later-2@example.com");
        requests.shutdown();
    }

    @Test
    void aFailingSubmissionFailsOnlyItself() throws Exception {
        // given a writer that refuses one address, and a group that contains it
        CountDownLatch firstWriting = new CountDownLatch(1);
        CountDownLatch releaseFirst = new CountDownLatch(1);
        CaptureGroups groups = new CaptureGroups(forms -> {
            if (transactions.isEmpty()) {
                firstWriting.countDown();
                await(releaseFirst);
            }
            if (forms.stream().anyMatch(form -> form.email().startsWith("bad"))) {
                transactions.add(List.of("rolled back"));
                throw new IllegalArgumentException("refused by the database");
            }
            return write(forms);
        });
        ExecutorService requests = Executors.newFixedThreadPool(4);
        requests.submit(() -> groups.capture(form("first")));
        assertThat(firstWriting.await(5, TimeUnit.SECONDS)).isTrue();
        Future<CapturedLead> good = requests.submit(() -> groups.capture(form("good")));
        Future<CapturedLead> bad = requests.submit(() -> groups.capture(form("bad")));
        Thread.sleep(200);

        // when the group is written
        releaseFirst.countDown();

        // then the good one is captured on its own and only the bad one sees the error
        assertThat(good.get(5, TimeUnit.SECONDS).created()).isTrue();
        assertThatThrownBy(() -> bad.get(5, TimeUnit.SECONDS)).hasRootCauseMessage("refused by the database");
        assertThat(transactions).contains(List.of("good@example.com"));
        requests.shutdown();
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
            latch.await(5, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
