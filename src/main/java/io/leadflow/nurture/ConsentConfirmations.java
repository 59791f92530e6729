package io.leadflow.nurture;

import io.leadflow.lead.ConsentRequested;
import io.leadflow.lead.Lead;
import io.leadflow.lead.Leads;
import org.springframework.context.event.EventListener;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/**
 * Double opt-in (leadflow.consent.double-opt-in): a new lead's consent waits for a click on the
 * signed link in a confirmation email; until then it gets no marketing email.
 */
@Controller
class ConsentConfirmations {

    static final String TEMPLATE = "confirm-subscription";
    static final String PURPOSE = "confirm";
    private final Leads leads;
    private final EmailRenderer renderer;
    private final Outbox outbox;
    private final LinkSigner signer;

    ConsentConfirmations(Leads leads, EmailRenderer renderer, Outbox outbox, LinkSigner signer) {
        this.leads = leads;
        this.renderer = renderer;
        this.outbox = outbox;
        this.signer = signer;
    }

    @EventListener
    void on(ConsentRequested requested) {
        Lead lead = leads.require(requested.leadId());
        outbox.add(
                "confirm:" + lead.id().value(),
                lead.id(),
                lead.email(),
                renderer.renderConfirmation(lead),
                Outbox.Kind.TRANSACTIONAL);
    }

    @GetMapping(value = "/confirm/{token}", produces = MediaType.TEXT_HTML_VALUE)
    ResponseEntity<String> confirm(@PathVariable String token) {
        return signer.verify(PURPOSE, token)
                .map(leadId -> {
                    leads.confirmMarketingConsent(leadId);
                    return page(HttpStatus.OK, "Thank you", "You will now receive our emails.");
                })
                .orElseGet(() -> page(HttpStatus.NOT_FOUND, "Link not valid", "This link is not valid."));
    }

    private static ResponseEntity<String> page(HttpStatus status, String title, String text) {
        return ResponseEntity.status(status)
                .contentType(MediaType.TEXT_HTML)
                .body("<!doctype html><html lang=\"en\">"
                        + "<head><meta charset=\"utf-8\"><title>" + title + "</title></head><body style=\"font-family:"
                        + "sans-serif;max-width:32rem;margin:4rem auto\"><h1>" + title + "</h1><p>" + text
                        + "</p></body></html>");
    }
}
