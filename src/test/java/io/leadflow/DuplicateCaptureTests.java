package io.leadflow;

import static io.leadflow.Driver.fittingLead;
import static io.leadflow.Driver.uniqueEmail;
import static org.assertj.core.api.Assertions.assertThat;

import io.leadflow.lead.CapturedLead;
import io.leadflow.lead.LeadCapture;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/** The same email submitted at once from many threads: one lead, one lifecycle. */
@LeadflowTest
class DuplicateCaptureTests {

    private static final int THREADS = 8;

    @Autowired
    LeadCapture capture;

    @Autowired
    JdbcClient jdbc;

    @Test
    void concurrentSubmitsOfOneEmailCreateOneLeadAndOneProcess() throws Exception {
        // given
        String email = uniqueEmail("race");
        CyclicBarrier start = new CyclicBarrier(THREADS);
        Callable<CapturedLead> submit = () -> {
            start.await();
            return capture.capture(fittingLead(email, "webinar"));
        };

        // when
        ExecutorService pool = Executors.newFixedThreadPool(THREADS);
        List<Future<CapturedLead>> results =
                pool.invokeAll(IntStream.range(0, THREADS).mapToObj(i -> submit).toList());
        pool.shutdown();

        // then
        List<CapturedLead> captured =
                results.stream().map(DuplicateCaptureTests::get).toList();
        assertThat(captured)
                .extracting(CapturedLead::id)
                .containsOnly(captured.get(0).id());
        assertThat(captured).filteredOn(CapturedLead::created).hasSize(1);
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

    private static CapturedLead get(Future<CapturedLead> future) {
        try {
            return future.get();
        } catch (Exception e) {
            throw new AssertionError("a concurrent capture failed", e);
        }
    }
}
