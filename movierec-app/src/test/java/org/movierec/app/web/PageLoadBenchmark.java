package org.movierec.app.web;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Page load times of a running app in Debian's headless Chromium: each page is opened RUNS times in one
 * browser with a new profile, and the Navigation Timing of each load (request start to the end of the load
 * event: the page, its scripts, styles and images) is printed as the first, median and max. The very first
 * page loads with an empty cache; later pages find the shared scripts and styles cached, as in a visit.
 * Then it signs up a new account (bench-pages-…), gives the most rated movie 5 stars, and measures the signed-in pages.
 * {@code movierec-app/bench/pages.sh [URL] [RUNS]} compiles and runs it.
 */
public final class PageLoadBenchmark {
    private static final String PASSWORD = "bench-pages-password";

    private PageLoadBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        String url = args.length > 0 ? args[0] : "http://localhost:8080";
        int runs = args.length > 1 ? Integer.parseInt(args[1]) : 10;
        if (!url.matches("http://(localhost|127\\.0\\.0\\.1)(:[0-9]+)?")) {
            throw new IllegalArgumentException("benchmarks only a local app (http://localhost:PORT), not " + url);
        }
        if (runs < 1 || runs > 100) {
            throw new IllegalArgumentException("RUNS must be 1 to 100, was " + runs);
        }
        ChromeOptions options = new ChromeOptions();
        options.setBinary(new File("/usr/bin/chromium"));
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--disable-background-networking", "--disable-component-update", "--disable-sync", "--window-size=1280,1000",
                "--user-data-dir=" + Files.createTempDirectory("movierec-chromium"));
        ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(new File("/usr/bin/chromedriver")).build();
        WebDriver driver = new ChromeDriver(service, options);
        try {
            driver.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(60));
            driver.get(url + "/api/movies?size=1&sort=popular");
            String movie = driver.findElement(By.tagName("body")).getText().replaceAll("(?s).*?\"movieId\":(\\d+).*", "$1");
            String query = driver.findElement(By.tagName("body")).getText().replaceAll("(?s).*?\"title\":\"(\\w+).*", "$1");
            System.out.printf(Locale.ROOT, "%-36s %8s %8s %8s%n", "page (ms, request start to load end)", "first", "median", "max");
            List<String> signedOut = List.of("/", "/search?q=" + query, "/browse", "/movies/" + movie, "/explore", "/login");
            for (String page : signedOut) {
                measure(driver, url, page, runs);
            }
            signUp(driver, url, movie);
            for (String page : List.of("/", "/recommendations", "/ratings", "/movies/" + movie)) {
                measure(driver, url, page, runs);
            }
        } finally {
            driver.quit();
        }
    }

    private static void signUp(WebDriver driver, String url, String movie) {
        driver.get(url + "/signup");
        driver.findElement(By.id("username")).sendKeys("bench-pages-" + System.currentTimeMillis());
        driver.findElement(By.id("password")).sendKeys(PASSWORD);
        driver.findElement(By.id("confirm")).sendKeys(PASSWORD);
        driver.findElement(By.cssSelector("main form button[type=submit]")).click();
        new WebDriverWait(driver, Duration.ofSeconds(30)).until(ExpectedConditions.urlContains("/onboarding"));
        driver.get(url + "/movies/" + movie);
        driver.findElement(By.cssSelector("label[for='r-" + movie + "-5.0']")).click();
        new WebDriverWait(driver, Duration.ofSeconds(30))
                .until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector("#stars-" + movie + " .status"), "Saved"));
        System.out.println("signed in:");
    }

    private static void measure(WebDriver driver, String url, String page, int runs) {
        double[] ms = new double[runs];
        for (int run = 0; run < runs; run++) {
            driver.get(url + page);
            Object took = ((JavascriptExecutor) driver).executeScript(
                    "const n = performance.getEntriesByType('navigation')[0]; return n.loadEventEnd - n.startTime;");
            ms[run] = ((Number) took).doubleValue();
        }
        double first = ms[0];
        Arrays.sort(ms);
        System.out.printf(Locale.ROOT, "%-36s %8.0f %8.0f %8.0f%n", page, first, ms[runs / 2], ms[runs - 1]);
    }
}
