package org.movierec.app.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.movierec.app.service.Fixtures;
import org.movierec.app.service.ModelRegistry;
import org.movierec.app.service.TrainedModel;
import org.movierec.app.store.WebAccountRepository;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * End to end in Debian's headless Chromium: sign up, onboarding, rating with the mouse and with the
 * keyboard only, recommendations with explanations that change after one more rating, search as you
 * type; a movie page with metadata; the admin's models page (retraining with progress, then metrics). Screenshots go to target/screenshots. Skipped when chromium-driver is not installed
 * (.ci/browser.sh installs it).
 */
@SpringBootTest(classes = {WebApplication.class, WebTestSupport.FixtureData.class}, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = "movierec.bootstrap=false")
class BrowserEndToEndTest {
    private static final Path DRIVER = Path.of("/usr/bin/chromedriver");
    private static final Path BROWSER = Path.of("/usr/bin/chromium");
    private static final Path SCREENSHOTS = Path.of("target", "screenshots");
    private static Path dir;
    private static WebDriver driver;

    @LocalServerPort
    int port;

    @Autowired
    WebAccountRepository accounts;

    @Autowired
    PasswordEncoder encoder;

    @Autowired
    ModelRegistry models;

    @DynamicPropertySource
    static void database(DynamicPropertyRegistry registry) throws IOException {
        dir = Files.createTempDirectory("movierec-browser-test");
        registry.add("movierec.data-dir", dir::toString);
        registry.add("movierec.database", () -> dir.resolve("browser.db").toString());
    }

    @BeforeAll
    static void startBrowser() throws IOException {
        Assumptions.assumeTrue(Files.isExecutable(DRIVER) && Files.isExecutable(BROWSER),
                "browser tests skipped: Debian's chromium and chromium-driver are not installed (run .ci/browser.sh)");
        Files.createDirectories(SCREENSHOTS);
        ChromeOptions options = new ChromeOptions();
        options.setBinary(BROWSER.toFile());
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--disable-background-networking", "--disable-component-update", "--disable-sync", "--window-size=1280,1000",
                "--user-data-dir=" + Files.createTempDirectory("movierec-chromium"));
        ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(new File(DRIVER.toString())).build();
        driver = new ChromeDriver(service, options);
        driver.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(60));
    }

    @AfterAll
    static void stopBrowser() {
        if (driver != null) {
            driver.quit();
        }
    }

    private String url(String path) {
        return "http://localhost:" + port + path;
    }

    private WebDriverWait waiting() {
        return new WebDriverWait(driver, Duration.ofSeconds(30));
    }

    private static void screenshot(String name) throws IOException {
        Files.write(SCREENSHOTS.resolve(name + ".png"), ((TakesScreenshot) driver).getScreenshotAs(OutputType.BYTES));
    }

    private void rateByMouse(int movie, String value, String saved) {
        driver.findElement(By.cssSelector("label[for='r-" + movie + "-" + value + "']")).click();
        waiting().until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector("#stars-" + movie + " .status"), saved));
    }

    private List<String> recommendedTitles() {
        return driver.findElements(By.cssSelector("#recommendation-list article h3")).stream().map(WebElement::getText).toList();
    }

    @Test
    void signUpOnboardRateAndGetRecommendationsThatFollowNewRatings() throws IOException {
        driver.manage().deleteAllCookies();
        driver.get(url("/signup"));
        driver.findElement(By.id("username")).sendKeys("viewer");
        driver.findElement(By.id("password")).sendKeys(WebTestSupport.PASSWORD);
        driver.findElement(By.id("confirm")).sendKeys(WebTestSupport.PASSWORD);
        driver.findElement(By.cssSelector("main form button[type=submit]")).click();
        waiting().until(ExpectedConditions.urlContains("/onboarding"));
        driver.findElement(By.cssSelector("input[name=genres][value=Romance]")).click();
        screenshot("1-onboarding-genres");
        driver.findElement(By.cssSelector("main form button[type=submit]")).click();
        waiting().until(ExpectedConditions.urlContains("/onboarding/rate"));

        rateByMouse(7, "5.0", "Saved: 5 stars");
        rateByMouse(8, "4.5", "Saved: 4.5 stars");
        waiting().until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector("aside"), "Because you liked Love Story"));

        WebElement link = driver.findElement(By.cssSelector("a[href='/movies/1']"));
        ((JavascriptExecutor) driver).executeScript("arguments[0].focus()", link);
        driver.switchTo().activeElement().sendKeys(Keys.TAB);
        assertThat(driver.switchTo().activeElement().getAttribute("id")).isEqualTo("r-1-0.5");
        driver.switchTo().activeElement().sendKeys(Keys.SPACE);
        waiting().until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector("#stars-1 .status"), "Saved: 0.5 stars"));
        driver.switchTo().activeElement().sendKeys(Keys.ARROW_RIGHT);
        waiting().until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector("#stars-1 .status"), "Saved: 1 star"));
        assertThat(driver.switchTo().activeElement().getAttribute("id")).isEqualTo("r-1-1.0");
        screenshot("2-onboarding-rated");

        driver.get(url("/recommendations"));
        List<String> before = recommendedTitles();
        assertThat(before).isNotEmpty().noneMatch(t -> t.startsWith("Love Story 7 ") || t.startsWith("Love Story 8 ") || t.startsWith("Space Saga 1 "));
        assertThat(before.get(0)).startsWith("Love Story");
        assertThat(driver.findElement(By.cssSelector("#recommendation-list .reason")).getText()).startsWith("Because you").contains("Love Story");
        screenshot("3-recommendations");

        driver.get(url("/movies/9"));
        rateByMouse(9, "0.5", "Saved: 0.5 stars");
        driver.get(url("/movies/10"));
        rateByMouse(10, "0.5", "Saved: 0.5 stars");
        screenshot("4-movie-rated");
        driver.get(url("/recommendations"));
        assertThat(recommendedTitles()).isNotEqualTo(before).noneMatch(t -> t.startsWith("Love Story 9 ") || t.startsWith("Love Story 10 "));

        WebElement search = driver.findElement(By.id("site-search"));
        search.sendKeys("toy");
        waiting().until(ExpectedConditions.textToBePresentInElementLocated(By.id("search-results"), "Toy Story (1995)"));
        screenshot("5-search");
        search.sendKeys(Keys.ARROW_DOWN);
        assertThat(driver.switchTo().activeElement().getText()).isEqualTo("Toy Story (1995)");
        driver.switchTo().activeElement().sendKeys(Keys.ENTER);
        waiting().until(ExpectedConditions.urlContains("/movies/13"));
    }

    private void signIn(String username) {
        driver.manage().deleteAllCookies();
        driver.get(url("/login"));
        driver.findElement(By.id("username")).sendKeys(username);
        driver.findElement(By.id("password")).sendKeys(WebTestSupport.PASSWORD);
        driver.findElement(By.cssSelector("main form button[type=submit]")).click();
        waiting().until(ExpectedConditions.not(ExpectedConditions.urlContains("/login")));
    }

    @Test
    void adminSeesModelsRetrainsOneWithProgressAndGetsItsMetrics() throws IOException {
        accounts.create("browser-admin", encoder.encode(WebTestSupport.PASSWORD), "ADMIN");
        signIn("browser-admin");
        driver.get(url("/admin/models"));
        WebElement table = driver.findElement(By.cssSelector("main table"));
        assertThat(table.getText()).contains("cosine").contains("default");
        screenshot("6-models");

        driver.findElement(By.cssSelector("button[aria-label='Retrain cosine']")).click();
        waiting().until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector("main table"), "evaluated on"));
        assertThat(driver.findElements(By.cssSelector("main table progress"))).isEmpty();
        List<String> headers = driver.findElements(By.cssSelector("main table thead th")).stream().map(WebElement::getText).toList();
        assertThat(headers).contains("rmse", "mae", "ndcg@10", "hitRate@10");
        int rmse = headers.indexOf("rmse");
        String value = driver.findElement(By.xpath("//main//table/tbody/tr[td[1]/strong[text()='cosine']]")).findElements(By.cssSelector("td"))
                .get(rmse).getText();
        assertThat(Double.parseDouble(value)).isBetween(0.0, 4.5);
        waiting().until(ExpectedConditions.visibilityOfElementLocated(By.id("chart-ranking")));
        screenshot("7-models-retrained");
    }

    @Test
    void aDirectorsPersonPageFromTheMoviePageWithYourRatingsAndMoreByTheDirector() throws IOException {
        accounts.create("person-fan", encoder.encode(WebTestSupport.PASSWORD), "USER");
        signIn("person-fan");
        driver.get(url("/movies/5"));
        rateByMouse(5, "4.5", "Saved: 4.5 stars");
        driver.get(url("/movies/14"));
        assertThat(driver.findElement(By.cssSelector("section.more-by h2")).getText()).isEqualTo("More by Lana Wachowski");
        assertThat(driver.findElements(By.cssSelector("section.more-by article h3")).stream().map(WebElement::getText))
                .contains("Space Saga 5 (1975)");
        driver.findElement(By.linkText("Lana Wachowski")).click();
        waiting().until(ExpectedConditions.textToBePresentInElementLocated(By.tagName("h1"), "Lana Wachowski"));
        assertThat(driver.getCurrentUrl()).endsWith("/people?name=Lana%20Wachowski");
        assertThat(driver.findElement(By.cssSelector("main")).getText()).contains("Directed 2 movies of the catalogue");
        assertThat(driver.findElements(By.cssSelector(".directed article h3")).stream().map(WebElement::getText).toList())
                .containsExactly("Space Saga 5 (1975)", "Matrix, The (1999)");
        assertThat(driver.findElement(By.cssSelector("td.your-rating")).getText()).isEqualTo("4.5 ★");
        screenshot("10-person");

        driver.findElement(By.linkText("Browse them as director")).click();
        waiting().until(ExpectedConditions.urlContains("/browse"));
        assertThat(driver.findElement(By.cssSelector("main p.muted")).getText()).isEqualTo("2 movies");
        driver.get(url("/search?q=keanu"));
        driver.findElement(By.linkText("Keanu Reeves")).click();
        waiting().until(ExpectedConditions.textToBePresentInElementLocated(By.tagName("h1"), "Keanu Reeves"));
        assertThat(driver.findElements(By.cssSelector(".acted article h3")).stream().map(WebElement::getText).toList())
                .containsExactly("Matrix, The (1999)");
    }

    @Test
    void aMoviePageShowsItsMetadata() throws IOException {
        driver.manage().deleteAllCookies();
        driver.get(url("/movies/14"));
        String page = driver.findElement(By.id("main")).getText();
        assertThat(page).contains("Matrix").contains("Directed by").contains("Lana Wachowski, Lilly Wachowski")
                .contains("Keanu Reeves, Laurence Fishburne").contains("A hacker learns what the world really is.").contains("136 min");
        assertThat(driver.findElement(By.cssSelector("table.histogram")).getText()).contains("5 stars");
        screenshot("8-movie-metadata");

        JavascriptExecutor js = (JavascriptExecutor) driver;
        String background = (String) js.executeScript("return getComputedStyle(document.body).backgroundColor");
        driver.findElement(By.cssSelector(".theme-toggle")).click();
        String theme = (String) js.executeScript("return document.documentElement.getAttribute('data-theme')");
        assertThat(theme).isIn("dark", "light");
        assertThat((String) js.executeScript("return getComputedStyle(document.body).backgroundColor")).isNotEqualTo(background);
        driver.navigate().refresh();
        assertThat((String) js.executeScript("return document.documentElement.getAttribute('data-theme')")).isEqualTo(theme);
        screenshot("9-movie-" + theme);
        driver.findElement(By.cssSelector(".theme-toggle")).click();
        assertThat((String) js.executeScript("return getComputedStyle(document.body).backgroundColor")).isEqualTo(background);
        driver.get(url("/movies/13"));
        assertThat(driver.findElement(By.id("main")).getText()).doesNotContain("Directed by");
    }

    @Test
    void aWatchlistFromAMoviePageTheHistoryPageAndDeletingIt() throws IOException {
        accounts.create("watcher", encoder.encode(WebTestSupport.PASSWORD), "USER");
        signIn("watcher");
        driver.get(url("/movies/3"));
        driver.findElement(By.cssSelector("button[data-watchlist='3']")).click();
        waiting().until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector(".watchlist-toggle"), "On your watchlist"));
        screenshot("10-watchlisted");
        driver.get(url("/watchlist"));
        assertThat(driver.findElement(By.id("watchlist")).getText()).contains("Space Saga 3");
        driver.get(url("/recommendations"));
        assertThat(recommendedTitles()).isNotEmpty().noneMatch(t -> t.startsWith("Space Saga 3 "));
        driver.findElement(By.cssSelector("#recommendation-list article a")).click();
        waiting().until(ExpectedConditions.urlContains("imp="));
        driver.get(url("/history"));
        List<String> types = driver.findElements(By.cssSelector("#events tbody tr")).stream().map(r -> r.getAttribute("data-type")).toList();
        assertThat(types).contains("view", "watchlist", "click");
        screenshot("11-history");
        driver.findElement(By.id("delete-history")).click();
        waiting().until(ExpectedConditions.visibilityOfElementLocated(By.id("no-events")));
        driver.get(url("/watchlist"));
        driver.findElement(By.cssSelector("button[data-watchlist='3']")).click();
        waiting().until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector(".watchlist-toggle"), "+ Watchlist"));
    }

    @Test
    void adminStartsAnExperimentSeesEachArmAndStopsIt() throws IOException {
        TrainedModel cosine = Fixtures.trainedModel();
        models.put(new TrainedModel("cosine-b", "second arm", cosine.params(), cosine.model(), cosine.items(), cosine.trainedAt(),
                cosine.trainingTime(), null));
        accounts.create("experimenter", encoder.encode(WebTestSupport.PASSWORD), "ADMIN");
        signIn("experimenter");
        driver.get(url("/admin/online"));
        driver.findElement(By.cssSelector("#start-experiment input[name=name]")).sendKeys("cosine vs cosine-b");
        driver.findElement(By.cssSelector("#start-experiment input[value='cosine']")).click();
        driver.findElement(By.cssSelector("#start-experiment input[value='cosine-b']")).click();
        driver.findElement(By.cssSelector("#start-experiment button[type=submit]")).click();
        waiting().until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector("section.experiment"), "running"));
        driver.get(url("/recommendations"));
        driver.get(url("/admin/online"));
        WebElement experiment = driver.findElement(By.cssSelector("section.experiment"));
        assertThat(experiment.findElements(By.cssSelector("table.arms tbody tr[data-algorithm]"))).hasSize(1);
        assertThat(driver.findElement(By.id("online-metrics")).getText()).contains("cosine");
        screenshot("12-experiment");
        experiment.findElement(By.cssSelector("button.stop-experiment")).click();
        waiting().until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector("section.experiment"), "stopped"));
    }
}
