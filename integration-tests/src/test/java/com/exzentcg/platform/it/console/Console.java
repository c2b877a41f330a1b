package com.exzentcg.platform.it.console;

import com.exzentcg.platform.it.Http;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.function.Function;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.TimeoutException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The operator console in a real headless browser: Debian's chromium driven through its own
 * chromedriver (no browser or driver is ever downloaded). One per test class, each with a fresh
 * profile, so no login or storage leaks between classes. Every wait that times out saves a
 * screenshot named after what it waited for, and {@link #screenshot} keeps one per main page for
 * reviewers, all under {@code target/console-screenshots}.
 */
public final class Console implements AutoCloseable {

    public static final Path SCREENSHOTS = Path.of(System.getProperty("it.screenshots.dir", "target/console-screenshots"));
    private static final Duration WAIT = Duration.ofSeconds(15);

    private final Path profile;
    private final ChromeDriver driver;
    private final WebDriverWait wait;

    private Console() {
        try {
            profile = Files.createTempDirectory("tcg-console-chromium");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        ChromeOptions options = new ChromeOptions();
        options.setBinary(System.getProperty("it.chromium.binary", "/usr/bin/chromium"));
        // Without the background-networking switches chromium keeps dialling Google's hosts,
        // which a machine without internet refuses many times a second.
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--disable-quic", "--no-first-run", "--no-default-browser-check", "--disable-background-networking",
                "--disable-component-update", "--disable-sync", "--disable-extensions", "--window-size=1440,960",
                "--lang=en-GB", "--user-data-dir=" + profile);
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(Path.of(System.getProperty("it.chromedriver", "/usr/bin/chromedriver")).toFile())
                .usingAnyFreePort()
                .build();
        driver = new ChromeDriver(service, options);
        wait = new WebDriverWait(driver, WAIT, Duration.ofMillis(100));
    }

    public static Console open() {
        return new Console();
    }

    /** Opens a console route, e.g. {@code go("/orders?env=live")}. */
    public Console go(String route) {
        driver.get(Http.BASE + "/app" + route);
        return this;
    }

    /** Signs in through the login form and waits for the shell (navigation) to appear. */
    public Console login(String email, String password) {
        go("/");
        type("[data-form=login] input[name=email]", email);
        type("[data-form=login] input[name=password]", password);
        click("[data-form=login] button[type=submit]");
        return this;
    }

    public Console loginAs(Http.StaffMember staff) {
        login(staff.email(), staff.password());
        waitFor("[data-user-email]");
        return this;
    }

    public WebElement waitFor(String css) {
        return until("visible " + css, ExpectedConditions.visibilityOfElementLocated(By.cssSelector(css)));
    }

    /** Waits until the element matching {@code css} contains {@code text}, and returns it. */
    public WebElement waitForText(String css, String text) {
        until("'" + text + "' in " + css, ExpectedConditions.textToBePresentInElementLocated(By.cssSelector(css), text));
        return driver.findElement(By.cssSelector(css));
    }

    public void waitGone(String css) {
        until("no " + css, ExpectedConditions.invisibilityOfElementLocated(By.cssSelector(css)));
    }

    public void waitForUrl(String fragment) {
        until("URL with " + fragment, ExpectedConditions.urlContains(fragment));
    }

    public <T> T until(String what, Function<WebDriver, T> condition) {
        try {
            return wait.until(condition);
        } catch (TimeoutException e) {
            screenshot("FAILED-" + what.replaceAll("[^A-Za-z0-9_-]+", "_"));
            throw new AssertionError("Timed out waiting for " + what + " on " + driver.getCurrentUrl()
                    + "\nPage text:\n" + text("body"), e);
        }
    }

    public List<WebElement> all(String css) {
        return driver.findElements(By.cssSelector(css));
    }

    public String text(String css) {
        List<WebElement> found = all(css);
        return found.isEmpty() ? "" : found.get(0).getText();
    }

    public Console click(String css) {
        until("clickable " + css, ExpectedConditions.elementToBeClickable(By.cssSelector(css))).click();
        return this;
    }

    /** Clicks the first button or link under {@code scope} whose text is exactly {@code label}. */
    public Console clickText(String scope, String label) {
        By by = By.xpath(".//*[(self::button or self::a) and normalize-space(.)='" + label + "']");
        WebElement element = until("'" + label + "' in " + scope, d -> {
            for (WebElement root : d.findElements(By.cssSelector(scope))) {
                for (WebElement candidate : root.findElements(by)) {
                    if (candidate.isDisplayed() && candidate.isEnabled()) {
                        return candidate;
                    }
                }
            }
            return null;
        });
        element.click();
        return this;
    }

    public Console type(String css, String value) {
        WebElement input = waitFor(css);
        input.clear();
        input.sendKeys(value);
        return this;
    }

    public Console select(String css, String value) {
        new Select(waitFor(css)).selectByValue(value);
        return this;
    }

    public String currentUrl() {
        return driver.getCurrentUrl();
    }

    public Object script(String javascript, Object... args) {
        return ((JavascriptExecutor) driver).executeScript(javascript, args);
    }

    /** Saves the viewport as {@code <name>.png} for reviewers; returns the file. */
    public Path screenshot(String name) {
        try {
            Files.createDirectories(SCREENSHOTS);
            Path file = SCREENSHOTS.resolve(name + ".png");
            Files.write(file, ((TakesScreenshot) driver).getScreenshotAs(OutputType.BYTES));
            return file;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void close() {
        try {
            driver.quit();
        } finally {
            deleteQuietly(profile);
        }
    }

    private static void deleteQuietly(Path dir) {
        try (var paths = Files.walk(dir)) {
            paths.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException e) {
            // a leftover temp profile is harmless
        }
    }
}
