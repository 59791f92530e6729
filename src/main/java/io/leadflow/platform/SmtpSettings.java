package io.leadflow.platform;

import org.springframework.boot.context.properties.ConfigurationProperties;

/** Port of the embedded SMTP server; 0 picks a free port (tests). */
@ConfigurationProperties("leadflow.smtp")
record SmtpSettings(int port) {}
