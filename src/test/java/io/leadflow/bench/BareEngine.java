package io.leadflow.bench;

import java.time.Duration;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.stream.IntStream;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;

/**
 * The bare Camunda figures, on the same engine and database as Leadflow: trivial processes deployed
 * next to the real ones, each operation ending in a wait state like its Leadflow counterpart.
 */
final class BareEngine {

    static final String WAIT = "bench-wait";
    private static final String ASYNC = "bench-async";
    private static final String TASK = "bench-task";
    private final ProcessEngine engine;
    private final JobExecutorSwitch jobs;
    // business keys of started instances that still wait for their message, oldest first
    private final Deque<String> waiting = new ArrayDeque<>();
    private int started;

    BareEngine(ProcessEngine engine, JobExecutorSwitch jobs) {
        this.engine = engine;
        this.jobs = jobs;
        engine.getRepositoryService()
                .createDeployment()
                .name("bench")
                .addModelInstance(WAIT + ".bpmn", waiting())
                .addModelInstance(ASYNC + ".bpmn", async())
                .addModelInstance(TASK + ".bpmn", userTask())
                .deploy();
    }

    /**
     * Runs every operation once on other instances, unmeasured: measured cold, the first figures would
     * be a fraction of the engine's steady rate and flatter Leadflow's ratios.
     */
    void warmUp(int n) {
        startInstances(n);
        correlateMessages(n);
        executeAsyncJobs(n);
        completeTasks(n);
    }

    /** start → receive task: instances started per second. */
    double startInstances(int n) {
        List<String> keys =
                IntStream.range(0, n).mapToObj(i -> "bare-" + ++started).toList();
        double rate =
                Throughput.parallel(n, i -> engine.getRuntimeService().startProcessInstanceByKey(WAIT, keys.get(i)));
        waiting.addAll(keys);
        return rate;
    }

    /**
     * start → receive task behind Leadflow's HTTP stack ({@link BareOverHttp}); instances per second.
     * They never get their message: the correlations use the in-process starts.
     */
    double startInstancesOverHttp(ApiClient api, int n) {
        int first = started;
        started += n;
        return Throughput.parallel(
                n, i -> api.postOk(BareOverHttp.PATH, "{\"businessKey\": \"bare-" + (first + i + 1) + "\"}"));
    }

    /** Starts instances, unmeasured, until at least n wait for a message. */
    void keepWaiting(int n) {
        if (waiting.size() < n) {
            startInstances(n - waiting.size());
        }
    }

    /** Correlates a message by business key into the n instances that have waited longest. */
    double correlateMessages(int n) {
        List<String> keys =
                IntStream.range(0, n).mapToObj(i -> waiting.remove()).toList();
        return Throughput.parallel(n, i -> engine.getRuntimeService()
                .createMessageCorrelation("bench-message")
                .processInstanceBusinessKey(keys.get(i))
                .correlate());
    }

    /** n empty async continuations created with the executor off, then drained by the job executor. */
    double executeAsyncJobs(int n) {
        Throughput.parallel(n, i -> engine.getRuntimeService().startProcessInstanceByKey(ASYNC));
        double rate = Throughput.until(n, jobs::start, () -> jobs.remaining() == 0, Duration.ofMinutes(5));
        jobs.stop();
        return rate;
    }

    /** user task → async continuation: tasks completed per second. */
    double completeTasks(int n) {
        Throughput.parallel(n, i -> engine.getRuntimeService().startProcessInstanceByKey(TASK));
        List<Task> tasks = engine.getTaskService()
                .createTaskQuery()
                .processDefinitionKey(TASK)
                .list();
        double rate = Throughput.parallel(
                tasks.size(), i -> engine.getTaskService().complete(tasks.get(i).getId()));
        // the async jobs the completions left are drained here, so they never count as Leadflow's work
        Throughput.until(tasks.size(), jobs::start, () -> jobs.remaining() == 0, Duration.ofMinutes(5));
        jobs.stop();
        return rate;
    }

    private static BpmnModelInstance waiting() {
        return Bpmn.createExecutableProcess(WAIT)
                .camundaHistoryTimeToLive(1)
                .startEvent()
                .receiveTask()
                .message("bench-message")
                .endEvent()
                .done();
    }

    private static BpmnModelInstance async() {
        return Bpmn.createExecutableProcess(ASYNC)
                .camundaHistoryTimeToLive(1)
                .startEvent()
                .intermediateThrowEvent()
                .camundaAsyncBefore()
                .receiveTask()
                .message("bench-never")
                .endEvent()
                .done();
    }

    private static BpmnModelInstance userTask() {
        return Bpmn.createExecutableProcess(TASK)
                .camundaHistoryTimeToLive(1)
                .startEvent()
                .userTask()
                .intermediateThrowEvent()
                .camundaAsyncBefore()
                .endEvent()
                .done();
    }
}
