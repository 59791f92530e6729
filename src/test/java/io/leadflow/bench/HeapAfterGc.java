package io.leadflow.bench;

import io.leadflow.LeadflowNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** A node's used heap right after a full GC, asked with the JDK's jcmd (GC.run, then GC.heap_info). */
final class HeapAfterGc {

    private static final Pattern USED = Pattern.compile("heap\\s+total \\d+K, used (\\d+)K");

    private HeapAfterGc() {}

    /** MiB in use after a full collection. */
    static double of(LeadflowNode node) throws IOException, InterruptedException {
        jcmd(node, "GC.run");
        String info = jcmd(node, "GC.heap_info");
        Matcher used = USED.matcher(info);
        if (!used.find()) {
            throw new IllegalStateException("no heap usage in: " + info);
        }
        return Long.parseLong(used.group(1)) / 1024.0;
    }

    private static String jcmd(LeadflowNode node, String command) throws IOException, InterruptedException {
        String jcmd = Path.of(System.getProperty("java.home"), "bin", "jcmd").toString();
        Process process = new ProcessBuilder(jcmd, Long.toString(node.pid()), command)
                .redirectErrorStream(true)
                .start();
        String out = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        process.waitFor(1, TimeUnit.MINUTES);
        return out;
    }
}
