package io.leadflow.browser;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Comparator;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;
import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Headless Chromium on the marketing UI for page tests: {@code UiBrowser.start(port)} in @BeforeEach
 * (skips the test when Debian's chromium/chromedriver are missing), {@code signIn}, {@code open},
 * {@code screenshot}, {@code close} in @AfterEach.
 */
public final class UiBrowser implements AutoCloseable {

    private static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    private static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");
    public static final Path SCREENSHOTS = Path.of("target", "screenshots");

    private final String baseUrl;
    private final Path profile;
    public final WebDriver driver;
    public final WebDriverWait await;

    private UiBrowser(String baseUrl, Path profile, WebDriver driver) {
        this.baseUrl = baseUrl;
        this.profile = profile;
        this.driver = driver;
        this.await = new WebDriverWait(driver, Duration.ofSeconds(30));
    }

    /** A fresh browser profile against the app on this port; skips the test without Chromium. */
    public static UiBrowser start(int port) throws IOException {
        Assumptions.assumeTrue(
                Files.isExecutable(CHROMIUM) && Files.isExecutable(CHROMEDRIVER),
                "Browser test skipped: needs /usr/bin/chromium and /usr/bin/chromedriver"
                        + " (apt-get install chromium chromium-driver)");
        Path profile = Files.createTempDirectory("leadflow-ui-chromium-");
        System.setProperty(ChromeDriverService.CHROME_DRIVER_EXE_PROPERTY, CHROMEDRIVER.toString());
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(CHROMEDRIVER.toFile())
                .usingAnyFreePort()
                .build();
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM.toFile());
        options.addArguments(
                "--headless=new",
                "--no-sandbox",
                "--disable-gpu",
                "--disable-dev-shm-usage",
                "--disable-background-networking",
                "--disable-component-update",
                "--disable-sync",
                "--no-first-run",
                "--window-size=1400,1000",
                "--user-data-dir=" + profile);
        return new UiBrowser("http://localhost:" + port, profile, new ChromeDriver(service, options));
    }

    /** Opens /login, signs in and waits until the login form is gone (or an error shows). */
    public void signIn(String user, String password) {
        open("/login");
        WebElement name = await.until(ExpectedConditions.visibilityOfElementLocated(By.name("username")));
        name.sendKeys(user);
        driver.findElement(By.name("password")).sendKeys(password);
        driver.findElement(By.cssSelector("form button[type=submit]")).click();
        await.until(ignored -> !driver.getCurrentUrl().endsWith("/login")
                || !driver.findElements(By.id("login-error")).isEmpty());
    }

    public void open(String path) {
        driver.get(baseUrl + path);
    }

    public WebElement find(By by) {
        return await.until(ExpectedConditions.visibilityOfElementLocated(by));
    }

    /** Saves target/screenshots/{name}.png and the page's HTML next to it. */
    public void screenshot(String name) throws IOException {
        Files.createDirectories(SCREENSHOTS);
        Files.write(SCREENSHOTS.resolve(name + ".png"), ((TakesScreenshot) driver).getScreenshotAs(OutputType.BYTES));
        Files.writeString(SCREENSHOTS.resolve(name + ".html"), driver.getPageSource(), StandardCharsets.UTF_8);
    }

    @Override
    public void close() throws IOException {
        driver.quit();
        try (Stream<Path> files = Files.walk(profile)) {
            files.sorted(Comparator.reverseOrder()).map(Path::toFile).forEach(File::delete);
        }
    }
}
