package io.leadflow.console;

import io.leadflow.lead.LeadImports;
import io.leadflow.platform.UiController;
import org.springframework.http.HttpStatus;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.server.ResponseStatusException;

/** GET /imports: upload a CSV, check the preview, run it and watch its progress; earlier imports. */
@UiController
class ImportsPageController {

    private final LeadImports imports;

    ImportsPageController(LeadImports imports) {
        this.imports = imports;
    }

    @GetMapping("/imports")
    String imports(Model model) {
        model.addAttribute("imports", imports.latest(20));
        model.addAttribute("current", null);
        return "imports";
    }

    /** The same page showing one import (its preview, or its progress while it runs). */
    @GetMapping("/imports/{id}")
    String importPage(@PathVariable String id, Model model) {
        model.addAttribute("imports", imports.latest(20));
        model.addAttribute(
                "current",
                imports.find(id)
                        .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND, "No import " + id + ".")));
        return "imports";
    }
}
