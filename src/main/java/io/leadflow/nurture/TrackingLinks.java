package io.leadflow.nurture;

import io.leadflow.lead.LeadId;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.springframework.stereotype.Component;
import org.springframework.web.util.HtmlUtils;

/**
 * Signed open-pixel and click links. A click token carries the target URL it was made for, so the
 * redirect can only go where the sent email pointed: no open redirect, no forged events.
 */
@Component
public class TrackingLinks {

    /** A verified open or click: the lead, the email (outbox key) and, for clicks, the target. */
    public record Tracked(LeadId leadId, String emailKey, String url) {}

    static final String OPEN = "open";
    static final String CLICK = "click";
    private static final Pattern LINK = Pattern.compile("href=\"(https?://[^\"]+)\"");
    private final LinkSigner signer;
    private final NurtureSettings settings;

    TrackingLinks(LinkSigner signer, NurtureSettings settings) {
        this.signer = signer;
        this.settings = settings;
    }

    /** Rewrites every web link but the unsubscribe link, and adds the open pixel. */
    String track(String html, LeadId leadId, String emailKey, String unsubscribeUrl) {
        Matcher matcher = LINK.matcher(html);
        StringBuilder out = new StringBuilder();
        while (matcher.find()) {
            String url = HtmlUtils.htmlUnescape(matcher.group(1));
            String replacement = url.equals(unsubscribeUrl)
                    ? matcher.group()
                    : "href=\"" + settings.baseUrl() + "/t/c/" + signer.sign(CLICK, payload(leadId, emailKey, url))
                            + "\"";
            matcher.appendReplacement(out, Matcher.quoteReplacement(replacement));
        }
        matcher.appendTail(out);
        String pixel = "<img src=\"" + settings.baseUrl() + "/t/o/" + signer.sign(OPEN, payload(leadId, emailKey, ""))
                + "\" width=\"1\" height=\"1\" alt=\"\">";
        int body = out.lastIndexOf("</body>");
        return body < 0 ? out + pixel : out.substring(0, body) + pixel + out.substring(body);
    }

    public Optional<Tracked> open(String token) {
        return signer.verifyPayload(OPEN, token).map(TrackingLinks::parse);
    }

    public Optional<Tracked> click(String token) {
        return signer.verifyPayload(CLICK, token).map(TrackingLinks::parse).filter(tracked -> !tracked.url()
                .isEmpty());
    }

    private static String payload(LeadId leadId, String emailKey, String url) {
        return leadId.value() + "\n" + emailKey + "\n" + url;
    }

    private static Tracked parse(String payload) {
        String[] parts = payload.split("\n", 3);
        return new Tracked(new LeadId(parts[0]), parts[1], parts.length > 2 ? parts[2] : "");
    }
}
