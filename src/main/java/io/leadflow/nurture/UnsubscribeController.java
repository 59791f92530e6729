package io.leadflow.nurture;

import io.leadflow.lead.LeadId;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.util.HtmlUtils;

/**
 * Public, signed unsubscribe links: GET shows a confirmation page, POST unsubscribes (the page's
 * button and RFC 8058 one-click from mail clients). A forged token answers 404 and changes nothing.
 */
@RestController
class UnsubscribeController {

    private final LinkSigner signer;
    private final Unsubscriptions unsubscriptions;

    UnsubscribeController(LinkSigner signer, Unsubscriptions unsubscriptions) {
        this.signer = signer;
        this.unsubscriptions = unsubscriptions;
    }

    @GetMapping(value = "/unsubscribe/{token}", produces = MediaType.TEXT_HTML_VALUE)
    ResponseEntity<String> confirm(@PathVariable String token) {
        if (signer.verify(Unsubscriptions.PURPOSE, token).isEmpty()) {
            return notFound();
        }
        return page(
                "Unsubscribe",
                "<p>Stop all marketing email from us?</p><form method=\"post\" action=\"/unsubscribe/"
                        + HtmlUtils.htmlEscape(token) + "\"><button type=\"submit\">Unsubscribe</button></form>");
    }

    @PostMapping(value = "/unsubscribe/{token}", produces = MediaType.TEXT_HTML_VALUE)
    ResponseEntity<String> unsubscribe(@PathVariable String token) {
        return signer.verify(Unsubscriptions.PURPOSE, token)
                .map(this::unsubscribe)
                .orElseGet(UnsubscribeController::notFound);
    }

    private ResponseEntity<String> unsubscribe(LeadId leadId) {
        unsubscriptions.unsubscribe(leadId, "unsubscribe link");
        return page("Unsubscribed", "<p>You will receive no more marketing email from us.</p>");
    }

    private static ResponseEntity<String> notFound() {
        return ResponseEntity.status(HttpStatus.NOT_FOUND)
                .contentType(MediaType.TEXT_HTML)
                .body(html("Link not valid", "<p>This link is not valid.</p>"));
    }

    private static ResponseEntity<String> page(String title, String body) {
        return ResponseEntity.ok().contentType(MediaType.TEXT_HTML).body(html(title, body));
    }

    private static String html(String title, String body) {
        return "<!doctype html><html lang=\"en\"><head><meta charset=\"utf-8\"><title>" + title
                + "</title></head><body style=\"font-family:sans-serif;max-width:32rem;margin:4rem auto\"><h1>"
                + title + "</h1>" + body + "</body></html>";
    }
}
