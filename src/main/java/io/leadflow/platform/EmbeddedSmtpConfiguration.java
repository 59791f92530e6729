package io.leadflow.platform;

import com.icegreen.greenmail.user.GreenMailUser;
import com.icegreen.greenmail.user.UserException;
import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import java.io.IOException;
import java.net.ServerSocket;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.JavaMailSenderImpl;

/**
 * Without a configured spring.mail.host the app runs its own SMTP server (GreenMail), so a fresh
 * machine sends real SMTP out of the box. Configure spring.mail.* for a real relay.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnProperty(name = "spring.mail.host", havingValue = "embedded", matchIfMissing = true)
class EmbeddedSmtpConfiguration {

    private static final Logger log = LoggerFactory.getLogger(EmbeddedSmtpConfiguration.class);

    /** The one mailbox every email lands in, whoever it is addressed to (the To header keeps that). */
    static final String MAILBOX = "outbox@leadflow.local";

    /**
     * Started here, not by an init method, so that its user manager exists for the delivery handler:
     * by default GreenMail creates a user and a mailbox for every new recipient, which is bookkeeping
     * per lead for a server nobody logs in to (SMTP only, no IMAP or POP3).
     */
    @Bean(destroyMethod = "stop")
    GreenMail embeddedSmtpServer(SmtpSettings settings) throws UserException {
        int port = settings.port() == 0 ? freePort() : settings.port();
        log.info("Embedded SMTP server (GreenMail) listening on localhost:{}", port);
        GreenMail server = new GreenMail(new ServerSetup(port, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
        server.start();
        GreenMailUser mailbox = server.getUserManager().createUser(MAILBOX, MAILBOX, MAILBOX);
        server.getUserManager().setMessageDeliveryHandler((message, recipient) -> mailbox);
        return server;
    }

    @Bean
    JavaMailSender javaMailSender(GreenMail embeddedSmtpServer) {
        JavaMailSenderImpl sender = new JavaMailSenderImpl();
        sender.setHost("127.0.0.1");
        sender.setPort(embeddedSmtpServer.getSmtp().getPort());
        sender.getJavaMailProperties().put("mail.smtp.connectiontimeout", "5000");
        sender.getJavaMailProperties().put("mail.smtp.timeout", "10000");
        return sender;
    }

    private static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new IllegalStateException("no free port for the embedded SMTP server", e);
        }
    }
}
