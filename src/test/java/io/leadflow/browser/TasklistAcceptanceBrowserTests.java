package io.leadflow.browser;

import static io.leadflow.Driver.fittingLead;
import static io.leadflow.Driver.uniqueEmail;
import static org.assertj.core.api.Assertions.assertThat;

import io.leadflow.Driver;
import io.leadflow.LeadflowTest;
import io.leadflow.lead.LeadId;
import java.io.IOException;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.AfterTestExecutionCallback;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * A sales rep works the sales-acceptance task the way people do: in Camunda Tasklist, in headless
 * Chromium (Debian's chromium and chromium-driver; skipped where they are not installed).
 */
@LeadflowTest
class TasklistAcceptanceBrowserTests {

    private static final String REP = "rita";
    private static final String REP_PASSWORD = "rita-password";
    private static final String REP_TEAM = "sales-emea";

    @LocalServerPort
    int port;

    @Autowired
    Driver driver;

    @Autowired
    IdentityService identity;

    @Autowired
    TaskService tasks;

    @Autowired
    JdbcClient jdbc;

    private UiBrowser ui;
    private WebDriver browser;
    private WebDriverWait await;

    /** Saves what the browser showed when a test failed, before the browser closes. */
    @RegisterExtension
    final AfterTestExecutionCallback evidenceOnFailure = context -> {
        if (context.getExecutionException().isPresent() && ui != null) {
            save(context.getRequiredTestMethod().getName() + "-failure");
        }
    };

    @BeforeEach
    void salesRepAndBrowser() throws IOException {
        // per test (not @BeforeAll), so that Surefire lists each test as skipped when Chromium is missing
        ui = UiBrowser.start(port);
        browser = ui.driver;
        await = ui.await;
        salesRep();
    }

    @AfterEach
    void closeBrowser() throws IOException {
        if (ui != null) {
            ui.close();
            ui = null;
            browser = null;
        }
    }

    @Test
    void salesRepAcceptsLeadInTasklistForm() throws IOException {
        // given a German hand-raiser with a good fit, offered to sales-emea for acceptance
        LeadId id = driver.capture(fittingLead(uniqueEmail("browser"), "demo-request"));
        ProcessInstance lifecycle = driver.lifecycle(id);
        BpmnAwareTests.assertThat(lifecycle).isWaitingAt("UserTask_AcceptLead");
        String taskId = driver.salesTask(id).getId();
        // round-robin may have given it to another EMEA rep of the shared test database: back to the queue
        tasks.setAssignee(taskId, null);

        // when the EMEA rep logs into Tasklist and finds it in the team queue
        logIn(REP, REP_PASSWORD);
        openTeamQueue(taskId);
        save("tasklist-task-list");
        assertThat(browser.findElement(taskListEntry(taskId)).getText())
                .contains("Accept lead?", "Ada Lovelace", "Analytical Engines GmbH");

        // and opens the task, claims it and sees who the lead is
        openTask(taskId);
        claim();
        assertThat(formValue("Field_LeadName")).isEqualTo("Ada Lovelace");
        assertThat(formValue("Field_Company")).isEqualTo("Analytical Engines GmbH");
        assertThat(formValue("Field_FitGrade")).isEqualTo("A");

        // and accepts it and completes the task
        choose("Yes, accept (SAL)");
        save("tasklist-sal-form");
        complete(taskId);

        // then the lifecycle moved on from the task to the CRM hand-over
        BpmnAwareTests.assertThat(lifecycle).hasPassed("UserTask_AcceptLead", "Event_StageSal");
        assertThat(tasks.createTaskQuery().taskId(taskId).count()).isZero();
        driver.runDueJobs(id);
        assertThat(jdbc.sql("select count(*) from crm_opportunity where lead_id = ?")
                        .param(id.value())
                        .query(Long.class)
                        .single())
                .isEqualTo(1L);
    }

    @Test
    void rejectingWithoutReasonIsRefusedAndWithReasonRecyclesLead() throws IOException {
        // given a hand-raiser waiting for sales-emea's acceptance, claimed by the rep in Tasklist
        LeadId id = driver.capture(fittingLead(uniqueEmail("browser-reject"), "demo-request"));
        ProcessInstance lifecycle = driver.lifecycle(id);
        String taskId = driver.salesTask(id).getId();
        // round-robin may have given it to another EMEA rep of the shared test database: back to the queue
        tasks.setAssignee(taskId, null);
        logIn(REP, REP_PASSWORD);
        openTeamQueue(taskId);
        openTask(taskId);
        claim();

        // when the rep answers No and completes without a reason
        choose("No");
        click(await.until(ExpectedConditions.elementToBeClickable(completeButton())));

        // then the form refuses: the reason is required and the task stays open
        WebElement refused = await.until(ExpectedConditions.visibilityOfElementLocated(notification()));
        assertThat(refused.getText()).contains("An error happened while submitting the task form");
        WebElement reason = browser.findElement(field("Field_Reason"));
        await.until(ignored -> reason.getText().contains("Field is required."));
        assertThat(browser.findElement(completeButton()).isEnabled()).isFalse();
        save("tasklist-reject-without-reason");
        assertThat(tasks.createTaskQuery().taskId(taskId).count()).isOne();
        BpmnAwareTests.assertThat(lifecycle).isWaitingAt("UserTask_AcceptLead");

        // when the rep dismisses the message, gives "Not ready yet" and completes the task
        click(refused.findElement(By.cssSelector("button[ng-click^='removeNotification']")));
        await.until(ExpectedConditions.invisibilityOfElementLocated(notification()));
        select("Not ready yet – nurture further");
        save("tasklist-reject-form");
        complete(taskId);

        // then the lead went back to nurture, not to the CRM
        BpmnAwareTests.assertThat(lifecycle).hasPassed("UserTask_AcceptLead", "Event_StageRecycled");
        BpmnAwareTests.assertThat(lifecycle).hasNotPassed("Event_StageSal");
        driver.runDueJobs(id);
        assertThat(jdbc.sql("select count(*) from crm_opportunity where lead_id = ?")
                        .param(id.value())
                        .query(Long.class)
                        .single())
                .isZero();
    }

    private void logIn(String user, String password) {
        browser.get(baseUrl() + "/camunda/app/tasklist/default/");
        WebElement username = await.until(ExpectedConditions.visibilityOfElementLocated(
                By.cssSelector("form[name=signinForm] input[type=text]")));
        username.sendKeys(user);
        browser.findElement(By.cssSelector("form[name=signinForm] input[type=password]"))
                .sendKeys(password);
        browser.findElement(By.cssSelector("form[name=signinForm] button[type=submit]"))
                .click();
        // the filters appear once the user is in
        await.until(ExpectedConditions.visibilityOfElementLocated(By.xpath(filterLink("Team queue"))));
    }

    private void openTeamQueue(String taskId) {
        click(await.until(ExpectedConditions.elementToBeClickable(By.xpath(filterLink("Team queue")))));
        WebElement task = await.until(ExpectedConditions.visibilityOfElementLocated(taskInList(taskId)));
        // away from the filter's tooltip and focus ring, for the screenshot
        new Actions(browser).moveToElement(task).perform();
        ((JavascriptExecutor) browser).executeScript("document.activeElement.blur();");
    }

    private void openTask(String taskId) {
        click(await.until(ExpectedConditions.elementToBeClickable(taskInList(taskId))));
        await.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("section.task-card")));
        await.until(ExpectedConditions.visibilityOfElementLocated(field("Field_LeadName")));
    }

    private void claim() {
        click(await.until(ExpectedConditions.elementToBeClickable(By.cssSelector("section.task-card button.claim"))));
        await.until(ExpectedConditions.invisibilityOfElementLocated(By.cssSelector("section.task-card button.claim")));
        await.until(ExpectedConditions.elementToBeClickable(completeButton()));
    }

    private String formValue(String fieldId) {
        WebElement input = browser.findElement(field(fieldId)).findElement(By.cssSelector("input, textarea"));
        await.until(ignored -> !input.getDomProperty("value").isEmpty());
        return input.getDomProperty("value");
    }

    private void choose(String label) {
        click(await.until(ExpectedConditions.elementToBeClickable(
                By.xpath("//*[contains(@class,'fjs-form-field-radio')]//label[normalize-space(.)='" + label + "']"))));
    }

    private void select(String label) {
        WebElement reason = browser.findElement(field("Field_Reason"));
        click(reason.findElement(By.cssSelector(".fjs-input-group")));
        click(await.until(ExpectedConditions.elementToBeClickable(
                By.xpath("//*[contains(@class,'fjs-dropdownlist-item') and normalize-space(.)='" + label + "']"))));
    }

    private void complete(String taskId) {
        click(await.until(ExpectedConditions.elementToBeClickable(completeButton())));
        await.until(ignored -> tasks.createTaskQuery().taskId(taskId).count() == 0);
    }

    /** Scrolls the element to the middle first: Tasklist's footer covers the bottom of the task form. */
    private void click(WebElement element) {
        ((JavascriptExecutor) browser).executeScript("arguments[0].scrollIntoView({block: 'center'});", element);
        element.click();
    }

    private static By taskInList(String taskId) {
        return By.cssSelector("ol.tasks-list a[href='#/?task=" + taskId + "']");
    }

    private static By taskListEntry(String taskId) {
        return By.xpath("//ol[contains(@class,'tasks-list')]/li[.//a[@href='#/?task=" + taskId + "']]");
    }

    private static By notification() {
        return By.cssSelector(".page-notifications .alert");
    }

    private static By completeButton() {
        return By.cssSelector("button[ng-click='complete()']");
    }

    /** A form-js field by its id in sales-acceptance.form. */
    private static By field(String fieldId) {
        return By.xpath("//*[contains(@class,'fjs-form-field')][.//*[contains(@id,'" + fieldId + "')]]");
    }

    private static String filterLink(String name) {
        return "//div[contains(@class,'task-filter')]/h4/a[contains(normalize-space(.),'" + name + "')]";
    }

    private String baseUrl() {
        return "http://localhost:" + port;
    }

    private void save(String name) throws IOException {
        ui.screenshot(name);
    }

    private void salesRep() {
        User rep = identity.createUserQuery().userId(REP).singleResult();
        if (rep == null) {
            rep = identity.newUser(REP);
            rep.setFirstName("Rita");
            rep.setLastName("Rep");
        }
        rep.setPassword(REP_PASSWORD);
        identity.saveUser(rep);
        if (identity.createUserQuery().userId(REP).memberOfGroup(REP_TEAM).count() == 0) {
            identity.createMembership(REP, REP_TEAM);
        }
    }
}
