package io.leadflow.browser;

import static org.assertj.core.api.Assertions.assertThat;

import io.leadflow.Driver;
import io.leadflow.ImportFixture;
import io.leadflow.LeadflowTest;
import io.leadflow.UiUsers;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.camunda.bpm.engine.IdentityService;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * A marketer in headless Chromium: imports a fair's CSV (preview with its 5 errors, progress to 100%,
 * rejected rows as CSV), imports it again (nothing created), sends 3 of the leads into a sequence and
 * sees them counted at its first step.
 */
@LeadflowTest
class ConsoleBrowserTests {

    @LocalServerPort
    int port;

    @Autowired
    IdentityService identity;

    @Autowired
    Driver driver;

    @Test
    void marketerImportsACsvAndSendsThreeLeadsIntoASequence() throws Exception {
        UiUsers.ensureDefaults(identity);
        Path csv = Path.of("target", "console-fair.csv").toAbsolutePath();
        Files.createDirectories(csv.getParent());
        Files.writeString(csv, ImportFixture.csv(50, 5), StandardCharsets.UTF_8);
        try (UiBrowser browser = UiBrowser.start(port)) {
            browser.signIn(UiUsers.MARKETER, UiUsers.MARKETER_PASSWORD);

            // upload: the preview lists the 5 bad rows
            browser.open("/imports");
            upload(browser, csv);
            browser.await.until(d -> rows(browser, "#import-errors tbody tr").size() == 5);
            assertThat(text(browser, "import-invalid")).isEqualTo("5");
            assertThat(text(browser, "import-status")).isEqualTo("PREVIEW");
            browser.screenshot("console-import-preview");

            // run: progress reaches 100%, 45 created, 5 rejected, the rejected rows download as CSV
            runImport(browser);
            assertThat(text(browser, "import-created")).isEqualTo("45");
            assertThat(text(browser, "import-rejected")).isEqualTo("5");
            String importUrl = browser.driver.getCurrentUrl();
            String rejected =
                    download(browser, browser.find(By.id("import-rejected-csv")).getAttribute("href"));
            assertThat(rejected.lines()).hasSize(6);
            assertThat(rejected).contains("email is not a valid email address");
            browser.screenshot("console-import-done");

            // the same file again: nothing is created twice
            browser.open("/imports");
            upload(browser, csv);
            browser.find(By.id("import-run"));
            runImport(browser);
            assertThat(text(browser, "import-created")).isEqualTo("0");
            assertThat(text(browser, "import-merged")).isEqualTo("45");

            // three of the imported leads go into a sequence; its first step counts them
            driver.startCapturedLifecycles();
            long before = waitingAtFirstStep(browser, "NurtureDecision");
            String importId = importUrl.substring(importUrl.lastIndexOf('/') + 1);
            browser.open("/leads?importId=" + importId);
            List<WebElement> boxes = rows(browser, "input[name=leadIds][form=lead-bulk-form]");
            // failed once in CI with fewer rows than imported: the page says what it showed instead
            assertThat(boxes)
                    .as(() -> "leads of import " + importId + " at " + browser.driver.getCurrentUrl() + ":\n"
                            + browser.driver.findElement(By.tagName("body")).getText())
                    .hasSizeGreaterThanOrEqualTo(3);
            boxes.subList(0, 3).forEach(WebElement::click);
            new Select(browser.find(By.id("bulk-sequence"))).selectByValue("NurtureDecision");
            browser.find(By.id("bulk-enroll")).click();
            browser.await.until(ExpectedConditions.textToBe(By.id("bulk-confirm-count"), "3"));
            browser.screenshot("console-bulk-confirm");
            browser.find(By.id("bulk-confirm-ok")).click();
            browser.await.until(ExpectedConditions.textToBePresentInElementLocated(By.id("bulk-result"), "Enrolled 3"));
            assertThat(waitingAtFirstStep(browser, "NurtureDecision")).isEqualTo(before + 3);
            browser.screenshot("console-sequences");
        }
    }

    private static void upload(UiBrowser browser, Path csv) {
        browser.find(By.id("import-file")).sendKeys(csv.toString());
        browser.find(By.id("import-upload")).click();
        browser.await.until(ExpectedConditions.textToBe(By.id("import-status"), "PREVIEW"));
    }

    private static void runImport(UiBrowser browser) {
        browser.find(By.id("import-run")).click();
        browser.await.until(ExpectedConditions.textToBe(By.id("import-percent"), "100%"));
        browser.await.until(ExpectedConditions.textToBe(By.id("import-status"), "DONE"));
    }

    private static long waitingAtFirstStep(UiBrowser browser, String sequence) {
        browser.open("/sequences");
        return Long.parseLong(browser.find(By.cssSelector(
                        "section[data-sequence=" + sequence + "] table.steps tbody tr:first-child td.waiting"))
                .getText());
    }

    private static String download(UiBrowser browser, String href) {
        return (String) ((JavascriptExecutor) browser.driver)
                .executeAsyncScript(
                        "const done = arguments[arguments.length - 1];"
                                + " fetch(arguments[0]).then(r => r.text()).then(done, e => done('failed ' + e));",
                        href);
    }

    private static String text(UiBrowser browser, String id) {
        return browser.driver.findElement(By.id(id)).getText();
    }

    private static List<WebElement> rows(UiBrowser browser, String css) {
        return browser.driver.findElements(By.cssSelector(css));
    }
}
