package io.leadflow.lead;

import static java.util.stream.Collectors.toSet;

import java.time.Clock;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Captures leads. The normalised email is the identity: a repeat submission merges. The lead row
 * and its lifecycle process start in one transaction, so there is never a lead without a process.
 */
@Service
public class LeadCapture {

    private static final int CONCURRENT_CAPTURE_ATTEMPTS = 3;

    private final LeadProfiles profiles;
    private final LeadBulk bulk;
    private final NewLeads newLeads;
    private final LeadTimeline timeline;
    private final TransactionTemplate transactions;
    private final Clock clock;
    private final boolean doubleOptIn;
    private final CaptureGroups<SubmittedLead> groups;

    LeadCapture(
            LeadProfiles profiles,
            LeadBulk bulk,
            NewLeads newLeads,
            LeadTimeline timeline,
            TransactionTemplate transactions,
            Clock clock,
            @Value("${leadflow.consent.double-opt-in:false}") boolean doubleOptIn,
            @Value("${leadflow.capture.group-writers:1}") int groupWriters) {
        this.profiles = profiles;
        this.bulk = bulk;
        this.newLeads = newLeads;
        this.timeline = timeline;
        this.transactions = transactions;
        this.clock = clock;
        this.doubleOptIn = doubleOptIn;
        this.groups = new CaptureGroups<>(this::captureAndRead, groupWriters);
    }

    /**
     * Captures one submission; concurrent submissions share a transaction (see CaptureGroups). Inside a
     * caller's transaction it is written alone: the caller decides when that commits, and other
     * requests' leads must not wait for, or roll back with, it.
     */
    public SubmittedLead capture(LeadForm form) {
        return TransactionSynchronizationManager.isActualTransactionActive()
                ? captureAndRead(List.of(form)).get(0)
                : groups.capture(form);
    }

    /** Captures a batch in one transaction: all of it or, on an error, none of it. Answers in list order. */
    public List<CapturedLead> captureBatch(List<LeadForm> forms) {
        return inTransaction(() -> captureAll(forms));
    }

    /**
     * As captureBatch, answering with the stored leads: the created ones as they were written, the
     * merged ones (a known email, or a repeat within the forms) read back in the same transaction.
     */
    private List<SubmittedLead> captureAndRead(List<LeadForm> forms) {
        return inTransaction(() -> {
            Captured captured = capture(forms);
            Map<LeadId, Lead> stored = new HashMap<>();
            captured.created().forEach(lead -> stored.put(lead.id(), lead));
            Set<LeadId> merged = captured.answers().stream()
                    .filter(answer -> !answer.created())
                    .map(CapturedLead::id)
                    .collect(toSet());
            bulk.find(merged).forEach(lead -> stored.put(lead.id(), lead));
            return captured.answers().stream()
                    .map(answer -> new SubmittedLead(
                            Optional.ofNullable(stored.get(answer.id()))
                                    .orElseThrow(() -> new LeadNotFoundException(answer.id())),
                            answer.created()))
                    .toList();
        });
    }

    private <T> T inTransaction(Supplier<T> work) {
        for (int attempt = 1; ; attempt++) {
            try {
                return transactions.execute(tx -> work.get());
            } catch (DuplicateKeyException concurrentCapture) {
                // another request created one of these emails meanwhile: the next attempt merges into it
                if (attempt == CONCURRENT_CAPTURE_ATTEMPTS) {
                    throw concurrentCapture;
                }
            }
        }
    }

    /**
     * Captures many submissions in the caller's transaction, set-based: one lookup of the known emails,
     * one batch of new leads; known emails (and repeats within the list) merge. Answers in list order.
     */
    @Transactional(propagation = Propagation.MANDATORY)
    List<CapturedLead> captureAll(List<LeadForm> forms) {
        return capture(forms).answers();
    }

    /** What capture did: each form's answer in list order, and the leads it created as stored. */
    private record Captured(List<CapturedLead> answers, List<Lead> created) {}

    private Captured capture(List<LeadForm> forms) {
        Map<String, LeadId> known = bulk.idsByEmail(
                forms.stream().map(LeadForm::normalisedEmail).distinct().toList());
        Map<String, NewLead> created = new LinkedHashMap<>();
        forms.stream()
                .filter(form -> !known.containsKey(form.normalisedEmail()))
                .forEach(form -> created.putIfAbsent(form.normalisedEmail(), NewLead.of(form)));
        List<Lead> stored = newLeads.create(List.copyOf(created.values()));
        List<CapturedLead> captured = new ArrayList<>();
        for (LeadForm form : forms) {
            NewLead fresh = created.get(form.normalisedEmail());
            if (fresh != null && fresh.form() == form) {
                captured.add(new CapturedLead(fresh.id(), true));
            } else {
                LeadId id = fresh != null ? fresh.id() : known.get(form.normalisedEmail());
                captured.add(merge(id, form));
            }
        }
        return new Captured(captured, stored);
    }

    private CapturedLead merge(LeadId id, LeadForm form) {
        profiles.merge(id, form, clock.instant(), doubleOptIn);
        timeline.record(
                id, "LEAD_RESUBMITTED", "Submitted again" + (form.source() == null ? "" : " via " + form.source()));
        return new CapturedLead(id, false);
    }
}
