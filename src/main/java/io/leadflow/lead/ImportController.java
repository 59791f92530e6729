package io.leadflow.lead;

import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.method.annotation.StreamingResponseBody;

/** CSV lead import: upload (preview), start, progress, rejected rows as CSV. */
@RestController
@RequestMapping("/api/imports")
class ImportController {

    private final LeadImports imports;

    ImportController(LeadImports imports) {
        this.imports = imports;
    }

    /** Stages the file and answers the preview; with start=true it runs at once. */
    @PostMapping(consumes = "multipart/form-data")
    ResponseEntity<LeadImport> upload(
            @RequestPart("file") MultipartFile file,
            @RequestParam(required = false) String source,
            @RequestParam(required = false) String campaign,
            @RequestParam(defaultValue = "false") boolean start)
            throws IOException {
        LeadImport staged =
                imports.upload(new ImportUpload(file.getOriginalFilename(), file.getBytes(), source, campaign, "API"));
        LeadImport result = start ? imports.start(staged.id()) : staged;
        return ResponseEntity.created(URI.create("/api/imports/" + staged.id())).body(result);
    }

    @PostMapping("/{id}/start")
    ResponseEntity<LeadImport> start(@PathVariable String id) {
        return ResponseEntity.accepted().body(imports.start(id));
    }

    @GetMapping("/{id}")
    LeadImport get(@PathVariable String id) {
        return imports.require(id);
    }

    @GetMapping
    List<LeadImport> latest() {
        return imports.latest(50);
    }

    @GetMapping(value = "/{id}/rejected.csv", produces = "text/csv")
    ResponseEntity<StreamingResponseBody> rejected(@PathVariable String id) {
        imports.require(id);
        StreamingResponseBody body = out -> {
            Writer writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
            imports.writeRejected(id, writer);
            writer.flush();
        };
        return ResponseEntity.ok()
                .header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"import-" + id + "-rejected.csv\"")
                .header(HttpHeaders.CONTENT_TYPE, "text/csv; charset=UTF-8")
                .body(body);
    }
}
