package io.leadflow.nurture;

import jakarta.annotation.PreDestroy;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeBodyPart;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.springframework.mail.MailException;
import org.springframework.mail.MailPreparationException;
import org.springframework.mail.MailSendException;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.MimeMessageHelper;
import org.springframework.stereotype.Component;

/** Sends outbox entries over SMTP (a batch over a few kept-open connections), with RFC 8058 one-click unsubscribe headers. */
@Component
class SmtpSender {

    static final String KEY_HEADER = "X-Leadflow-Key";
    private final JavaMailSender mail;
    private final NurtureSettings settings;

    private final ExecutorService pool;

    SmtpSender(JavaMailSender mail, NurtureSettings settings) {
        this.mail = mail;
        this.settings = settings;
        this.pool = Executors.newFixedThreadPool(Math.max(1, settings.outbox().connections()), runnable -> {
            Thread thread = new Thread(runnable, "smtp-sender");
            thread.setDaemon(true);
            return thread;
        });
    }

    @PreDestroy
    void stop() {
        pool.shutdown();
    }

    /**
     * Sends the entries over one SMTP connection; answers those that failed, with why. Entries that
     * are not in the answer were accepted by the server.
     */
    Map<Outbox.Entry, MailException> sendAll(List<Outbox.Entry> entries) {
        int connections = Math.max(1, Math.min(settings.outbox().connections(), entries.size() / 10 + 1));
        if (connections == 1) {
            return sendOverOneConnection(entries);
        }
        // SMTP is a conversation of round trips: a few connections in parallel keep the server busy
        List<CompletableFuture<Map<Outbox.Entry, MailException>>> shares = new ArrayList<>();
        for (int i = 0; i < connections; i++) {
            List<Outbox.Entry> share = new ArrayList<>();
            for (int j = i; j < entries.size(); j += connections) {
                share.add(entries.get(j));
            }
            shares.add(CompletableFuture.supplyAsync(() -> sendOverOneConnection(share), pool));
        }
        Map<Outbox.Entry, MailException> failed = new IdentityHashMap<>();
        shares.forEach(share -> failed.putAll(share.join()));
        return failed;
    }

    private Map<Outbox.Entry, MailException> sendOverOneConnection(List<Outbox.Entry> entries) {
        Map<Outbox.Entry, MailException> failed = new IdentityHashMap<>();
        Map<MimeMessage, Outbox.Entry> messages = new IdentityHashMap<>();
        for (Outbox.Entry entry : entries) {
            try {
                messages.put(message(entry), entry);
            } catch (MailException e) {
                failed.put(entry, e);
            }
        }
        if (messages.isEmpty()) {
            return failed;
        }
        try {
            mail.send(messages.keySet().toArray(MimeMessage[]::new));
        } catch (MailSendException e) {
            // only the listed messages failed; an empty list means the connection failed to close after sending
            e.getFailedMessages()
                    .forEach((message, cause) ->
                            failed.put(messages.get(message), new MailSendException(cause.getMessage(), cause)));
        } catch (MailException e) {
            // could not connect or authenticate: none went out
            messages.values().forEach(entry -> failed.put(entry, e));
        } catch (RuntimeException e) {
            // the sender reports each message's own failure above; this is before any went out
            messages.values().forEach(entry -> failed.put(entry, new MailSendException(e.getMessage(), e)));
        }
        return failed;
    }

    /**
     * Text only, or one multipart/alternative of text and HTML: the plain structure of a mailing (the
     * helper's multipart mode would nest it in mixed and related parts for attachments and inline
     * images, which these emails never have).
     */
    private MimeMessage message(Outbox.Entry entry) {
        MimeMessage message = mail.createMimeMessage();
        try {
            MimeMessageHelper helper = new MimeMessageHelper(message, "UTF-8");
            helper.setFrom(settings.from());
            helper.setTo(entry.recipient());
            helper.setSubject(entry.subject());
            if (entry.html() == null) {
                helper.setText(entry.text());
            } else {
                message.setContent(alternative(entry.text(), entry.html()));
            }
            if (entry.unsubscribeUrl() != null) {
                message.setHeader("List-Unsubscribe", "<" + entry.unsubscribeUrl() + ">");
                message.setHeader("List-Unsubscribe-Post", "List-Unsubscribe=One-Click");
            }
            message.setHeader(KEY_HEADER, entry.key());
        } catch (MessagingException e) {
            throw new MailPreparationException(e);
        }
        return message;
    }

    private static MimeMultipart alternative(String text, String html) throws MessagingException {
        MimeBodyPart plain = new MimeBodyPart();
        plain.setText(text, "UTF-8", "plain");
        MimeBodyPart rich = new MimeBodyPart();
        rich.setText(html, "UTF-8", "html");
        return new MimeMultipart("alternative", plain, rich);
    }
}
