package io.leadflow.bench;

import org.camunda.bpm.engine.RuntimeService;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/**
 * The bare start behind Leadflow's HTTP stack, for the benchmark only: the same Tomcat, filters, API
 * key and JSON in and out as a capture, then one start of the bare waiting process and nothing of
 * Leadflow's. Capture against it shows Leadflow's own share apart from what any HTTP API costs. A
 * test configuration, so only the benchmarks that import it have the endpoint.
 */
@TestConfiguration(proxyBeanMethods = false)
@RestController
class BareOverHttp {

    static final String PATH = "/api/bench/bare-start";

    private final RuntimeService runtime;

    BareOverHttp(RuntimeService runtime) {
        this.runtime = runtime;
    }

    record Start(String businessKey) {}

    record Started(String id, String businessKey) {}

    @PostMapping(PATH)
    @ResponseStatus(HttpStatus.CREATED)
    Started start(@RequestBody Start start) {
        String id = runtime.startProcessInstanceByKey(BareEngine.WAIT, start.businessKey())
                .getId();
        return new Started(id, start.businessKey());
    }
}
