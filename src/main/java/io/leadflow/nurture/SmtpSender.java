package io.leadflow.nurture;

import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import org.springframework.mail.MailPreparationException;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.MimeMessageHelper;
import org.springframework.stereotype.Component;

/** Sends one outbox entry over SMTP, with RFC 8058 one-click unsubscribe headers. */
@Component
class SmtpSender {

    static final String KEY_HEADER = "X-Leadflow-Key";
    private final JavaMailSender mail;
    private final NurtureSettings settings;

    SmtpSender(JavaMailSender mail, NurtureSettings settings) {
        this.mail = mail;
        this.settings = settings;
    }

    void send(Outbox.Entry entry) {
        MimeMessage message = mail.createMimeMessage();
        try {
            MimeMessageHelper helper = new MimeMessageHelper(message, true, "UTF-8");
            helper.setFrom(settings.from());
            helper.setTo(entry.recipient());
            helper.setSubject(entry.subject());
            helper.setText(entry.text(), entry.html());
            message.setHeader("List-Unsubscribe", "<" + entry.unsubscribeUrl() + ">");
            message.setHeader("List-Unsubscribe-Post", "List-Unsubscribe=One-Click");
            message.setHeader(KEY_HEADER, entry.key());
        } catch (MessagingException e) {
            throw new MailPreparationException(e);
        }
        mail.send(message);
    }
}
