package io.leadflow.platform;

import java.nio.file.Path;
import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/** Hot deploy of the designers' source folder: on/off, which folder, how often it is checked. */
@ConfigurationProperties("leadflow.processes")
record ProcessesWatchSettings(
        @DefaultValue("false") boolean watch,
        @DefaultValue("processes") Path watchDir,
        @DefaultValue("PT2S") Duration watchInterval) {}
