package io.leadflow.engagement;

import io.leadflow.nurture.TrackingLinks;
import java.net.URI;
import java.util.Base64;
import java.util.List;
import org.springframework.http.CacheControl;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/**
 * Public open pixel and click redirect. Each records an engagement event once per email; a forged
 * or tampered token records nothing and answers 404.
 */
@RestController
class TrackingController {

    private static final byte[] PIXEL = Base64.getDecoder().decode("R0lGODlhAQABAIAAAAAAAP///ywAAAAAAQABAAACAUwAOw==");
    private final TrackingLinks links;
    private final EngagementIntake intake;

    TrackingController(TrackingLinks links, EngagementIntake intake) {
        this.links = links;
        this.intake = intake;
    }

    @GetMapping("/t/o/{token}")
    ResponseEntity<byte[]> open(@PathVariable String token) {
        return links.open(token)
                .map(tracked -> {
                    record(tracked, EventType.EMAIL_OPENED, "open:");
                    return ResponseEntity.ok()
                            .cacheControl(CacheControl.noStore())
                            .contentType(MediaType.IMAGE_GIF)
                            .body(PIXEL);
                })
                .orElseGet(() -> ResponseEntity.status(HttpStatus.NOT_FOUND).build());
    }

    @GetMapping("/t/c/{token}")
    ResponseEntity<Void> click(@PathVariable String token) {
        return links.click(token)
                .map(tracked -> {
                    record(tracked, EventType.EMAIL_CLICKED, "click:");
                    return ResponseEntity.status(HttpStatus.FOUND)
                            .location(URI.create(tracked.url()))
                            .<Void>build();
                })
                .orElseGet(() -> ResponseEntity.status(HttpStatus.NOT_FOUND).build());
    }

    /** One event per email and kind: repeated opens or clicks of the same email count once. */
    private void record(TrackingLinks.Tracked tracked, EventType type, String prefix) {
        EngagementEvent event = new EngagementEvent(
                prefix + tracked.emailKey(),
                tracked.leadId().value(),
                null,
                type,
                null,
                tracked.url().isEmpty() ? null : tracked.url(),
                null);
        intake.ingest(List.of(new EngagementIntake.Item(0, event)));
    }
}
