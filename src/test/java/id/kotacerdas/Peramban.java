package id.kotacerdas;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Assumptions;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Playwright;

/**
 * Debian's Chromium driven by Playwright for Java, with no browser download. Tests using it are
 * skipped only where {@code /usr/bin/chromium} is not installed (CI installs it).
 */
public final class Peramban implements AutoCloseable {

	static final Path CHROMIUM = Path.of("/usr/bin/chromium");

	private final Playwright playwright;

	private final Browser browser;

	private Peramban() {
		playwright = Playwright.create(new Playwright.CreateOptions().setEnv(Map.of("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1")));
		browser = playwright.chromium().launch(new BrowserType.LaunchOptions()
			.setExecutablePath(CHROMIUM)
			.setHeadless(true)
			.setArgs(List.of("--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update",
					"--disable-sync", "--no-first-run", "--disable-quic",
					// tests reach only this machine: other hosts (map tiles) fail at once instead of waiting on DNS
					"--host-resolver-rules=MAP * ~NOTFOUND, EXCLUDE localhost")));
	}

	public static Peramban buka() {
		Assumptions.assumeTrue(Files.isExecutable(CHROMIUM), "Debian chromium is not installed");
		return new Peramban();
	}

	public Browser browser() {
		return browser;
	}

	@Override
	public void close() {
		browser.close();
		playwright.close();
	}
}
