package io.leadflow.platform;

import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.user.GreenMailUser;
import com.icegreen.greenmail.util.GreenMail;
import io.leadflow.LeadflowTest;
import jakarta.mail.Message;
import jakarta.mail.internet.MimeMessage;
import java.util.Arrays;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mail.SimpleMailMessage;
import org.springframework.mail.javamail.JavaMailSender;

/** The embedded SMTP server keeps every email in one mailbox; each keeps its own recipient. */
@LeadflowTest
class EmbeddedSmtpTests {

    @Autowired
    GreenMail smtp;

    @Autowired
    JavaMailSender mail;

    @Test
    void emailsToDifferentRecipientsLandInTheOneMailboxWithTheirOwnRecipient() throws Exception {
        // given two recipients the server has never seen
        String first = "first-" + UUID.randomUUID() + "@example.com";
        String second = "second-" + UUID.randomUUID() + "@example.org";

        // when an email goes to each
        mail.send(email(first), email(second));

        // then no user was created for them, and each email is there once with its own recipient
        assertThat(smtp.getUserManager().listUser())
                .extracting(GreenMailUser::getEmail)
                .containsExactly(EmbeddedSmtpConfiguration.MAILBOX);
        assertThat(Arrays.stream(smtp.getReceivedMessages())
                        .map(EmbeddedSmtpTests::recipient)
                        .filter(recipient -> recipient.equals(first) || recipient.equals(second)))
                .containsExactlyInAnyOrder(first, second);
    }

    private static SimpleMailMessage email(String to) {
        SimpleMailMessage email = new SimpleMailMessage();
        email.setFrom("hello@leadflow.local");
        email.setTo(to);
        email.setSubject("Hello");
        email.setText("Hello");
        return email;
    }

    private static String recipient(MimeMessage message) {
        try {
            return message.getRecipients(Message.RecipientType.TO)[0].toString();
        } catch (jakarta.mail.MessagingException e) {
            throw new IllegalStateException(e);
        }
    }
}
