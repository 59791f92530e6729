package io.leadflow.nurture;

import io.leadflow.lead.LeadId;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Base64;
import java.util.Optional;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * HMAC-signed tokens for public links (unsubscribe). The secret comes from configuration or is
 * generated once and kept in the database, so links survive restarts and work on every node.
 */
@Component
class LinkSigner {

    private static final Base64.Encoder BASE64 = Base64.getUrlEncoder().withoutPadding();
    private final JdbcClient jdbc;
    private final NurtureSettings settings;
    private final TransactionTemplate ownTransaction;
    private volatile byte[] secret;
    // keyed once: a clone per signature skips the provider lookup and key setup (several per email)
    private volatile Mac keyed;

    LinkSigner(JdbcClient jdbc, NurtureSettings settings, PlatformTransactionManager transactionManager) {
        this.jdbc = jdbc;
        this.settings = settings;
        // a failed insert aborts the whole transaction on PostgreSQL: never in the caller's (a job's)
        this.ownTransaction = new TransactionTemplate(transactionManager);
        this.ownTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
    }

    String sign(String purpose, LeadId leadId) {
        return sign(purpose, leadId.value());
    }

    /** The lead the token was signed for, or empty for a forged or tampered token. */
    Optional<LeadId> verify(String purpose, String token) {
        return verifyPayload(purpose, token).map(LeadId::new);
    }

    String sign(String purpose, String data) {
        String payload = BASE64.encodeToString(data.getBytes(StandardCharsets.UTF_8));
        return payload + "." + BASE64.encodeToString(mac(purpose + ":" + payload));
    }

    /** What the token was signed for, or empty for a forged or tampered token. */
    Optional<String> verifyPayload(String purpose, String token) {
        int dot = token.indexOf('.');
        if (dot < 1) {
            return Optional.empty();
        }
        String payload = token.substring(0, dot);
        try {
            byte[] given = Base64.getUrlDecoder().decode(token.substring(dot + 1));
            if (!MessageDigest.isEqual(given, mac(purpose + ":" + payload))) {
                return Optional.empty();
            }
            return Optional.of(new String(Base64.getUrlDecoder().decode(payload), StandardCharsets.UTF_8));
        } catch (IllegalArgumentException malformed) {
            return Optional.empty();
        }
    }

    private byte[] mac(String data) {
        try {
            if (keyed == null) {
                Mac mac = Mac.getInstance("HmacSHA256");
                mac.init(new SecretKeySpec(secret(), "HmacSHA256"));
                keyed = mac;
            }
            return ((Mac) keyed.clone()).doFinal(data.getBytes(StandardCharsets.UTF_8));
        } catch (GeneralSecurityException | CloneNotSupportedException e) {
            throw new IllegalStateException(e);
        }
    }

    private byte[] secret() {
        if (secret == null) {
            String configured = settings.hmacSecret();
            secret = (configured != null && !configured.isBlank() ? configured : storedSecret())
                    .getBytes(StandardCharsets.UTF_8);
        }
        return secret;
    }

    private String storedSecret() {
        return find().orElseGet(() -> {
            byte[] random = new byte[32];
            new SecureRandom().nextBytes(random);
            try {
                ownTransaction.executeWithoutResult(tx -> jdbc.sql(
                                "insert into app_secret (name, secret, created_at) values ('link-signing', ?, ?)")
                        .params(BASE64.encodeToString(random), Timestamp.from(Instant.now()))
                        .update());
            } catch (DuplicateKeyException anotherThreadOrNodeWasFirst) {
                // fall through and read theirs
            }
            return find().orElseThrow();
        });
    }

    private Optional<String> find() {
        return jdbc.sql("select secret from app_secret where name = 'link-signing'")
                .query(String.class)
                .optional();
    }
}
