package io.leadflow.nurture;

import io.leadflow.lead.Lead;
import java.util.HashMap;
import java.util.Map;
import java.util.function.UnaryOperator;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.springframework.stereotype.Component;
import org.springframework.web.util.HtmlUtils;

/** Fills {{placeholders}} with the lead's fields; HTML-escaped in the HTML part. */
@Component
class EmailRenderer {

    private static final Pattern PLACEHOLDER = Pattern.compile("\\{\\{\\s*([a-zA-Z]+)\\s*}}");
    private final EmailTemplates templates;
    private final LinkSigner signer;
    private final NurtureSettings settings;
    private final TrackingLinks tracking;

    EmailRenderer(EmailTemplates templates, LinkSigner signer, NurtureSettings settings, TrackingLinks tracking) {
        this.templates = templates;
        this.signer = signer;
        this.settings = settings;
        this.tracking = tracking;
    }

    /** The email as sent: with tracked links and the open pixel for this one email (its outbox key). */
    RenderedEmail renderTracked(String templateName, Lead lead, String emailKey) {
        RenderedEmail email = render(templateName, lead);
        return new RenderedEmail(
                email.template(),
                email.subject(),
                tracking.track(email.html(), lead.id(), emailKey, email.unsubscribeUrl()),
                email.text(),
                email.unsubscribeUrl());
    }

    /** The double opt-in email: its confirm link is signed for this lead. */
    RenderedEmail renderConfirmation(Lead lead) {
        return render(ConsentConfirmations.TEMPLATE, lead);
    }

    RenderedEmail render(String templateName, Lead lead) {
        EmailTemplate template = templates.load(templateName);
        String unsubscribeUrl = settings.baseUrl() + "/unsubscribe/" + signer.sign(Unsubscriptions.PURPOSE, lead.id());
        String confirmUrl = settings.baseUrl() + "/confirm/" + signer.sign(ConsentConfirmations.PURPOSE, lead.id());
        Map<String, String> values = values(lead, unsubscribeUrl, confirmUrl);
        return new RenderedEmail(
                templateName,
                fill(template.subject(), values, UnaryOperator.identity()),
                fill(template.html(), values, HtmlUtils::htmlEscape),
                fill(template.text(), values, UnaryOperator.identity()),
                unsubscribeUrl);
    }

    private static Map<String, String> values(Lead lead, String unsubscribeUrl, String confirmUrl) {
        Map<String, String> values = new HashMap<>();
        values.put("firstName", lead.firstName() == null ? "there" : lead.firstName());
        values.put("lastName", nullToEmpty(lead.lastName()));
        values.put("company", lead.company() == null ? "your team" : lead.company());
        values.put("jobTitle", nullToEmpty(lead.jobTitle()));
        values.put("email", lead.email());
        values.put("unsubscribeUrl", unsubscribeUrl);
        values.put("confirmUrl", confirmUrl);
        return values;
    }

    private static String fill(String text, Map<String, String> values, UnaryOperator<String> escape) {
        Matcher matcher = PLACEHOLDER.matcher(text);
        StringBuilder out = new StringBuilder();
        while (matcher.find()) {
            String value = values.get(matcher.group(1));
            if (value == null) {
                throw new IllegalStateException("Unknown placeholder {{" + matcher.group(1) + "}}");
            }
            matcher.appendReplacement(out, Matcher.quoteReplacement(escape.apply(value)));
        }
        matcher.appendTail(out);
        return out.toString();
    }

    private static String nullToEmpty(String value) {
        return value == null ? "" : value;
    }
}
