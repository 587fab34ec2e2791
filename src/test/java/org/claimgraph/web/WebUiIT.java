package org.claimgraph.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import org.claimgraph.pipeline.Analyzer;
import org.claimgraph.pipeline.Progress;
import org.claimgraph.pipeline.Stages;
import org.claimgraph.store.SqliteStore;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.NoAlertPresentException;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.WebDriverWait;

/** Uses the web UI as an analyst would, in headless Chromium, over the analysed seed pages. */
class WebUiIT {
    private static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");
    private static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    private static final Path SHOTS = Path.of("docs/screenshots");

    @TempDir
    static Path dir;
    static WebApp app;
    static WebDriver browser;
    static String base;

    @BeforeAll
    static void start() throws Exception {
        assumeTrue(Files.isExecutable(CHROMEDRIVER) && Files.isExecutable(CHROMIUM),
                "browser test skipped: needs Debian's chromium and chromium-driver (apt-get install chromium "
                        + "chromium-driver)");
        Path db = dir.resolve("seeds.db");
        try (SqliteStore store = SqliteStore.open(db)) {
            new Analyzer(Stages.defaults(), store, Clock.systemUTC(), 2).analyze(List.of("../shared/corpus/seeds",
                    "src/test/resources/fixtures/web/markup-article.html"), java.io.InputStream.nullInputStream(),
                    Progress.NONE);
        }
        app = WebApp.start(new WebConfig(db, "127.0.0.1", 0, null, WebConfig.DEFAULT_MAX_BODY_BYTES));
        base = "http://127.0.0.1:" + app.port();
        ChromeOptions options = new ChromeOptions().setBinary(CHROMIUM.toFile()).addArguments("--headless",
                "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage", "--disable-background-networking",
                "--disable-component-update", "--disable-sync", "--no-first-run",
                "--user-data-dir=" + Files.createDirectories(dir.resolve("chromium-profile")));
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(CHROMEDRIVER.toFile()).usingAnyFreePort().build();
        browser = new ChromeDriver(service, options);
        browser.manage().window().setSize(new Dimension(1366, 1000));
        Files.createDirectories(SHOTS);
    }

    @AfterAll
    static void stop() {
        if (browser != null) {
            browser.quit();
        }
        if (app != null) {
            app.close();
        }
    }

    @Test
    void analystFollowsTheKupolStoryToTheDossierAndSearches() throws Exception {
        browser.get(base + "/");
        // the two seed stories (Kupol, Bingo) and the synthetic page that quotes markup
        assertThat(browser.findElements(By.cssSelector("table.stories tbody tr"))).hasSize(3);
        shot("story-list");

        browser.get(base + "/search?q=Kupol");
        List<String> stories = browser.findElements(By.cssSelector("#found-stories a")).stream()
                .map(a -> a.getAttribute("href")).toList();
        String kupolStory = stories.stream().filter(this::hasRangeClaimFromOneSource).findFirst().orElseThrow();
        browser.get(kupolStory);
        new WebDriverWait(browser, Duration.ofSeconds(10)).until(b -> b.findElement(By.id("graph"))
                .getAttribute("data-drawn") != null);
        shot("story");
        WebElement graph = browser.findElement(By.id("provenance"));
        Files.copy(graph.getScreenshotAs(OutputType.FILE).toPath(), SHOTS.resolve("story-provenance.png"),
                java.nio.file.StandardCopyOption.REPLACE_EXISTING);

        browser.get(base + "/search?q=Kupol");
        browser.findElement(By.linkText("IEMZ Kupol")).click();
        assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo("IEMZ Kupol");
        assertThat(browser.findElement(By.id("type")).getText()).isEqualTo("ORG");
        assertThat(browser.findElements(By.cssSelector("#mentions mark"))).isNotEmpty();
        shot("entity");

        WebElement box = browser.findElement(By.id("q"));
        box.clear();
        box.sendKeys("Garpiya");
        box.submit();
        assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo("Search: Garpiya");
        assertThat(browser.findElement(By.id("found-claims")).getText()).contains("Garpiya-3");
        shot("search");
    }

    @Test
    void articleMarkupIsShownAsTextAndNeverRuns() throws Exception {
        browser.get(base + "/search?q=Quillfeather");
        browser.findElement(By.cssSelector("#found-documents a")).click();
        String text = browser.findElement(By.cssSelector("article.text")).getText();
        assertThat(text).contains("<script>document.body.className='pwned'</script>")
                .contains("<img src=x onerror=");
        assertThat(browser.findElement(By.tagName("body")).getAttribute("class")).isEmpty();
        assertThrows(NoAlertPresentException.class, () -> browser.switchTo().alert());
        shot("markup-as-text");
    }

    private boolean hasRangeClaimFromOneSource(String storyUrl) {
        browser.get(storyUrl);
        return browser.findElements(By.cssSelector("table.claims tbody tr")).stream().anyMatch(row -> {
            List<WebElement> cells = row.findElements(By.tagName("td"));
            return cells.get(0).getText().contains(" range") && cells.get(5).getText().equals("1");
        });
    }

    private static void shot(String name) throws Exception {
        File png = ((TakesScreenshot) browser).getScreenshotAs(OutputType.FILE);
        Files.copy(png.toPath(), SHOTS.resolve(name + ".png"), java.nio.file.StandardCopyOption.REPLACE_EXISTING);
    }
}
