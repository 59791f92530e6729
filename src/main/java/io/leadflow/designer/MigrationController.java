package io.leadflow.designer;

import jakarta.validation.Valid;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** Designers move running leads onto a process's latest version: preview, run (or canary), revert. */
@RestController
@RequestMapping("/api/processes/{key}/migrations")
class MigrationController {

    private final ProcessMigrations migrations;

    MigrationController(ProcessMigrations migrations) {
        this.migrations = migrations;
    }

    @PostMapping("/preview")
    MigrationPreview preview(@PathVariable String key) {
        return migrations.preview(key);
    }

    @PostMapping
    MigrationResult migrate(@PathVariable String key, @Valid @RequestBody(required = false) MigrationRequest request) {
        return migrations.migrate(key, request == null ? null : request.canaryPercent());
    }

    @PostMapping("/{id}/revert")
    RevertResult revert(@PathVariable String key, @PathVariable String id) {
        return migrations.revert(key, id);
    }
}
