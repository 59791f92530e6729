package io.leadflow;

import static io.leadflow.Driver.fittingLead;
import static io.leadflow.Driver.uniqueEmail;
import static org.assertj.core.api.Assertions.assertThat;

import io.leadflow.lead.LeadCapture;
import io.leadflow.lead.SubmittedLead;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.jdbc.core.simple.JdbcClient;

/** The same email submitted at once from many threads or requests: one lead, one lifecycle. */
@LeadflowTest
class DuplicateCaptureTests {

    private static final int THREADS = 8;

    @Autowired
    LeadCapture capture;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    TestRestTemplate http;

    @Test
    void concurrentSubmitsOfOneEmailCreateOneLeadAndOneProcess() throws Exception {
        // given
        String email = uniqueEmail("race");
        CyclicBarrier start = new CyclicBarrier(THREADS);
        Callable<SubmittedLead> submit = () -> {
            start.await();
            return capture.capture(fittingLead(email, "webinar"));
        };

        // when
        ExecutorService pool = Executors.newFixedThreadPool(THREADS);
        List<Future<SubmittedLead>> results =
                pool.invokeAll(IntStream.range(0, THREADS).mapToObj(i -> submit).toList());
        pool.shutdown();

        // then
        List<SubmittedLead> captured =
                results.stream().map(DuplicateCaptureTests::get).toList();
        assertThat(captured)
                .extracting(SubmittedLead::id)
                .containsOnly(captured.get(0).id());
        assertThat(captured).filteredOn(SubmittedLead::created).hasSize(1);
        assertThat(jdbc.sql("select count(*) from lead where email = ?")
                        .param(email)
                        .query(Long.class)
                        .single())
                .isEqualTo(1);
        assertThat(jdbc.sql("select count(*) from ACT_RU_EXECUTION where BUSINESS_KEY_ = ? and PARENT_ID_ is null"
                                + " and PROC_DEF_ID_ like 'LeadLifecycle:%'")
                        .param(captured.get(0).id().value())
                        .query(Long.class)
                        .single())
                .isEqualTo(1);
    }

    @Test
    void concurrentRequestsForTheSamePeopleCreateEachLeadOnce() throws Exception {
        // given 20 people, each submitted by 4 clients at once in a different order
        List<String> emails =
                IntStream.range(0, 20).mapToObj(i -> uniqueEmail("burst" + i)).toList();
        CyclicBarrier start = new CyclicBarrier(4);
        Callable<List<Integer>> client = () -> {
            List<String> mine = new java.util.ArrayList<>(emails);
            java.util.Collections.shuffle(mine);
            start.await();
            return mine.stream().map(this::post).toList();
        };

        // when
        ExecutorService pool = Executors.newFixedThreadPool(4);
        List<Future<List<Integer>>> results =
                pool.invokeAll(IntStream.range(0, 4).mapToObj(i -> client).toList());
        pool.shutdown();

        // then every person is one lead with one lifecycle, created once and merged three times
        List<Integer> statuses =
                results.stream().flatMap(result -> get(result).stream()).toList();
        assertThat(statuses).filteredOn(status -> status == 201).hasSize(20);
        assertThat(statuses).filteredOn(status -> status == 200).hasSize(60);
        for (String email : emails) {
            assertThat(jdbc.sql("select count(*) from lead l join ACT_RU_EXECUTION e on e.BUSINESS_KEY_ = l.id"
                                    + " and e.PARENT_ID_ is null where l.email = ?")
                            .param(email)
                            .query(Long.class)
                            .single())
                    .as(email)
                    .isEqualTo(1);
        }
    }

    private int post(String email) {
        return http.postForEntity(
                        "/api/leads",
                        new HttpEntity<>(
                                "{\"email\": \"%s\", \"source\": \"burst\"}".formatted(email), Driver.apiKey()),
                        String.class)
                .getStatusCode()
                .value();
    }

    private static <T> T get(Future<T> future) {
        try {
            return future.get();
        } catch (Exception e) {
            throw new AssertionError("a concurrent capture failed", e);
        }
    }
}
