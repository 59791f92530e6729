package io.leadflow.platform;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.boot.web.context.WebServerApplicationContext;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/** Tells whoever started the app where to go. */
@Component
class StartupMessage {

    private static final Logger log = LoggerFactory.getLogger(StartupMessage.class);

    @EventListener
    void ready(ApplicationReadyEvent event) {
        if (event.getApplicationContext() instanceof WebServerApplicationContext web) {
            String base = "http://localhost:" + web.getWebServer().getPort();
            log.info(
                    """

                    Leadflow is running:
                      Tasklist  {}/camunda/app/tasklist/
                      Cockpit   {}/camunda/app/cockpit/
                      Admin     {}/camunda/app/admin/
                      API       {}/api/leads   (HTTP Basic or X-Api-Key)
                      REST      {}/engine-rest/
                    """,
                    base,
                    base,
                    base,
                    base,
                    base);
        }
    }
}
