package io.leadflow.designer;

import java.util.List;

/** What migrating the running instances of a process onto its latest version would do. */
public record MigrationPreview(
        String processKey, String targetDefinitionId, int targetVersion, List<SourceVersion> sources) {}
