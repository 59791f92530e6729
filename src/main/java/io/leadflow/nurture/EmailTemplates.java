package io.leadflow.nurture;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;
import org.springframework.web.util.HtmlUtils;

/** Loads templates from processes/emails/{name}.html and .txt; the HTML title is the subject. */
@Component
class EmailTemplates {

    private static final Pattern TITLE =
            Pattern.compile("<title>(.*?)</title>", Pattern.DOTALL | Pattern.CASE_INSENSITIVE);
    private static final Pattern NAME = Pattern.compile("[a-z0-9][a-z0-9-]{0,80}");

    /** Read again after this long: a changed file on the classpath shows without a restart. */
    private static final long FRESH_NANOS = Duration.ofSeconds(5).toNanos();

    private record Read(EmailTemplate template, long at) {}

    private final Map<String, Read> cache = new ConcurrentHashMap<>();

    EmailTemplate load(String name) {
        if (name == null || !NAME.matcher(name).matches()) {
            throw new IllegalArgumentException("Invalid email template name: " + name);
        }
        long now = System.nanoTime();
        Read read = cache.get(name);
        if (read == null || now - read.at() > FRESH_NANOS) {
            read = new Read(parse(name), now);
            cache.put(name, read);
        }
        return read.template();
    }

    private static EmailTemplate parse(String name) {
        String html = read("processes/emails/" + name + ".html");
        Matcher title = TITLE.matcher(html);
        if (!title.find()) {
            throw new IllegalStateException("Template " + name + ".html has no <title> (the subject)");
        }
        String subject = HtmlUtils.htmlUnescape(title.group(1).trim());
        return new EmailTemplate(name, subject, html, read("processes/emails/" + name + ".txt"));
    }

    private static String read(String path) {
        ClassPathResource resource = new ClassPathResource(path);
        if (!resource.exists()) {
            throw new IllegalStateException("Email template file missing: " + path);
        }
        try {
            return resource.getContentAsString(StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
